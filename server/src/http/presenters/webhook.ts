import { type Actor, webhookPolicy } from '@fulcrum/core';
import type { DeliveryWithAttempts } from '../../commands/index.ts';
import type { WebhookEndpoint, WebhookSettings } from '../../db/index.ts';
import { maskWebhookSecret } from '../../webhooks/signature.ts';
import { isoOrNull } from './record.ts';

/** The JSON of a webhook endpoint: its secret masked, its latest delivery, and what the actor
 * may do. The full secret appears only in the answers to creation and rotation. */
export const presentWebhook = (webhook: WebhookEndpoint, actor: Actor) => ({
  id: webhook.id,
  url: webhook.url,
  description: webhook.description,
  events: webhook.events,
  isEnabled: webhook.isEnabled,
  secretMasked: maskWebhookSecret(webhook.secretHint),
  secretRotatedAt: isoOrNull(webhook.secretRotatedAt),
  previousSecretExpiresAt:
    webhook.previousSecretExpiresAt !== null &&
    new Date(webhook.previousSecretExpiresAt).getTime() > Date.now()
      ? isoOrNull(webhook.previousSecretExpiresAt)
      : null,
  createdBy:
    webhook.createdByUserId === null
      ? null
      : { userId: webhook.createdByUserId, name: webhook.createdByName },
  createdAt: isoOrNull(webhook.createdAt),
  updatedAt: isoOrNull(webhook.updatedAt),
  archivedAt: isoOrNull(webhook.archivedAt),
  lastDelivery:
    webhook.lastDeliveryId === null
      ? null
      : {
          id: webhook.lastDeliveryId,
          status: webhook.lastDeliveryStatus,
          eventType: webhook.lastDeliveryEventType,
          statusCode: webhook.lastDeliveryStatusCode,
          at: isoOrNull(webhook.lastDeliveryAt),
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
  nextAttemptAt: isoOrNull(delivery.nextAttemptAt),
  lastAttemptAt: isoOrNull(delivery.lastAttemptAt),
  lastStatusCode: delivery.lastStatusCode,
  lastError: delivery.lastError,
  deliveredAt: isoOrNull(delivery.deliveredAt),
  createdAt: isoOrNull(delivery.createdAt),
  // The body is exactly what was signed and sent: ids and names, no secrets.
  payload: JSON.parse(delivery.body) as unknown,
  attemptLog: delivery.attemptLog.map((attempt) => ({
    attempt: attempt.attempt,
    attemptedAt: isoOrNull(attempt.attemptedAt),
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
  updatedAt: isoOrNull(settings.updatedAt),
  abilities: { update: webhookPolicy.updateSettings(actor) },
});
