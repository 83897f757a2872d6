import { limits } from '@fulcrum/core';
import { z } from 'zod';
import { archivedPatch, calendarDate, optionalText } from '../shared-schema.ts';

const strength = z
  .number()
  .int()
  .min(limits.relationshipStrengthMin)
  .max(limits.relationshipStrengthMax)
  .describe('1 = barely know each other, 5 = trusted advisor');

const fields = {
  lastContactOn: calendarDate.nullable().optional(),
  notes: optionalText(limits.notesMax).optional(),
};

/** Body of POST /api/relationships. */
export const relationshipCreateBody = z.strictObject({
  teamMemberId: z.string().max(100),
  stakeholderId: z.string().max(100),
  strength,
  ...fields,
});
/** Body of PATCH /api/relationships/{relationshipId}. */
export const relationshipUpdateBody = z.strictObject({
  strength: strength.optional(),
  ...fields,
  ...archivedPatch,
});
