/** Today as YYYY-MM-DD in UTC, the calendar the server's weeks use. */
export const utcToday = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** The address of a commitment: its account page, with its detail open. */
export const commitmentPath = (accountId: string, commitmentId: string): string =>
  `/accounts/${encodeURIComponent(accountId)}?commitment=${encodeURIComponent(commitmentId)}`;
