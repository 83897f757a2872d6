import { workspaceRoles } from '@fulcrum/core';
import { z } from 'zod';
import { requiredName } from '../shared-schema.ts';

/** Body of POST /api/workspaces and PATCH /api/workspace. */
export const workspaceBody = z.strictObject({ name: requiredName });
/** Body of POST /api/workspace/members: give an existing user a role here. */
export const membershipBody = z.strictObject({
  email: z.string().trim().min(1).max(320),
  role: z.enum(workspaceRoles),
});
