const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** Formats an ISO-8601 timestamp for display in the user's locale and time zone. */
export const formatDateTime = (value: string | null | undefined): string =>
  value === null || value === undefined ? '—' : dateTimeFormat.format(new Date(value));

/** Formats a calendar date (`YYYY-MM-DD`) without shifting it across time zones. */
export const formatDate = (value: string | null | undefined): string =>
  value === null || value === undefined || value === ''
    ? '—'
    : dateFormat.format(new Date(`${value}T00:00:00Z`));

/** Formats an amount of money in its ISO currency; falls back to the plain number. */
export const formatMoney = (amount: number | null, currency: string): string => {
  if (amount === null) return '—';
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${amount.toLocaleString()} ${currency}`;
  }
};

/** Trims a form value; an empty string becomes null (for optional API fields). */
export const toNullable = (value: string): string | null => {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** Keeps only the entries of `next` that differ from `previous`: the body of a partial PATCH. */
export const changedFields = <T extends Record<string, unknown>>(
  previous: Partial<T>,
  next: T,
): Partial<T> => {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (previous[key] !== next[key]) changes[key] = next[key];
  }
  return changes;
};
