export * from './roles.ts';
export * from './account-records.ts';
export * from './team-member.ts';
export * from './workspace.ts';
export * from './signal.ts';
export * from './webhook.ts';
