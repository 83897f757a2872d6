import { formatMoney } from '../../ui/format.ts';
import { isoDateDaysAgo } from '../trust/format.ts';
import type { Amounts, ScorecardPeriod } from './api.ts';

/** Money per currency on one line: "€120,000 · $5,000"; a dash for none. */
export const formatAmounts = (amounts: Amounts): string =>
  amounts.length === 0 ? '—' : amounts.map((a) => formatMoney(a.amount, a.currency)).join(' · ');

/** Ready-made periods a lead picks from, each ending today. */
export const periodPresets = [
  { key: '90', label: 'Last 90 days', days: 89 },
  { key: '180', label: 'Last 6 months', days: 182 },
  { key: '365', label: 'Last 12 months', days: 364 },
] as const;

/** The default period: the 90 days up to today, as the API's default. */
export const defaultPeriod = (today: Date = new Date()): ScorecardPeriod => ({
  from: isoDateDaysAgo(periodPresets[0].days, today),
  to: isoDateDaysAgo(0, today),
});

/** An average answer on the 1–5 scale, one decimal: 4.25 → "4.3". */
export const formatAnswer = (value: number): string => value.toFixed(1);
