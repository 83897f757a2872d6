import { dimensions, labels } from '../model/index.ts';
import type { Amounts, Scorecard } from './scorecard.ts';

/** One cell of the scorecard table: text, a number, or nothing. */
export type ScorecardCell = string | number | null;

const rounded = (value: number, places = 4) => Number(value.toFixed(places));

/** Money per currency as one cell, e.g. `EUR 180000.00; USD 5000.00`. */
export const formatAmounts = (amounts: Amounts): string =>
  amounts.map((a) => `${a.currency} ${a.amount.toFixed(2)}`).join('; ');

/** The team's scorecards as one table, a row per team member: what the CSV export writes.
 * Trust figures are expected trust (0–1) and its change over the period. */
export const toScorecardTable = (
  entries: readonly { name: string; scorecard: Scorecard }[],
): { header: string[]; rows: ScorecardCell[][] } => ({
  header: [
    'Team member',
    'Accounts owned',
    'Kept on time',
    'Kept late',
    'Broken',
    'Open at period end',
    'On-time rate',
    ...dimensions.flatMap((d) => [
      `${labels.dimension[d]} trust of their accounts`,
      `${labels.dimension[d]} trust change of their accounts`,
    ]),
    'Stakeholders carried',
    "Stakeholders' personal trust in them",
    'Change in that personal trust',
    'Relationships started',
    'Stakeholders newly reached',
    'Levels newly reached',
    'Value delivered',
    'Last value delivered on',
    'Pulses answered',
    'Pulse: trust (1-5)',
    'Pulse: value (1-5)',
    'Pulse: backing (1-5)',
    'Opportunities won',
    'Won amount',
    'Open opportunities',
    'Open pipeline',
  ],
  rows: entries.map(({ name, scorecard: s }) => [
    name,
    s.accounts.count,
    s.commitments.kept,
    s.commitments.keptLate,
    s.commitments.broken,
    s.commitments.open,
    s.commitments.onTimeRate === null ? null : rounded(s.commitments.onTimeRate),
    ...dimensions.flatMap((d) => [
      rounded(s.accounts.trust[d].after.expected),
      rounded(s.accounts.trust[d].change),
    ]),
    s.stakeholders.count,
    rounded(s.stakeholders.personalTrust.after.expected),
    rounded(s.stakeholders.personalTrust.change),
    s.coverage.relationshipsStarted,
    s.coverage.stakeholdersNewlyReached.length,
    s.coverage.levelsNewlyReached.length,
    s.value.delivered,
    s.value.latest?.deliveredOn ?? null,
    s.pulses.count,
    s.pulses.averages === null ? null : rounded(s.pulses.averages.trust, 2),
    s.pulses.averages === null ? null : rounded(s.pulses.averages.value, 2),
    s.pulses.averages === null ? null : rounded(s.pulses.averages.backing, 2),
    s.opportunities.won.count,
    formatAmounts(s.opportunities.won.amounts),
    s.opportunities.open.count,
    formatAmounts(s.opportunities.open.amounts),
  ]),
});
