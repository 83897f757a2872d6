/** Where a due date stands from the week's last day: "3 days late", "today", "in 2 days". */
export const describeDaysLeft = (daysLeft: number): string => {
  const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;
  if (daysLeft < 0) return `${days(-daysLeft)} late`;
  if (daysLeft === 0) return 'today';
  return `in ${days(daysLeft)}`;
};

/** Today as YYYY-MM-DD in UTC, the calendar the server's weeks use. */
export const utcToday = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** The address of a commitment: its account page, with its detail open. */
export const commitmentPath = (accountId: string, commitmentId: string): string =>
  `/accounts/${encodeURIComponent(accountId)}?commitment=${encodeURIComponent(commitmentId)}`;
