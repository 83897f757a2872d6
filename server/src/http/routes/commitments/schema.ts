import { commitmentChannels, commitmentSides, commitmentStatuses, limits } from '@fulcrum/core';
import { z } from 'zod';
import { archivedPatch, calendarDate } from '../shared-schema.ts';

const id = z.string().max(100);
const text = z.string().trim().min(1, 'must not be empty').max(limits.notesMax);

/** Body of POST /api/accounts/{accountId}/commitments. */
export const commitmentCreateBody = z.strictObject({
  side: z.enum(commitmentSides),
  ownerTeamMemberId: id.nullable().optional().describe('Required for our commitments'),
  ownerStakeholderId: id.nullable().optional().describe('Required for theirs'),
  recipientTeamMemberId: id.nullable().optional(),
  recipientStakeholderId: id.nullable().optional(),
  opportunityId: id.nullable().optional(),
  text,
  madeIn: z.enum(commitmentChannels).optional(),
  isOnBehalfOfCompany: z.boolean().optional(),
  dueOn: calendarDate.nullable().optional(),
  status: z.enum(['proposed', 'agreed']).optional().describe('Default: agreed'),
});

/** Body of PATCH /api/commitments/{commitmentId}. */
export const commitmentUpdateBody = z.strictObject({
  text: text.optional(),
  dueOn: calendarDate.nullable().optional(),
  madeIn: z.enum(commitmentChannels).optional(),
  recipientTeamMemberId: id.nullable().optional(),
  recipientStakeholderId: id.nullable().optional(),
  isOnBehalfOfCompany: z.boolean().optional(),
  ...archivedPatch,
});

/** Body of POST /api/commitments/{commitmentId}/transitions. */
export const transitionBody = z.strictObject({
  to: z.enum(commitmentStatuses),
  onDay: calendarDate.optional().describe('When it happened (default: today)'),
  note: z.string().trim().max(limits.notesMax).nullable().optional(),
  successor: z
    .strictObject({ text: text.optional(), dueOn: calendarDate.nullable() })
    .optional()
    .describe('The new terms; required when renegotiating'),
});

/** Body of POST /api/commitments/load-check. */
export const loadCheckBody = z.strictObject({
  ownerTeamMemberId: id,
  dueOn: calendarDate.nullable().optional(),
});

/** Extra filters of commitment lists. */
export const commitmentFilters = {
  side: z.enum(commitmentSides).optional(),
  status: z.enum(commitmentStatuses).optional(),
  ownerTeamMemberId: id.optional(),
  due: z
    .enum(['overdue', 'soon'])
    .optional()
    .describe('overdue: open and past due; soon: open and due within 7 days'),
};
