import { expect, it } from 'vitest';
import { defaultSignedNetworkSettings } from './engine-predictor.ts';
import { computeFittedSettings } from './fit-settings.ts';
import { computeRmse } from './metrics.ts';
import { computeEnginePredictions } from './run-backtest.ts';
import { computeChronologicalSplit } from './signed-network.ts';
import { computeSyntheticSignedNetwork } from './synthetic-network.ts';

it('fits on training data only and never does worse on validation than the start', () => {
  const ratings = computeSyntheticSignedNetwork({ seed: 5, nodes: 80, ratings: 800 });
  const { train } = computeChronologicalSplit(ratings);
  let reports = 0;
  const fitted = computeFittedSettings(train, { maxRounds: 1, onProgress: () => (reports += 1) });
  const validation = computeChronologicalSplit(train);
  const startRmse = computeRmse(
    computeEnginePredictions(validation.train, validation.test, defaultSignedNetworkSettings),
    validation.test.map((row) => row.rating),
  );
  expect(fitted.validationRmse).toBeLessThanOrEqual(startRmse);
  expect(reports).toBe(fitted.evaluated);
});
