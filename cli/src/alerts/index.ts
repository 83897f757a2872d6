export * from './alerts-commands.ts';
