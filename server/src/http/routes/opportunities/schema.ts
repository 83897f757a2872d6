import { limits, opportunityStages } from '@fulcrum/core';
import { z } from 'zod';
import { archivedPatch, calendarDate, optionalText, requiredName } from '../shared-schema.ts';

const fields = {
  amount: z.number().min(0).max(limits.amountMax).nullable().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as EUR')
    .optional(),
  expectedDecisionOn: calendarDate.nullable().optional(),
  decisionTimingShared: z
    .boolean()
    .optional()
    .describe('Whether the buying group told us when they will decide'),
  notes: optionalText(limits.notesMax).optional(),
};

/** Body of POST /api/accounts/{accountId}/opportunities. */
export const opportunityCreateBody = z.strictObject({
  name: requiredName,
  stage: z.enum(opportunityStages).default('discovery'),
  ...fields,
});
/** Body of PATCH /api/opportunities/{opportunityId}. */
export const opportunityUpdateBody = z.strictObject({
  name: requiredName.optional(),
  stage: z.enum(opportunityStages).optional(),
  ...fields,
  ...archivedPatch,
});
