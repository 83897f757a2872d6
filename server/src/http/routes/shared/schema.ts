import { shareTextMax } from '@fulcrum/core';
import { z } from 'zod';
import { calendarDate } from '../shared-schema.ts';

const answer = z.number().int().min(1).max(5);

/** Body of POST /api/shared/pulse: the three questions, 1 (not at all) to 5 (fully). */
export const pulseBody = z.strictObject({
  trustAnswer: answer.describe('Can I trust you?'),
  valueAnswer: answer.describe('Am I confident in the value of what you offer?'),
  backingAnswer: answer.describe('Will your organisation stand behind this sale?'),
  comment: z.string().trim().max(shareTextMax).nullable().optional(),
});

/** Body of POST /api/shared/commitments/{commitmentId}/comments. */
export const sharedCommentBody = z.strictObject({
  text: z.string().trim().min(1, 'must not be empty').max(shareTextMax),
});

/** Body of POST /api/shared/commitments: a commitment of theirs, proposed. */
export const sharedProposalBody = z.strictObject({
  text: z.string().trim().min(1, 'must not be empty').max(shareTextMax),
  dueOn: calendarDate.nullable().optional(),
  ownerStakeholderId: z
    .string()
    .max(100)
    .nullable()
    .optional()
    .describe("Who makes it, from the page's people; the link's own stakeholder when it has one"),
});
