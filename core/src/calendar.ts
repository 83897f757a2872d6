/** Whether `text` is a calendar day written YYYY-MM-DD that the calendar has (no 30 February). */
export const isCalendarDay = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

/** The number of a calendar day (YYYY-MM-DD) counted in whole days from 1970-01-01, UTC. */
export const dayNumber = (day: string): number =>
  Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

/** How many days `to` comes after `from` (negative when before). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** The calendar day (YYYY-MM-DD) `days` after (or before, when negative) `day`, in UTC. */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
