/** Formats a 0–1 share as a whole percentage: 0.2453 → "25%". */
export const formatPercent = (value: number): string => `${Math.round(value * 100)}%`;

/** A change of a 0–1 score in percentage points, rounded, signed with a true minus sign. */
export const toPoints = (change: number): number => Math.round(change * 100);

/** Formats a change of a 0–1 score in percentage points: −0.13 → "−13 pts", 0.004 → "±0 pts". */
export const formatChange = (change: number): string => {
  const points = toPoints(change);
  if (points === 0) return '±0 pts';
  return `${points > 0 ? '+' : '−'}${Math.abs(points)} pts`;
};

/** The arrow for a change: up, down, or flat when it rounds to zero points. */
export const changeArrow = (change: number): '▲' | '▼' | '→' => {
  const points = toPoints(change);
  if (points > 0) return '▲';
  if (points < 0) return '▼';
  return '→';
};

/** The tone of a change, as its arrow reads: up, down, or flat when it rounds to zero points. */
export const changeTone = (change: number): 'up' | 'down' | 'flat' => {
  const points = toPoints(change);
  if (points > 0) return 'up';
  if (points < 0) return 'down';
  return 'flat';
};

/** A local calendar date `days` before `from` as YYYY-MM-DD (0 = that day itself). */
export const isoDateDaysAgo = (days: number, from: Date = new Date()): string => {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() - days);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
};
