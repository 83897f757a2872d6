import type { Polarity } from '../model/index.ts';

/** The running state of one score: decayed positive and (asymmetry-weighted) negative evidence
 * as of `at` (ms since the epoch). Updating it is O(1) per evidence; no replay is needed. */
export type TrustState = { r: number; s: number; at: number };

/** One piece of evidence as the math sees it: polarity, weight in (0, 1], and when. */
export type EvidencePoint = { polarity: Polarity; weight: number; at: number };

/** A score with no evidence yet. */
export const emptyTrustState = (at = 0): TrustState => ({ r: 0, s: 0, at });

/** Exponential forgetting: the factor evidence keeps after `elapsedMs` with half-life `halfLifeMs`.
 * Beta reputation with forgetting, Jøsang & Ismail 2002; DESIGN.md § trust model. */
export const computeDecay = (elapsedMs: number, halfLifeMs: number): number =>
  Math.pow(2, -elapsedMs / halfLifeMs);

/** The state as it stands at a later time: both sums decay, nothing is added. Earlier times
 * return the state unchanged (a score is never "un-decayed"). */
export const decayTrustState = (state: TrustState, at: number, halfLifeMs: number): TrustState => {
  if (at <= state.at) return state;
  const factor = computeDecay(at - state.at, halfLifeMs);
  return { r: state.r * factor, s: state.s * factor, at };
};

/** Adds one piece of evidence: decay the sums to its time, then add its weight (negative weight
 * times the asymmetry k). Evidence older than the state is decayed to the state's time instead,
 * so the result does not depend on the order evidence arrives in. */
export const applyEvidence = (
  state: TrustState,
  evidence: EvidencePoint,
  halfLifeMs: number,
  asymmetry: number,
): TrustState => {
  const next = decayTrustState(state, evidence.at, halfLifeMs);
  const weight = evidence.weight * computeDecay(next.at - evidence.at, halfLifeMs);
  return evidence.polarity > 0
    ? { r: next.r + weight, s: next.s, at: next.at }
    : { r: next.r, s: next.s + asymmetry * weight, at: next.at };
};

/** Rebuilds a state from the whole ledger; must equal the incremental state (tested). */
export const replayTrustState = (
  evidence: readonly EvidencePoint[],
  halfLifeMs: number,
  asymmetry: number,
  at?: number,
): TrustState => {
  let earliest = Number.POSITIVE_INFINITY;
  for (const point of evidence) earliest = Math.min(earliest, point.at);
  let state = emptyTrustState(evidence.length > 0 ? earliest : 0);
  for (const point of evidence) state = applyEvidence(state, point, halfLifeMs, asymmetry);
  return at === undefined ? state : decayTrustState(state, at, halfLifeMs);
};
