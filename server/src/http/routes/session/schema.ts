import { limits } from '@fulcrum/core';
import { z } from 'zod';

/** Body of POST /api/session. */
export const sessionCreateBody = z.strictObject({
  email: z.string().trim().min(1, 'must not be empty').max(limits.emailMax),
  password: z.string().min(1, 'must not be empty').max(limits.passwordMax),
});
/** Body of PUT /api/session/workspace. */
export const sessionWorkspaceBody = z.strictObject({ workspaceId: z.string().max(100) });
