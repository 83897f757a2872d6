import { computeOpinion } from '../trust/opinion.ts';
import {
  applyEvidence,
  computeDecay,
  decayTrustState,
  emptyTrustState,
  type TrustState,
} from '../trust/state.ts';
import { dayMs } from '../trust/settings.ts';
import { clampRating, type OnlinePredictor, type SignedRating } from './signed-network.ts';

/** The engine's settings for predicting ratings in a signed trust network. */
export type SignedNetworkSettings = {
  /** Half-life of every rating's evidence (h), in days. */
  halfLifeDays: number;
  /** How many times the negative part of a rating outweighs the positive part (k). */
  asymmetry: number;
  /** Prior weight W of a target's opinion: how many ratings it takes to move off the base rate. */
  priorWeight: number;
  /** The base rate a, or `observed`: the network's own (decayed) share of positive evidence. */
  baseRate: number | 'observed';
  /** Prior weight of a rater's bias and reliability: how many ratings before they count. */
  raterPriorWeight: number;
  /** Whether a rater's habitual offset from the consensus is added to their predicted rating. */
  raterBias: boolean;
  /** Exponent on a rater's reliability when it weights their evidence; 0 ignores reliability. */
  raterReliability: number;
  /** Weight, in ratings, of the target's own earlier rating of the rater; 0 ignores it. */
  reciprocalWeight: number;
};

/** Defaults chosen from the trust model and the literature, not fitted to any file:
 * - half-life 180 days: DESIGN.md's middle default (capability and reciprocal trust);
 * - asymmetry 1: a rating already carries its own sign and size, so an extra penalty would bias
 *   every predicted rating downwards (DESIGN.md's k = 3 is for deciding whether to trust);
 * - prior weight 2: DESIGN.md's W, the uniform Beta(1, 1) prior of Jøsang & Ismail 2002;
 * - base rate `observed`: "trust default" measured on the network itself, since rating
 *   networks are overwhelmingly positive (about 90 % on SNAP's Bitcoin networks and Epinions);
 * - rater prior weight 2: the same prior as targets, so one rating never defines a rater;
 * - rater reliability exponent 1: evidence weighted by reliability itself, the online analogue of
 *   Fairness–Goodness's f(u) weighting in Kumar et al. 2016;
 * - reciprocal weight 1: the target's own rating of the rater counts as one more rating. */
export const defaultSignedNetworkSettings: SignedNetworkSettings = {
  halfLifeDays: 180,
  asymmetry: 1,
  priorWeight: 2,
  baseRate: 'observed',
  raterPriorWeight: 2,
  raterBias: true,
  raterReliability: 1,
  reciprocalWeight: 1,
};

/** A decayed running sum of values with its decayed count, as of `at`. */
type DecayedSum = { sum: number; count: number; at: number };

const addToDecayedSum = (
  state: DecayedSum,
  value: number,
  at: number,
  halfLifeMs: number,
): DecayedSum => {
  // Same forgetting as the trust state (DESIGN.md § trust model), applied to a signed sum.
  const factor = at > state.at ? computeDecay(at - state.at, halfLifeMs) : 1;
  return {
    sum: state.sum * factor + value,
    count: state.count * factor + 1,
    at: Math.max(at, state.at),
  };
};

const decayedSumAt = (state: DecayedSum, at: number, halfLifeMs: number): DecayedSum => {
  if (at <= state.at) return state;
  const factor = computeDecay(at - state.at, halfLifeMs);
  return { sum: state.sum * factor, count: state.count * factor, at };
};

/** What the engine knows about one node as a rater. */
type RaterState = {
  /** Decayed sum of (their rating − the consensus about the target just before it). */
  offset: DecayedSum;
  /** Trust in them as a rater: agreement with the consensus as positive evidence, disagreement
   * as negative, so reliability is an ordinary opinion's expected value. */
  agreement: TrustState;
};

/** Adds one rating x ∈ [−1, 1] of weight w as evidence: r += w(1+x)/2, s += w(1−x)/2, the
 * continuous-rating form of the Beta Reputation System (Jøsang & Ismail 2002, § 3), so a +1
 * on a ±10 scale is mostly, not wholly, positive. */
export const applyRatingEvidence = (
  state: TrustState,
  { rating, weight, at }: { rating: number; weight: number; at: number },
  halfLifeMs: number,
  asymmetry: number,
): TrustState => {
  const positive = (weight * (1 + rating)) / 2;
  const negative = (weight * (1 - rating)) / 2;
  let next = state;
  if (positive > 0)
    next = applyEvidence(next, { polarity: 1, weight: positive, at }, halfLifeMs, 1);
  if (negative > 0)
    next = applyEvidence(next, { polarity: -1, weight: negative, at }, halfLifeMs, asymmetry);
  return next;
};

