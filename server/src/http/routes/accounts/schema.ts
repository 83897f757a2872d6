import { limits } from '@fulcrum/core';
import { z } from 'zod';
import { archivedPatch, optionalText, requiredName } from '../shared-schema.ts';

const fields = {
  domain: optionalText(limits.domainMax).optional(),
  industry: optionalText(limits.nameMax).optional(),
  notes: optionalText(limits.notesMax).optional(),
  ownerTeamMemberId: z
    .string()
    .max(100)
    .nullable()
    .optional()
    .describe('The team member who owns the account; null leaves it without an owner'),
};

/** Body of POST /api/accounts. */
export const accountCreateBody = z.strictObject({ name: requiredName, ...fields });
/** Body of PATCH /api/accounts/{accountId}. */
export const accountUpdateBody = z.strictObject({
  name: requiredName.optional(),
  ...fields,
  ...archivedPatch,
});
