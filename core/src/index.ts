export * from './model/index.ts';
export * from './policies/index.ts';
export * from './errors.ts';
export * from './limits.ts';
export * from './paging.ts';
export * from './records/stakeholder-status.ts';
export * from './trust/index.ts';
export * from './backtest/index.ts';
