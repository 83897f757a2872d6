import type { Actor } from '../model/index.ts';
import { hasRole } from './roles.ts';

/** Any record that lives on an account: the account itself, its stakeholders, relationships,
 * opportunities and competitors. Tenancy is checked by the repositories (a foreign id is not
 * found), so the policy only decides what a role may do. */
export type AccountRecord = { archivedAt: Date | null };

/** What an actor may do with account records. */
export const accountRecordPolicy = {
  read: (_actor: Actor) => true,
  create: (actor: Actor) => hasRole(actor, 'member'),
  update: (actor: Actor, _record: AccountRecord) => hasRole(actor, 'member'),
  archive: (actor: Actor, record: AccountRecord) =>
    hasRole(actor, 'member') && record.archivedAt === null,
  restore: (actor: Actor, record: AccountRecord) =>
    hasRole(actor, 'member') && record.archivedAt !== null,
};
