import type { OnlinePredictor, SignedRating } from './signed-network.ts';

/** Mean of the training ratings (0 when there are none). */
export const computeGlobalMean = (train: readonly SignedRating[]): number => {
  let sum = 0;
  for (const edge of train) sum += edge.rating;
  return train.length > 0 ? sum / train.length : 0;
};

/** Predicts every rating as the mean training rating; learns nothing further. */
export const createGlobalMeanPredictor = (train: readonly SignedRating[]): OnlinePredictor => {
  const mean = computeGlobalMean(train);
  return { predict: () => mean, learn: () => {} };
};

/** Predicts a rating as the target's mean training rating, or the global mean for a target
 * never rated in training; learns nothing further. */
export const createTargetMeanPredictor = (train: readonly SignedRating[]): OnlinePredictor => {
  const mean = computeGlobalMean(train);
  const totals = new Map<string, { sum: number; count: number }>();
  for (const edge of train) {
    const total = totals.get(edge.target) ?? { sum: 0, count: 0 };
    total.sum += edge.rating;
    total.count += 1;
    totals.set(edge.target, total);
  }
  return {
    predict: (edge) => {
      const total = totals.get(edge.target);
      return total ? total.sum / total.count : mean;
    },
    learn: () => {},
  };
};
