import { defaultSignedNetworkSettings, type SignedNetworkSettings } from './engine-predictor.ts';
import { computeRmse } from './metrics.ts';
import { computeEnginePredictions } from './run-backtest.ts';
import { computeChronologicalSplit, type SignedRating } from './signed-network.ts';

/** The values the fit tries for each setting: wide, round steps, the same for every file. */
export const signedNetworkSettingsGrid: {
  [K in keyof SignedNetworkSettings]: readonly SignedNetworkSettings[K][];
} = {
  halfLifeDays: [45, 90, 180, 365, 730],
  asymmetry: [1, 1.5, 2, 3],
  priorWeight: [0.5, 1, 2, 4, 8],
  baseRate: ['observed', 0.5, 0.7, 0.9],
  raterPriorWeight: [0.5, 1, 2, 4, 8],
  raterBias: [true, false],
  raterReliability: [0, 1, 2, 4],
  reciprocalWeight: [0, 0.5, 1, 2, 4, 8],
};

/** Options for {@link computeFittedSettings}. */
export type FitSettingsOptions = {
  /** Share of the training rows (the latest ones) held out to validate each candidate. */
  validationShare?: number;
  /** Where the search starts. */
  start?: SignedNetworkSettings;
  /** Passes over all settings at most (it stops earlier when a pass changes nothing). */
  maxRounds?: number;
  /** Called after each candidate is scored, for progress reports. */
  onProgress?: (progress: { evaluated: number; bestRmse: number; round: number }) => void;
};

/** The fitted settings and their validation RMSE. */
export type FittedSettings = {
  settings: SignedNetworkSettings;
  validationRmse: number;
  evaluated: number;
};

/** Searches the engine's settings on training data only: the earliest part of `train` is
 * replayed, the latest `validationShare` is predicted online, and coordinate descent over
 * {@link signedNetworkSettingsGrid} keeps whatever lowers the validation RMSE. Coordinate
 * descent costs a few dozen replays where the full grid would cost tens of thousands. */
export const computeFittedSettings = (
  train: readonly SignedRating[],
  {
    validationShare = 0.2,
    start = defaultSignedNetworkSettings,
    maxRounds = 3,
    onProgress,
  }: FitSettingsOptions = {},
): FittedSettings => {
  const split = computeChronologicalSplit(train, 1 - validationShare);
  const actual = split.test.map((edge) => edge.rating);
  let evaluated = 0;
  let round = 0;
  const scoreSettings = (settings: SignedNetworkSettings): number => {
    const rmse = computeRmse(computeEnginePredictions(split.train, split.test, settings), actual);
    evaluated += 1;
    return rmse;
  };
  let best = start;
  let bestRmse = scoreSettings(best);
  onProgress?.({ evaluated, bestRmse, round });
  const keys = Object.keys(signedNetworkSettingsGrid) as (keyof SignedNetworkSettings)[];
  for (round = 1; round <= maxRounds; round += 1) {
    let changed = false;
    for (const key of keys) {
      for (const value of signedNetworkSettingsGrid[key]) {
        if (best[key] === value) continue;
        const candidate: SignedNetworkSettings = { ...best, [key]: value };
        const rmse = scoreSettings(candidate);
        // Strictly better only, so ties keep the earlier (default) value.
        if (rmse < bestRmse) {
          best = candidate;
          bestRmse = rmse;
          changed = true;
        }
        onProgress?.({ evaluated, bestRmse, round });
      }
    }
    if (!changed) break;
  }
  return { settings: best, validationRmse: bestRmse, evaluated };
};
