import { buyingRoles, limits, seniorityLevels, stakeholderStatuses } from '@fulcrum/core';
import { z } from 'zod';
import {
  archivedPatch,
  calendarDate,
  optionalEmail,
  optionalText,
  requiredName,
} from '../shared-schema.ts';

const fields = {
  title: optionalText(limits.titleMax).optional(),
  email: optionalEmail.optional(),
  status: z.enum(stakeholderStatuses).optional(),
  leftOn: calendarDate
    .nullable()
    .optional()
    .describe('The day they left; required when status is "left"'),
  notes: optionalText(limits.notesMax).optional(),
};

/** Body of POST /api/accounts/{accountId}/stakeholders. */
export const stakeholderCreateBody = z.strictObject({
  name: requiredName,
  buyingRole: z.enum(buyingRoles),
  seniority: z.enum(seniorityLevels),
  ...fields,
});
/** Body of PATCH /api/stakeholders/{stakeholderId}. */
export const stakeholderUpdateBody = z.strictObject({
  name: requiredName.optional(),
  buyingRole: z.enum(buyingRoles).optional(),
  seniority: z.enum(seniorityLevels).optional(),
  ...fields,
  ...archivedPatch,
});
