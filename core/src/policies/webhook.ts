import type { Actor } from '../model/index.ts';
import { hasRole } from './roles.ts';

/** What an actor may do with the workspace's webhooks: everyone sees the endpoints and their
 * delivery log (never a secret), owners and admins (or their API tokens) manage them. */
export const webhookPolicy = {
  read: (_actor: Actor) => true,
  create: (actor: Actor) => hasRole(actor, 'admin'),
  update: (actor: Actor, webhook: { archivedAt: Date | null }) =>
    hasRole(actor, 'admin') && webhook.archivedAt === null,
  archive: (actor: Actor, webhook: { archivedAt: Date | null }) =>
    hasRole(actor, 'admin') && webhook.archivedAt === null,
  restore: (actor: Actor, webhook: { archivedAt: Date | null }) =>
    hasRole(actor, 'admin') && webhook.archivedAt !== null,
  rotateSecret: (actor: Actor, webhook: { archivedAt: Date | null }) =>
    hasRole(actor, 'admin') && webhook.archivedAt === null,
  /** A test goes only to a live, enabled endpoint. */
  test: (actor: Actor, webhook: { archivedAt: Date | null; isEnabled: boolean }) =>
    hasRole(actor, 'admin') && webhook.archivedAt === null && webhook.isEnabled,
  /** Only a delivery that was given up is sent again by hand, to a live, enabled endpoint. */
  retry: (
    actor: Actor,
    delivery: { status: string },
    webhook: { archivedAt: Date | null; isEnabled: boolean },
  ) =>
    hasRole(actor, 'admin') &&
    delivery.status === 'failed' &&
    webhook.archivedAt === null &&
    webhook.isEnabled,
  updateSettings: (actor: Actor) => hasRole(actor, 'admin'),
};
