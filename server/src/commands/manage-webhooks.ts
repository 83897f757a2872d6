import { randomUUID } from 'node:crypto';
import {
  type Actor,
  DomainError,
  limits,
  webhookPolicy,
  type WebhookSubscribableEvent,
  webhookSubscribableEvents,
} from '@fulcrum/core';
import {
  type Db,
  failWaitingDeliveries,
  insertWebhook,
  putWebhookSettings,
  replaceWebhookSecret,
  setArchived,
  updateRecord,
  type WebhookEndpoint,
  type WebhookSettings,
  getWebhookSettings,
  webhookTable,
} from '../db/index.ts';
import { generateWebhookSecret } from '../webhooks/signature.ts';
import { checkWebhookUrl } from '../webhooks/webhook-url.ts';
import { getWebhook } from './list-webhooks.ts';

/** How long the previous secret keeps signing after a rotation, so receivers can switch over. */
const previousSecretGraceMs = 24 * 60 * 60 * 1000;

/** An endpoint and its secret: the only moments the secret is shown (creation and rotation). */
export type WebhookWithSecret = { webhook: WebhookEndpoint; secret: string };

const forbidden = (actor: Actor, what: string) =>
  new DomainError(
    'forbidden',
    `Your role (${actor.role}) cannot ${what}. Ask an owner or admin of the workspace.`,
  );

// Subscriptions are stored in the catalogue's order, once each, so lists read the same everywhere.
const normalizeEvents = (events: readonly WebhookSubscribableEvent[]) =>
  webhookSubscribableEvents.filter((event) => events.includes(event));

const assertUrl = (url: string) => {
  const problem = checkWebhookUrl(url);
  if (problem !== null)
    throw new DomainError('validation-failed', `The webhook address ${problem}.`, [
      { pointer: '/url', detail: problem },
    ]);
};

const assertEvents = (events: readonly WebhookSubscribableEvent[]) => {
  if (normalizeEvents(events).length === 0)
    throw new DomainError(
      'validation-failed',
      `Subscribe to at least one event: ${webhookSubscribableEvents.join(', ')}.`,
      [{ pointer: '/events', detail: 'must name at least one event' }],
    );
};

/** What a new endpoint needs. */
export type WebhookInput = {
  url: string;
  description?: string | null | undefined;
  events: readonly WebhookSubscribableEvent[];
  isEnabled?: boolean | undefined;
};

/** Creates an endpoint with a fresh signing secret, returned this once. */
export const createWebhook = async (
  db: Db,
  actor: Actor,
  input: WebhookInput,
): Promise<WebhookWithSecret> => {
  if (!webhookPolicy.create(actor)) throw forbidden(actor, 'add webhooks');
  assertUrl(input.url);
  assertEvents(input.events);
  return db.transaction(async (tx) => {
    const [count] = await tx.query<{ live: number }>(
      'SELECT count(*)::int AS live FROM webhook_endpoints WHERE workspace_id = $1 AND archived_at IS NULL',
      [actor.workspaceId],
    );
    if ((count?.live ?? 0) >= limits.webhooksPerWorkspaceMax)
      throw new DomainError(
        'business-rule',
        `A workspace has at most ${limits.webhooksPerWorkspaceMax} webhooks. Archive one you no longer use, or subscribe an existing one to more events.`,
      );
    const id = randomUUID();
    const secret = generateWebhookSecret();
    await insertWebhook(tx, {
      workspaceId: actor.workspaceId,
      id,
      url: input.url,
      description: input.description ?? null,
      events: normalizeEvents(input.events),
      isEnabled: input.isEnabled ?? true,
      createdByUserId: actor.userId,
      secret,
    });
    return { webhook: await getWebhook(tx, actor.workspaceId, id), secret };
  });
};

/** What an endpoint's PATCH may change. */
export type WebhookPatch = {
  url?: string | undefined;
  description?: string | null | undefined;
  events?: readonly WebhookSubscribableEvent[] | undefined;
  isEnabled?: boolean | undefined;
  archived?: boolean | undefined;
};

