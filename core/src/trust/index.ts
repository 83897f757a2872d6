export * from './settings.ts';
export * from './state.ts';
export * from './opinion.ts';
export * from './signal-catalogue.ts';
export * from './ledger.ts';
export * from './placement.ts';
