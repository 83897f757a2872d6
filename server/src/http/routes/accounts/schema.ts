import { limits } from '@fulcrum/core';
import { z } from 'zod';
import { archivedPatch, optionalText, requiredName } from '../shared-schema.ts';

const fields = {
  domain: optionalText(limits.domainMax).optional(),
  industry: optionalText(limits.nameMax).optional(),
  notes: optionalText(limits.notesMax).optional(),
};

/** Body of POST /api/accounts. */
export const accountCreateBody = z.strictObject({ name: requiredName, ...fields });
/** Body of PATCH /api/accounts/{accountId}. */
export const accountUpdateBody = z.strictObject({
  name: requiredName.optional(),
  ...fields,
  ...archivedPatch,
});
