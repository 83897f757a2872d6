import type { DateOrder } from './fields.ts';

/** Writes a line number the way people read it: 1204 → "1,204". */
export const formatLineNumber = (line: number): string =>
  String(line).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A value that could not be read, with the reason to show after the column name. */
export type ValueProblem = { problem: string };

const isProblem = (value: unknown): value is ValueProblem =>
  typeof value === 'object' && value !== null && 'problem' in value;

/** Tells a parsed value from a problem. */
export const isValueProblem = isProblem;

const day = (year: number, month: number, dayOfMonth: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== dayOfMonth
  )
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
};

const dateHint: Record<DateOrder, string> = {
  ymd: 'YYYY-MM-DD',
  mdy: 'MM/DD/YYYY or YYYY-MM-DD',
  dmy: 'DD/MM/YYYY or YYYY-MM-DD',
};

/** Reads a calendar day: ISO (with or without a time, as CRMs export) or slashed/dotted in the
 * mapping's order. Returns `YYYY-MM-DD`. */
export const parseDay = (text: string, order: DateOrder): string | ValueProblem => {
  const notADate = { problem: `not a date (write it as ${dateHint[order]})` };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? notADate;
  const slashed = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?:[ T][\d:.]+(?:\s?[AaPp][Mm])?)?$/.exec(
    text,
  );
  if (!slashed) return notADate;
  const first = Number(slashed[1]);
  const second = Number(slashed[3]);
  const year = Number(slashed[4]);
  // Dotted dates (31.12.2024) are day first wherever they are written.
  let effective = slashed[2] === '.' ? 'dmy' : order;
  if (effective === 'ymd') {
    if (first > 12 && second <= 12) effective = 'dmy';
    else if (second > 12 && first <= 12) effective = 'mdy';
    else
      return {
        problem:
          'not a date Fulcrum can read without knowing the order of day and month; set "dateOrder" to "mdy" or "dmy" in a mapping file',
      };
  }
  return (effective === 'mdy' ? day(year, first, second) : day(year, second, first)) ?? notADate;
};

/** Reads an amount of money as CRMs export it: `1234.5`, `1,234.50`, `1.234,50`, `$ 1,234`. */
export const parseAmount = (text: string): number | ValueProblem => {
  const bare = text.replace(/[\s\u00a0$€£¥]|[A-Z]{3}/g, '');
  let normal: string | null = null;
  if (/^-?\d+(\.\d+)?$/.test(bare)) normal = bare;
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(bare)) normal = bare.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(bare))
    normal = bare.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d{1,2}$/.test(bare)) normal = bare.replace(',', '.');
  const amount = normal === null ? Number.NaN : Number(normal);
  if (!Number.isFinite(amount)) return { problem: 'not an amount (write it like 12500.00)' };
  if (amount < 0) return { problem: 'negative; an amount is zero or more' };
  return Math.round(amount * 100) / 100;
};

/** Reads a whole number in a range. */
export const parseWholeNumber = (text: string, min: number, max: number): number | ValueProblem => {
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max
    ? value
    : { problem: `not a whole number from ${min} to ${max}` };
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks an email address's shape; lower-cases nothing (the local part may be case-sensitive). */
export const parseEmail = (text: string): string | ValueProblem =>
  emailPattern.test(text) ? text : { problem: 'not an email address' };

/** Turns a website into the bare domain Fulcrum stores: `https://www.acme.com/about` → `acme.com`. */
export const parseDomain = (text: string): string | ValueProblem => {
  const domain = text
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./i, '')
    .toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)
    ? domain
    : { problem: 'not a web domain (write it like acme.com)' };
};

/** A key for matching CRM values ignoring case, spaces and punctuation: "Closed Won" → "closedwon". */
export const valueKey = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');
