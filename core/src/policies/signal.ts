import type { Actor } from '../model/index.ts';
import { hasRole } from './roles.ts';

/** What an actor may do with the signal catalogue: everyone reads it, admins shape it. */
export const signalPolicy = {
  read: (_actor: Actor) => true,
  create: (actor: Actor) => hasRole(actor, 'admin'),
  update: (actor: Actor, _signal: { archivedAt: Date | null }) => hasRole(actor, 'admin'),
  archive: (actor: Actor, signal: { archivedAt: Date | null }) =>
    hasRole(actor, 'admin') && signal.archivedAt === null,
  /** Only a signal never used may be deleted; one in use is retired (archived). */
  delete: (actor: Actor, signal: { usageCount: number }) =>
    hasRole(actor, 'admin') && signal.usageCount === 0,
};
