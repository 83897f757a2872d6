/** "1 day", "3 days": a count with its noun, plural when it is not one. */
export const plural = (count: number, word: string): string =>
  `${count} ${word}${count === 1 ? '' : 's'}`;

/** A share 0–1 as a whole percentage, "72 %". */
export const percent = (value: number): string => `${Math.round(value * 100)} %`;

/** Names joined as a sentence says them: "Ana", "Ana and Bo", "Ana, Bo and Cy". */
export const listNames = (names: readonly string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** Where a due day stands from a reference day: "3 days late", "today", "in 2 days". */
export const describeDaysLeft = (daysLeft: number): string => {
  if (daysLeft < 0) return `${plural(-daysLeft, 'day')} late`;
  if (daysLeft === 0) return 'today';
  return `in ${plural(daysLeft, 'day')}`;
};
