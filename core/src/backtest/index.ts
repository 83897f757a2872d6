export * from './signed-network.ts';
export * from './metrics.ts';
export * from './fairness-goodness.ts';
export * from './baselines.ts';
export * from './engine-predictor.ts';
export * from './run-backtest.ts';
export * from './fit-settings.ts';
export * from './synthetic-network.ts';
