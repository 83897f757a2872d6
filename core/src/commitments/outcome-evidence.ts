import type { Dimension, Polarity } from '../model/index.ts';
import type { CommitmentSide, CommitmentStatus } from './lifecycle.ts';

/** One piece of evidence a commitment's outcome produces, before it is placed on a subject. */
export type OutcomeEvidence = { dimension: Dimension; polarity: Polarity; weight: number };

/** What the outcome rules need to know. */
export type OutcomeContext = {
  side: CommitmentSide;
  status: CommitmentStatus;
  /** Whether it was renegotiated (or closed) before its due date. */
  isBeforeDue: boolean;
  /** Ours only: made on the company's behalf, so it speaks to corporate trust as well. */
  isOnBehalfOfCompany: boolean;
};

// Weights: keeping a promise is solid evidence, keeping it late barely counts, breaking it is
// the strongest signal there is (and the asymmetry k multiplies it again); renegotiating early is
// honest and mildly positive, after the fact it is a soft break. Releasing (the recipient lets
// the promise go) says nothing either way.
const weights = {
  kept: 0.6,
  kept_late: 0.15,
  broken: 0.9,
  renegotiatedEarly: 0.15,
  renegotiatedLate: 0.4,
} as const;

/** The evidence a commitment's outcome produces: ours feed personal (and corporate when made on
 * the company's behalf) trust, theirs feed reciprocal trust. */
export const computeOutcomeEvidence = (context: OutcomeContext): OutcomeEvidence[] => {
  const single = (polarity: Polarity, weight: number): OutcomeEvidence[] => {
    if (context.side === 'theirs') return [{ dimension: 'reciprocal', polarity, weight }];
    const evidence: OutcomeEvidence[] = [{ dimension: 'personal', polarity, weight }];
    if (context.isOnBehalfOfCompany) evidence.push({ dimension: 'corporate', polarity, weight });
    return evidence;
  };
  switch (context.status) {
    case 'kept':
      return single(1, weights.kept);
    case 'kept_late':
      return single(1, weights.kept_late);
    case 'broken':
      return single(-1, weights.broken);
    case 'renegotiated':
      return context.isBeforeDue
        ? single(1, weights.renegotiatedEarly)
        : single(-1, weights.renegotiatedLate);
    case 'proposed':
    case 'agreed':
    case 'released':
      return [];
    default: {
      const unreachable: never = context.status;
      return unreachable;
    }
  }
};
