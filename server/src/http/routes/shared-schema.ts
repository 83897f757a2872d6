import { isCalendarDay, limits } from '@fulcrum/core';
import { z } from 'zod';

/** Query of every list endpoint: search, sort, cursor, page size and archived filter. */
export const listQuery = z.strictObject({
  q: z
    .string()
    .max(limits.searchMax)
    .optional()
    .describe('Text search over names and other text fields'),
  sort: z.string().max(50).optional().describe('Field to sort by; prefix with "-" for descending'),
  cursor: z.string().max(500).optional().describe('The nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSizeDefault),
  archived: z
    .enum(['false', 'true', 'any'])
    .default('false')
    .describe('false: live only; true: archived only; any: both'),
});

/** A calendar day as YYYY-MM-DD that exists in the calendar. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(isCalendarDay, 'is not a real calendar date');

/** A required, trimmed, non-empty name. */
export const requiredName = z.string().trim().min(1, 'must not be empty').max(limits.nameMax);

/** An optional text that may be cleared with null; empty strings are stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value === '' ? null : value));

/** An optional email that may be cleared with null. */
export const optionalEmail = z
  .union([z.literal(''), z.email().max(limits.emailMax)])
  .nullable()
  .transform((value) => (value === '' ? null : value));

/** Path parameter holding a record id. */
export const idParam = <Name extends string>(name: Name) =>
  z.strictObject({ [name]: z.string().max(100) } as Record<Name, z.ZodString>);

/** The archive switch every PATCH accepts. */
export const archivedPatch = {
  archived: z.boolean().optional().describe('true archives, false restores'),
};
