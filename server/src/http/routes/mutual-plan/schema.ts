import { limits } from '@fulcrum/core';
import { z } from 'zod';
import { archivedPatch, calendarDate, optionalText, requiredName } from '../shared-schema.ts';

const id = z.string().max(100);
const description = optionalText(limits.notesMax).optional();

/** Body of PUT /api/accounts/{accountId}/mutual-plan: the plan's own text. */
export const mutualPlanBody = z.strictObject({
  strategy: optionalText(limits.notesMax)
    .optional()
    .describe("The customer's strategy, in their terms (left out: cleared)"),
  summary: optionalText(limits.notesMax)
    .optional()
    .describe('What both sides are working towards (left out: cleared)'),
});

/** Body of POST /api/accounts/{accountId}/plan-goals. */
export const planGoalCreateBody = z.strictObject({
  kind: z.enum(['initiative', 'success_factor']),
  parentId: id.nullable().optional().describe('The initiative a success factor belongs to'),
  name: requiredName,
  description,
});
/** Body of PATCH /api/plan-goals/{goalId}. */
export const planGoalUpdateBody = z.strictObject({
  name: requiredName.optional(),
  description,
  ...archivedPatch,
});

/** Body of POST /api/accounts/{accountId}/plan-requirements. */
export const planRequirementCreateBody = z.strictObject({
  name: requiredName.describe('What they require'),
  response: description.describe('How we answer it'),
  confirmedOn: calendarDate
    .nullable()
    .optional()
    .describe('When the customer confirmed this understanding'),
});
/** Body of PATCH /api/plan-requirements/{requirementId}. */
export const planRequirementUpdateBody = planRequirementCreateBody
  .partial()
  .extend(archivedPatch)
  .strict();

const objectiveFields = {
  ourOwnerTeamMemberId: id.nullable().optional(),
  theirOwnerStakeholderId: id.nullable().optional(),
  targetOn: calendarDate.nullable().optional(),
  status: z.enum(['open', 'achieved', 'dropped']).optional(),
};
/** Body of POST /api/accounts/{accountId}/plan-objectives. */
export const planObjectiveCreateBody = z.strictObject({ name: requiredName, ...objectiveFields });
/** Body of PATCH /api/plan-objectives/{objectiveId}. */
export const planObjectiveUpdateBody = z.strictObject({
  name: requiredName.optional(),
  ...objectiveFields,
  ...archivedPatch,
});

/** Body of POST /api/accounts/{accountId}/value-deliveries. */
export const valueDeliveryCreateBody = z.strictObject({
  name: requiredName,
  description,
  deliveredOn: calendarDate,
});
/** Body of PATCH /api/value-deliveries/{valueDeliveryId}. */
export const valueDeliveryUpdateBody = z.strictObject({
  name: requiredName.optional(),
  description,
  deliveredOn: calendarDate.optional(),
  ...archivedPatch,
});

const answer = z.number().int().min(1, 'must be 1–5').max(5, 'must be 1–5');
/** Body of POST /api/accounts/{accountId}/self-checks: the team answers the customer's three questions. */
export const selfCheckBody = z.strictObject({
  trustAnswer: answer.describe('Can they trust us?'),
  valueAnswer: answer.describe('Are they confident in the value we bring?'),
  backingAnswer: answer.describe('Will our company stand behind this sale?'),
  note: optionalText(limits.notesMax).optional(),
});
