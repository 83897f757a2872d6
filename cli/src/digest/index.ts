export * from './digest-command.ts';
