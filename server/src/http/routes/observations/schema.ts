import { limits } from '@fulcrum/core';
import { z } from 'zod';
import { optionalText } from '../shared-schema.ts';

const id = z.string().max(100);

/** When something was observed: a day (YYYY-MM-DD, taken as noon UTC) or an ISO instant. */
export const observedAt = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  // A bare day means midday UTC, except that today's date never lands later than now.
  .transform((text) => {
    if (text.length !== 10) return new Date(text);
    const noon = Date.parse(`${text}T12:00:00Z`);
    const isToday = text === new Date().toISOString().slice(0, 10);
    return new Date(isToday ? Math.min(noon, Date.now()) : noon);
  })
  .describe('A day (YYYY-MM-DD) or an ISO-8601 instant; not in the future');

/** One observation. */
export const observationBody = z.strictObject({
  signalId: id,
  accountId: id,
  stakeholderId: id.nullable().optional(),
  opportunityId: id.nullable().optional(),
  teamMemberId: id
    .nullable()
    .optional()
    .describe('For personal trust: which of our people it is about'),
  observedAt,
  weight: z.number().gt(0).max(1).nullable().optional().describe("Defaults to the signal's weight"),
  note: optionalText(limits.notesMax).optional(),
});

/** Body of POST /api/observations/batch. */
export const observationBatchBody = z.strictObject({
  observations: z
    .array(observationBody)
    .min(1, 'send at least one observation')
    .max(1000, 'send at most 1,000 per batch'),
});
