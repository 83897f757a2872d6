import { type Actor, webhookPolicy } from '@fulcrum/core';
import type { DeliveryWithAttempts } from '../../commands/index.ts';
import type { WebhookEndpoint, WebhookSettings } from '../../db/index.ts';
import { maskWebhookSecret } from '../../webhooks/signature.ts';

const iso = (date: Date | null) => (date === null ? null : new Date(date).toISOString());

/** The JSON of a webhook endpoint: its secret masked, its latest delivery, and what the actor
 * may do. The full secret appears only in the answers to creation and rotation. */
export const presentWebhook = (webhook: WebhookEndpoint, actor: Actor) => ({
  id: webhook.id,
  url: webhook.url,
  description: webhook.description,
  events: webhook.events,
  isEnabled: webhook.isEnabled,
  secretMasked: maskWebhookSecret(webhook.secretHint),
  secretRotatedAt: iso(webhook.secretRotatedAt),
  previousSecretExpiresAt:
    webhook.previousSecretExpiresAt !== null &&
    new Date(webhook.previousSecretExpiresAt).getTime() > Date.now()
      ? iso(webhook.previousSecretExpiresAt)
      : null,
  createdBy:
    webhook.createdByUserId === null
      ? null
      : { userId: webhook.createdByUserId, name: webhook.createdByName },
  createdAt: iso(webhook.createdAt),
  updatedAt: iso(webhook.updatedAt),
  archivedAt: iso(webhook.archivedAt),
  lastDelivery:
    webhook.lastDeliveryId === null
      ? null
      : {
          id: webhook.lastDeliveryId,
          status: webhook.lastDeliveryStatus,
          eventType: webhook.lastDeliveryEventType,
          statusCode: webhook.lastDeliveryStatusCode,
          at: iso(webhook.lastDeliveryAt),
        },
  deliveryCounts: { waiting: webhook.waitingDeliveries, failed: webhook.failedDeliveries },
  abilities: {
    update: webhookPolicy.update(actor, webhook),
    archive: webhookPolicy.archive(actor, webhook),
    restore: webhookPolicy.restore(actor, webhook),
    rotateSecret: webhookPolicy.rotateSecret(actor, webhook),
    test: webhookPolicy.test(actor, webhook),
  },
});

/** The JSON of one delivery: where it stands, the event it carries, and every attempt made. */
export const presentWebhookDelivery = (
  delivery: DeliveryWithAttempts,
  actor: Actor,
  webhook: { archivedAt: Date | null; isEnabled: boolean },
) => ({
  id: delivery.id,
  webhookId: delivery.webhookId,
  eventId: delivery.eventId,
  eventType: delivery.eventType,
  status: delivery.status,
  attempts: delivery.attempts,
  maxAttempts: delivery.maxAttempts,
  nextAttemptAt: iso(delivery.nextAttemptAt),
  lastAttemptAt: iso(delivery.lastAttemptAt),
  lastStatusCode: delivery.lastStatusCode,
  lastError: delivery.lastError,
  deliveredAt: iso(delivery.deliveredAt),
  createdAt: iso(delivery.createdAt),
  // The body is exactly what was signed and sent: ids and names, no secrets.
  payload: JSON.parse(delivery.body) as unknown,
  attemptLog: delivery.attemptLog.map((attempt) => ({
    attempt: attempt.attempt,
    attemptedAt: iso(attempt.attemptedAt),
    statusCode: attempt.statusCode,
    error: attempt.error,
    durationMs: attempt.durationMs,
    responseExcerpt: attempt.responseExcerpt,
  })),
  abilities: { retry: webhookPolicy.retry(actor, delivery, webhook) },
});

/** The JSON of the workspace's webhook settings. */
export const presentWebhookSettings = (settings: WebhookSettings, actor: Actor) => ({
  trustChangeThreshold: settings.trustChangeThreshold,
  updatedAt: iso(settings.updatedAt),
  abilities: { update: webhookPolicy.updateSettings(actor) },
});
