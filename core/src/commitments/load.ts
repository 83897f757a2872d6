import { dayNumber } from '../calendar.ts';
import { percent } from '../wording.ts';
import type { CommitmentStatus } from './lifecycle.ts';

/** One commitment in an owner's record. */
export type RecordedCommitment = {
  status: CommitmentStatus;
  dueOn: string | null;
  closedOn: string | null;
};

/** An owner's record of keeping promises. */
export type CommitmentRecord = {
  kept: number;
  keptLate: number;
  broken: number;
  renegotiated: number;
  released: number;
  open: number;
  /** Kept on time / (kept + kept late + broken), or null with nothing closed yet. */
  onTimeRate: number | null;
  /** The same over the last five closed commitments, to show a trend. */
  recentOnTimeRate: number | null;
  /** The most commitments with due dates within 14 days of each other that were all kept on time. */
  mostKeptOnTimeIn14Days: number;
};

const rate = (items: readonly RecordedCommitment[]) => {
  const judged = items.filter(
    (c) => c.status === 'kept' || c.status === 'kept_late' || c.status === 'broken',
  );
  return judged.length === 0
    ? null
    : judged.filter((c) => c.status === 'kept').length / judged.length;
};

/** Sums up an owner's commitments: counts, on-time rate, recent trend, and their proven capacity. */
export const computeCommitmentRecord = (
  commitments: readonly RecordedCommitment[],
): CommitmentRecord => {
  const count = (status: CommitmentStatus) => commitments.filter((c) => c.status === status).length;
  const closed = commitments
    .filter((c) => c.closedOn !== null && c.status !== 'released')
    .sort((a, b) => (a.closedOn! < b.closedOn! ? -1 : 1));
  const keptOnTimeDays = commitments
    .filter((c) => c.status === 'kept' && c.dueOn !== null)
    .map((c) => dayNumber(c.dueOn!))
    .sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; end < keptOnTimeDays.length; end++) {
    while (keptOnTimeDays[end]! - keptOnTimeDays[start]! >= 14) start++;
    most = Math.max(most, end - start + 1);
  }
  return {
    kept: count('kept'),
    keptLate: count('kept_late'),
    broken: count('broken'),
    renegotiated: count('renegotiated'),
    released: count('released'),
    open: count('proposed') + count('agreed'),
    onTimeRate: rate(commitments),
    recentOnTimeRate: rate(closed.slice(-5)),
    mostKeptOnTimeIn14Days: most,
  };
};

/** A realistic-expectations warning, with the figures behind it. */
export type LoadWarning = {
  reason: 'more-than-ever-kept' | 'falling-on-time-rate';
  detail: string;
};

/** Warns before an owner promises more than their own record says they keep on time: more due in
 * the next 14 days than they have ever kept in 14 days, or an on-time rate that is falling. */
export const assessCommitmentLoad = (options: {
  ownerName: string;
  record: CommitmentRecord;
  /** Open commitments due in the next 14 days, counting the one being made. */
  dueInNext14Days: number;
}): LoadWarning[] => {
  const { record, ownerName } = options;
  const warnings: LoadWarning[] = [];
  const closedCount = record.kept + record.keptLate + record.broken;
  if (closedCount >= 3 && options.dueInNext14Days > Math.max(1, record.mostKeptOnTimeIn14Days)) {
    warnings.push({
      reason: 'more-than-ever-kept',
      detail: `${ownerName} would have ${options.dueInNext14Days} commitments due in the next 14 days; the most they have ever kept on time within 14 days is ${record.mostKeptOnTimeIn14Days}.`,
    });
  }
  if (
    record.onTimeRate !== null &&
    record.recentOnTimeRate !== null &&
    closedCount >= 5 &&
    record.recentOnTimeRate < record.onTimeRate - 0.15
  ) {
    warnings.push({
      reason: 'falling-on-time-rate',
      detail: `${ownerName} kept ${percent(record.recentOnTimeRate)} of their last five commitments on time, against ${percent(record.onTimeRate)} overall.`,
    });
  }
  return warnings;
};
