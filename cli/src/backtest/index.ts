export * from './signed-network-command.ts';
