import type { TrustState } from './state.ts';

/** A subjective-logic binomial opinion with its expected trust. */
export type Opinion = {
  belief: number;
  disbelief: number;
  uncertainty: number;
  baseRate: number;
  /** E = b + a·u: the probability-like trust value. */
  expected: number;
};

/** Maps evidence to an opinion: b = r/(r+s+W), d = s/(r+s+W), u = W/(r+s+W), E = b + a·u.
 * Jøsang's evidence-to-opinion mapping; DESIGN.md § trust model. */
export const computeOpinion = (
  state: Pick<TrustState, 'r' | 's'>,
  priorWeight: number,
  baseRate: number,
): Opinion => {
  const total = state.r + state.s + priorWeight;
  const belief = state.r / total;
  const disbelief = state.s / total;
  const uncertainty = priorWeight / total;
  return { belief, disbelief, uncertainty, baseRate, expected: belief + baseRate * uncertainty };
};

/** Whether an opinion is "enough": trusted far enough, and sure enough of it. */
export const isOpinionEnough = (
  opinion: Opinion,
  enoughExpected: number,
  enoughMaxUncertainty: number,
): boolean => opinion.expected >= enoughExpected && opinion.uncertainty <= enoughMaxUncertainty;
