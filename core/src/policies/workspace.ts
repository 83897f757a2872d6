import type { Actor, WorkspaceRole } from '../model/index.ts';
import { hasRole, isRoleAtLeast } from './roles.ts';

/** What an actor may do with its workspace and the people in it. */
export const workspacePolicy = {
  read: (_actor: Actor) => true,
  update: (actor: Actor) => actor.kind === 'member' && hasRole(actor, 'admin'),
  listMemberships: (actor: Actor) => hasRole(actor, 'admin'),
  /** Admins grant roles up to admin; only an owner makes another owner. */
  grantRole: (actor: Actor, role: WorkspaceRole) =>
    actor.kind === 'member' &&
    hasRole(actor, 'admin') &&
    (role !== 'owner' || hasRole(actor, 'owner')),
  /** Tokens are created by people, never by other tokens, and never above the creator's role. */
  createToken: (actor: Actor, role: WorkspaceRole) =>
    actor.kind === 'member' && isRoleAtLeast(actor.role, role),
  revokeToken: (actor: Actor, token: { createdByUserId: string }) =>
    actor.kind === 'member' && (token.createdByUserId === actor.userId || hasRole(actor, 'admin')),
};
