import { limits } from '@fulcrum/core';
import { z } from 'zod';
import { archivedPatch, optionalEmail, optionalText, requiredName } from '../shared-schema.ts';

const fields = {
  email: optionalEmail.optional(),
  title: optionalText(limits.titleMax).optional(),
};

/** Body of POST /api/team-members. */
export const teamMemberCreateBody = z.strictObject({ name: requiredName, ...fields });
/** Body of PATCH /api/team-members/{teamMemberId}. */
export const teamMemberUpdateBody = z.strictObject({
  name: requiredName.optional(),
  ...fields,
  ...archivedPatch,
});