/**
 * Changes an endpoint's address, description, events or switch, or archives/restores it.
 * Disabling or archiving gives up the deliveries still waiting (they stay in the log, marked
 * failed with the reason, and can be retried once it is enabled again).
 */
export const updateWebhook = async (
  db: Db,
  actor: Actor,
  webhookId: string,
  patch: WebhookPatch,
): Promise<WebhookEndpoint> =>
  db.transaction(async (tx) => {
    let webhook = await getWebhook(tx, actor.workspaceId, webhookId);
    // Every change needs the role; the state decides what else is allowed.
    if (!webhookPolicy.create(actor)) throw forbidden(actor, 'change webhooks');
    if (patch.archived === false && webhookPolicy.restore(actor, webhook)) {
      await setArchived(tx, webhookTable, actor.workspaceId, webhook.id, false);
      webhook = await getWebhook(tx, actor.workspaceId, webhook.id);
    }
    const changes = {
      url: patch.url,
      description: patch.description,
      events: patch.events === undefined ? undefined : normalizeEvents(patch.events),
      isEnabled: patch.isEnabled,
    };
    if (Object.values(changes).some((value) => value !== undefined)) {
      if (!webhookPolicy.update(actor, webhook))
        throw new DomainError(
          'conflict',
          'This webhook is archived. Restore it (`archived: false`) before changing it.',
        );
      if (patch.url !== undefined) assertUrl(patch.url);
      if (patch.events !== undefined) assertEvents(patch.events);
      await updateRecord(tx, webhookTable, actor.workspaceId, webhook.id, changes);
      if (patch.isEnabled === false && webhook.isEnabled)
        await failWaitingDeliveries(
          tx,
          actor.workspaceId,
          webhook.id,
          'The webhook was disabled before this delivery was sent. Enable it, then retry the delivery.',
        );
    }
    if (patch.archived === true && webhookPolicy.archive(actor, webhook)) {
      await setArchived(tx, webhookTable, actor.workspaceId, webhook.id, true);
      await failWaitingDeliveries(
        tx,
        actor.workspaceId,
        webhook.id,
        'The webhook was archived before this delivery was sent.',
      );
    }
    return getWebhook(tx, actor.workspaceId, webhook.id);
  });

/** Gives an endpoint a new secret, returned this once; the previous one keeps signing for a day
 * (each request carries both signatures) so the receiver can switch without missing events. */
export const rotateWebhookSecret = async (
  db: Db,
  actor: Actor,
  webhookId: string,
  now: Date,
): Promise<WebhookWithSecret> =>
  db.transaction(async (tx) => {
    const webhook = await getWebhook(tx, actor.workspaceId, webhookId);
    if (!webhookPolicy.create(actor)) throw forbidden(actor, 'rotate webhook secrets');
    if (!webhookPolicy.rotateSecret(actor, webhook))
      throw new DomainError('conflict', 'This webhook is archived. Restore it first.');
    const secret = generateWebhookSecret();
    await replaceWebhookSecret(tx, actor.workspaceId, webhook.id, {
      secret,
      previousExpiresAt: new Date(now.getTime() + previousSecretGraceMs),
      now,
    });
    return { webhook: await getWebhook(tx, actor.workspaceId, webhook.id), secret };
  });

/** Changes the workspace's webhook settings: how far a trust score must move to send
 * `trust.changed`. */
export const updateWebhookSettings = async (
  db: Db,
  actor: Actor,
  settings: { trustChangeThreshold: number },
): Promise<WebhookSettings> => {
  if (!webhookPolicy.updateSettings(actor)) throw forbidden(actor, 'change webhook settings');
  await putWebhookSettings(db, actor.workspaceId, {
    trustChangeThreshold: settings.trustChangeThreshold,
    updatedByUserId: actor.userId,
  });
  return getWebhookSettings(db, actor.workspaceId);
};
