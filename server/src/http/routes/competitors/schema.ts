import { limits } from '@fulcrum/core';
import { z } from 'zod';
import { archivedPatch, optionalText, requiredName } from '../shared-schema.ts';

const capabilityEstimate = z
  .number()
  .min(0)
  .max(1)
  .nullable()
  .optional()
  .describe(
    "The team's estimate (0–1) of the buying group's trust in this competitor's capability",
  );

/** Body of POST /api/opportunities/{opportunityId}/competitors. */
export const competitorCreateBody = z.strictObject({
  name: requiredName,
  notes: optionalText(limits.notesMax).optional(),
  capabilityEstimate,
});
/** Body of PATCH /api/competitors/{competitorId}. */
export const competitorUpdateBody = z.strictObject({
  name: requiredName.optional(),
  notes: optionalText(limits.notesMax).optional(),
  capabilityEstimate,
  ...archivedPatch,
});
