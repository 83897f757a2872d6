/** One rating of a signed trust network: `source` rates `target` at `at` (ms since the epoch),
 * with `rating` scaled to [−1, 1] (SNAP's −10…+10 divided by 10). */
export type SignedRating = { source: string; target: string; rating: number; at: number };

/** A method that predicts ratings in time order: `predict` sees only the past, `learn` is called
 * with each rating right after it was predicted (online learning, never future data). */
export type OnlinePredictor = {
  predict: (rating: SignedRating) => number;
  learn: (rating: SignedRating) => void;
};

/** The earliest ratings to train on and the latest to test, split at `trainShare` of the rows. */
export type ChronologicalSplit = {
  train: readonly SignedRating[];
  test: readonly SignedRating[];
};

/** Sorts ratings by time (stable, so ties keep file order) and splits them into the earliest
 * `trainShare` and the rest. */
export const computeChronologicalSplit = (
  ratings: readonly SignedRating[],
  trainShare = 0.8,
): ChronologicalSplit => {
  if (!(trainShare > 0 && trainShare < 1)) throw new RangeError('trainShare must be in (0, 1)');
  const sorted = [...ratings].sort((a, b) => a.at - b.at);
  const trainRows = Math.floor(sorted.length * trainShare);
  return { train: sorted.slice(0, trainRows), test: sorted.slice(trainRows) };
};

/** Clamps a prediction to the rating scale [−1, 1]. */
export const clampRating = (value: number): number => Math.max(-1, Math.min(1, value));
