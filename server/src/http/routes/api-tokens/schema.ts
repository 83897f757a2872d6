import { limits, workspaceRoles } from '@fulcrum/core';
import { z } from 'zod';

/** Body of POST /api/api-tokens. */
export const apiTokenCreateBody = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(limits.tokenNameMax),
  role: z.enum(workspaceRoles).default('member').describe('At most your own role'),
});
