export * from './lifecycle.ts';
export * from './outcome-evidence.ts';
export * from './load.ts';
export * from './commitment.ts';