/** The engine as a rating predictor: each rating is evidence about its target in a
 * `TrustState`; the predicted rating of u→v is 2E − 1 for v's expected trust E, plus u's usual
 * offset from the consensus. Everything is updated in O(1) per rating from past data only. */
export const createEnginePredictor = (
  settings: SignedNetworkSettings = defaultSignedNetworkSettings,
): OnlinePredictor => {
  const halfLifeMs = settings.halfLifeDays * dayMs;
  const targets = new Map<string, TrustState>();
  const raters = new Map<string, RaterState>();
  // Latest rating and its time per ordered pair, for the reciprocal term.
  const pairs = new Map<string, { rating: number; at: number }>();
  let network: TrustState | null = null;

  const pairKey = (source: string, target: string): string => `${source}\u0000${target}`;

  const baseRateAt = (at: number): number => {
    if (settings.baseRate !== 'observed') return settings.baseRate;
    if (!network) return 0.5;
    // The network's own opinion with a neutral prior: its observed positive share, decayed.
    return computeOpinion(decayTrustState(network, at, halfLifeMs), 2, 0.5).expected;
  };

  /** The consensus about the target: 2E − 1 from its evidence, optionally fused with the
   * target's own rating of this rater (cumulative fusion adds evidence: Jøsang, Subjective
   * Logic, 2016, § 12.3). */
  const computeConsensus = (edge: SignedRating, withReciprocal: boolean): number => {
    let state = decayTrustState(
      targets.get(edge.target) ?? emptyTrustState(edge.at),
      edge.at,
      halfLifeMs,
    );
    if (withReciprocal && settings.reciprocalWeight > 0) {
      const reverse = pairs.get(pairKey(edge.target, edge.source));
      if (reverse)
        state = applyRatingEvidence(
          state,
          { rating: reverse.rating, weight: settings.reciprocalWeight, at: reverse.at },
          halfLifeMs,
          settings.asymmetry,
        );
    }
    return 2 * computeOpinion(state, settings.priorWeight, baseRateAt(edge.at)).expected - 1;
  };

  const raterAt = (source: string, at: number): { offset: number; reliability: number } => {
    const rater = raters.get(source);
    if (!rater) return { offset: 0, reliability: 1 };
    const offset = decayedSumAt(rater.offset, at, halfLifeMs);
    const agreement = decayTrustState(rater.agreement, at, halfLifeMs);
    return {
      // Shrunk towards 0 like a baseline estimate (Koren, KDD 2008, § 2.1): b_u = Σd/(n + W).
      offset: offset.sum / (offset.count + settings.raterPriorWeight),
      // Base rate 1: a newcomer is reliable until shown otherwise, as f⁰ = 1 in Kumar et al. 2016.
      reliability: computeOpinion(agreement, settings.raterPriorWeight, 1).expected,
    };
  };

  return {
    predict: (edge) => {
      const consensus = computeConsensus(edge, true);
      const offset = settings.raterBias ? raterAt(edge.source, edge.at).offset : 0;
      return clampRating(consensus + offset);
    },
    learn: (edge) => {
      const consensus = computeConsensus(edge, false);
      const rater = raterAt(edge.source, edge.at);
      const weight = Math.pow(rater.reliability, settings.raterReliability);
      targets.set(
        edge.target,
        applyRatingEvidence(
          targets.get(edge.target) ?? emptyTrustState(edge.at),
          { rating: edge.rating, weight, at: edge.at },
          halfLifeMs,
          settings.asymmetry,
        ),
      );
      network = applyRatingEvidence(
        network ?? emptyTrustState(edge.at),
        { rating: edge.rating, weight: 1, at: edge.at },
        halfLifeMs,
        1,
      );
      const previous = raters.get(edge.source);
      const deviation = edge.rating - consensus;
      const agreement = 1 - Math.abs(deviation) / 2;
      raters.set(edge.source, {
        offset: addToDecayedSum(
          previous?.offset ?? { sum: 0, count: 0, at: edge.at },
          deviation,
          edge.at,
          halfLifeMs,
        ),
        // Agreement in [0, 1] is a rating of the rater's judgement on the same ±1 scale.
        agreement: applyRatingEvidence(
          previous?.agreement ?? emptyTrustState(edge.at),
          { rating: 2 * agreement - 1, weight: 1, at: edge.at },
          halfLifeMs,
          1,
        ),
      });
      pairs.set(pairKey(edge.source, edge.target), { rating: edge.rating, at: edge.at });
    },
  };
};
