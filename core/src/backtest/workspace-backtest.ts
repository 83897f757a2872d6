import { type LedgerEntry, applyLedgerEntry, halfLifeMs, scoreKey } from '../trust/ledger.ts';
import { computeOpinion } from '../trust/opinion.ts';
import type { TrustSettings } from '../trust/settings.ts';
import { decayTrustState, emptyTrustState, type TrustState } from '../trust/state.ts';

/** How well a workspace's own scores foresaw what it observed next. */
export type WorkspaceBacktest = {
  predictions: number;
  positiveShare: number;
  engine: { brier: number; auc: number | null };
  baseRate: { brier: number; auc: number | null };
};

/** Area under the ROC curve by the rank-sum (Mann–Whitney U) method; null when only one class occurs. */
export const computeAuc = (
  scores: readonly number[],
  outcomes: readonly (0 | 1)[],
): number | null => {
  const order = scores
    .map((score, index) => ({ score, outcome: outcomes[index]! }))
    .sort((a, b) => a.score - b.score);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]!.score === order[i]!.score) j++;
    const averageRank = (i + 1 + j) / 2; // ties share the mean of their ranks
    for (let k = i; k < j; k++) {
      if (order[k]!.outcome === 1) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
};

/** Brier score: mean squared gap between a probability and what happened (lower is better). */
export const computeBrier = (
  probabilities: readonly number[],
  outcomes: readonly (0 | 1)[],
): number =>
  probabilities.reduce((sum, p, index) => sum + (p - outcomes[index]!) ** 2, 0) /
  Math.max(1, probabilities.length);

/** Replays a ledger in time order and, before each new piece of evidence, asks its score for the
 * chance that the evidence is positive (the expected trust E). Reversed rows are left out: they
 * were mistakes, not outcomes. Compared with always answering the base rate. */
export const computeWorkspaceBacktest = (
  entries: readonly LedgerEntry[],
  settings: TrustSettings,
): WorkspaceBacktest => {
  const reversed = new Set(
    entries.map((entry) => entry.reversesId).filter((id): id is string => id !== null),
  );
  const live = entries.filter((entry) => entry.reversesId === null && !reversed.has(entry.id));
  const states = new Map<string, TrustState>();
  const predicted: number[] = [];
  const outcomes: (0 | 1)[] = [];
  for (const entry of live) {
    const key = scoreKey(entry, entry.dimension);
    const state = states.get(key) ?? emptyTrustState(entry.at);
    const now = decayTrustState(state, entry.at, halfLifeMs(settings, entry.dimension));
    predicted.push(computeOpinion(now, settings.priorWeight, settings.baseRate).expected);
    outcomes.push(entry.polarity > 0 ? 1 : 0);
    states.set(key, applyLedgerEntry(state, entry, settings));
  }
  const constant = predicted.map(() => settings.baseRate);
  return {
    predictions: predicted.length,
    positiveShare: outcomes.reduce<number>((sum, y) => sum + y, 0) / Math.max(1, outcomes.length),
    engine: { brier: computeBrier(predicted, outcomes), auc: computeAuc(predicted, outcomes) },
    baseRate: { brier: computeBrier(constant, outcomes), auc: computeAuc(constant, outcomes) },
  };
};
