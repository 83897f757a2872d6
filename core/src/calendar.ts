/** The calendar day (YYYY-MM-DD) `days` after (or before, when negative) `day`, in UTC. */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
