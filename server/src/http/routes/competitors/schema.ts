import { limits } from '@fulcrum/core';
import { z } from 'zod';
import { archivedPatch, optionalText, requiredName } from '../shared-schema.ts';

/** Body of POST /api/opportunities/{opportunityId}/competitors. */
export const competitorCreateBody = z.strictObject({
  name: requiredName,
  notes: optionalText(limits.notesMax).optional(),
});
/** Body of PATCH /api/competitors/{competitorId}. */
export const competitorUpdateBody = z.strictObject({
  name: requiredName.optional(),
  notes: optionalText(limits.notesMax).optional(),
  ...archivedPatch,
});
