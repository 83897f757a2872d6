import type { Actor, WorkspaceRole } from '../model/index.ts';

const rank: Record<WorkspaceRole, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

/** Whether `role` is at least as powerful as `minimum`. */
export const isRoleAtLeast = (role: WorkspaceRole, minimum: WorkspaceRole): boolean =>
  rank[role] >= rank[minimum];

/** Whether the actor holds at least the given role in its workspace. */
export const hasRole = (actor: Actor, minimum: WorkspaceRole): boolean =>
  isRoleAtLeast(actor.role, minimum);
