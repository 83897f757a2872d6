import type { Actor } from '../model/index.ts';
import { hasRole } from './roles.ts';

/** What an actor may do with our team members: the roster is managed by admins. */
export const teamMemberPolicy = {
  read: (_actor: Actor) => true,
  create: (actor: Actor) => hasRole(actor, 'admin'),
  update: (actor: Actor) => hasRole(actor, 'admin'),
  archive: (actor: Actor, member: { archivedAt: Date | null }) =>
    hasRole(actor, 'admin') && member.archivedAt === null,
};
