export * from './webhooks-commands.ts';
