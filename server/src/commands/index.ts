export * from './create-user.ts';
export * from './create-workspace.ts';
export * from './create-api-token.ts';
export * from './sign-in.ts';
export * from './secrets.ts';
export * from './seed-demo.ts';
export * from './find-workspace.ts';
