import type { Dimension } from '../model/index.ts';
import { halfLifeMs } from '../trust/ledger.ts';
import { computeOpinion } from '../trust/opinion.ts';
import type { TrustSettings } from '../trust/settings.ts';
import { decayTrustState, type TrustState } from '../trust/state.ts';

/** How far new evidence moved one score's expected trust. */
export type TrustShift = {
  expectedBefore: number;
  expectedAfter: number;
  /** expectedAfter − expectedBefore, in [−1, 1]. */
  change: number;
  uncertaintyAfter: number;
};

// Floating-point sums must not miss a threshold they meet exactly (0.1 + 0.2 ≠ 0.3).
const epsilon = 1e-9;

/**
 * Compares a score just before new evidence was folded in with the score just after, and returns
 * the shift when expected trust moved by at least `threshold` (either way), else null. The state
 * before is decayed to the new state's time first, so only the evidence counts, not the time that
 * passed; a score without a state before starts at the base rate. O(1): two opinions per score.
 */
export const detectTrustShift = (options: {
  before: TrustState | null;
  after: TrustState;
  dimension: Dimension;
  settings: TrustSettings;
  threshold: number;
}): TrustShift | null => {
  const { settings } = options;
  const before =
    options.before === null
      ? { r: 0, s: 0 }
      : decayTrustState(options.before, options.after.at, halfLifeMs(settings, options.dimension));
  const expectedBefore = computeOpinion(before, settings.priorWeight, settings.baseRate).expected;
  const opinionAfter = computeOpinion(options.after, settings.priorWeight, settings.baseRate);
  const change = opinionAfter.expected - expectedBefore;
  if (Math.abs(change) + epsilon < options.threshold) return null;
  return {
    expectedBefore,
    expectedAfter: opinionAfter.expected,
    change,
    uncertaintyAfter: opinionAfter.uncertainty,
  };
};
