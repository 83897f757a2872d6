export * from './scorecard-command.ts';
