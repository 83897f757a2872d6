export * from './extract-command.ts';
export * from './overdue-command.ts';
