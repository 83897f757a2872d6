/** How well one method's predictions match the actual ratings (all on the [−1, 1] scale). */
export type PredictionMetrics = {
  /** Root mean squared error. */
  rmse: number;
  /** Pearson correlation of predicted and actual ratings; NaN when either side is constant. */
  pearson: number;
  /** Share of predictions with the actual rating's sign (a prediction of exactly 0 counts as
   * positive, the majority class of signed rating networks). */
  signAccuracy: number;
};

const assertSameLength = (predicted: readonly number[], actual: readonly number[]): void => {
  if (predicted.length !== actual.length)
    throw new RangeError(`${predicted.length} predictions for ${actual.length} ratings`);
};

/** Root mean squared error; NaN for no pairs. */
export const computeRmse = (predicted: readonly number[], actual: readonly number[]): number => {
  assertSameLength(predicted, actual);
  if (actual.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < actual.length; i += 1) {
    const error = predicted[i]! - actual[i]!;
    sum += error * error;
  }
  return Math.sqrt(sum / actual.length);
};

/** Pearson's correlation coefficient; NaN when fewer than two pairs or either side is constant
 * (the correlation is undefined there, and 0 would pretend to know). */
export const computePearson = (predicted: readonly number[], actual: readonly number[]): number => {
  assertSameLength(predicted, actual);
  const n = actual.length;
  if (n < 2) return Number.NaN;
  let meanP = 0;
  let meanA = 0;
  let isConstantP = true;
  let isConstantA = true;
  for (let i = 0; i < n; i += 1) {
    // Checked exactly: rounding in the mean would make a constant side look barely varying.
    if (predicted[i] !== predicted[0]) isConstantP = false;
    if (actual[i] !== actual[0]) isConstantA = false;
    meanP += predicted[i]!;
    meanA += actual[i]!;
  }
  if (isConstantP || isConstantA) return Number.NaN;
  meanP /= n;
  meanA /= n;
  // Two-pass over centred values: stable where the one-pass sum-of-squares formula cancels.
  let covariance = 0;
  let varianceP = 0;
  let varianceA = 0;
  for (let i = 0; i < n; i += 1) {
    const dp = predicted[i]! - meanP;
    const da = actual[i]! - meanA;
    covariance += dp * da;
    varianceP += dp * dp;
    varianceA += da * da;
  }
  return covariance / Math.sqrt(varianceP * varianceA);
};

/** Share of pairs where the prediction has the actual rating's sign (0 counts as positive). */
export const computeSignAccuracy = (
  predicted: readonly number[],
  actual: readonly number[],
): number => {
  assertSameLength(predicted, actual);
  if (actual.length === 0) return Number.NaN;
  let hits = 0;
  for (let i = 0; i < actual.length; i += 1) {
    if (predicted[i]! >= 0 === actual[i]! >= 0) hits += 1;
  }
  return hits / actual.length;
};

/** RMSE, Pearson and sign accuracy in one go. */
export const computePredictionMetrics = (
  predicted: readonly number[],
  actual: readonly number[],
): PredictionMetrics => ({
  rmse: computeRmse(predicted, actual),
  pearson: computePearson(predicted, actual),
  signAccuracy: computeSignAccuracy(predicted, actual),
});
