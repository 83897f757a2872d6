export * from './scorecard.ts';
export * from './table.ts';
