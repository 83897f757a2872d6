import { dimensions, limits } from '@fulcrum/core';
import { z } from 'zod';
import { archivedPatch, optionalText, requiredName } from '../shared-schema.ts';

const weight = z.number().gt(0, 'must be more than 0').max(1, 'must be at most 1');

/** Body of POST /api/signals. */
export const signalCreateBody = z.strictObject({
  name: requiredName,
  description: optionalText(limits.notesMax).optional(),
  dimension: z.enum(dimensions),
  polarity: z.union([z.literal(1), z.literal(-1)]).describe('1 shows trust, -1 shows its absence'),
  defaultWeight: weight.default(0.5),
});
/** Body of PATCH /api/signals/{signalId}: what a signal means (dimension, polarity) is fixed once
 * created, because past evidence was recorded with that meaning; retire it and add another. */
export const signalUpdateBody = z.strictObject({
  name: requiredName.optional(),
  description: optionalText(limits.notesMax).optional(),
  defaultWeight: weight.optional(),
  ...archivedPatch,
});
