import type {
  WebhookDeliveryStatus,
  WebhookEventType,
  WebhookSubscribableEvent,
} from '@fulcrum/core';
import { api } from '../../api/client.ts';
import type { ArchivedFilter, ListPage } from '../../api/types.ts';

/** A webhook endpoint as the API shows it: the secret masked. */
export type Webhook = {
  id: string;
  url: string;
  description: string | null;
  events: WebhookSubscribableEvent[];
  isEnabled: boolean;
  secretMasked: string;
  secretRotatedAt: string | null;
  previousSecretExpiresAt: string | null;
  createdBy: { userId: string; name: string | null } | null;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  lastDelivery: {
    id: string;
    status: WebhookDeliveryStatus;
    eventType: WebhookEventType;
    statusCode: number | null;
    at: string;
  } | null;
  deliveryCounts: { waiting: number; failed: number };
  abilities: {
    update: boolean;
    archive: boolean;
    restore: boolean;
    rotateSecret: boolean;
    test: boolean;
  };
};

/** An endpoint with its signing secret: only in the answers to creating and rotating. */
export type WebhookWithSecret = Webhook & { secret: string };

/** What the create and edit form sends. */
export type WebhookInput = {
  url: string;
  description: string | null;
  events: WebhookSubscribableEvent[];
  isEnabled: boolean;
};

/** One attempt at a delivery. */
export type WebhookAttempt = {
  attempt: number;
  attemptedAt: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  responseExcerpt: string | null;
};

/** One event sent (or to be sent) to one endpoint, with every attempt. */
export type WebhookDelivery = {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: WebhookEventType;
  status: WebhookDeliveryStatus;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
  payload: unknown;
  attemptLog: WebhookAttempt[];
  abilities: { retry: boolean };
};

/** The workspace's webhook settings. */
export type WebhookSettings = {
  trustChangeThreshold: number;
  updatedAt: string | null;
  abilities: { update: boolean };
};

const path = (id: string) => `/api/webhooks/${encodeURIComponent(id)}`;

/** Lists the workspace's endpoints. */
export const listWebhooks = (
  query: { archived?: ArchivedFilter; cursor?: string | undefined },
  signal?: AbortSignal,
): Promise<ListPage<Webhook>> => api.get<ListPage<Webhook>>('/api/webhooks', { query, signal });

/** Adds an endpoint; the answer carries its secret, this once. */
export const createWebhook = (input: WebhookInput): Promise<WebhookWithSecret> =>
  api.post<WebhookWithSecret>('/api/webhooks', input);

/** Changes an endpoint, or archives or restores it. */
export const updateWebhook = (
  id: string,
  changes: Partial<WebhookInput> & { archived?: boolean },
): Promise<Webhook> => api.patch<Webhook>(path(id), changes);

/** Gives an endpoint a new secret; the answer carries it, this once. */
export const rotateWebhookSecret = (id: string): Promise<WebhookWithSecret> =>
  api.post<WebhookWithSecret>(`${path(id)}/rotate-secret`, {});

/** Sends a test event now; the answer is the delivery with the receiver's response. */
export const sendTestWebhook = (id: string): Promise<WebhookDelivery> =>
  api.post<WebhookDelivery>(`${path(id)}/test`, {});

/** One page of an endpoint's delivery log, newest first. */
export const listWebhookDeliveries = (
  id: string,
  query: { status?: WebhookDeliveryStatus | undefined; cursor?: string | undefined },
  signal?: AbortSignal,
): Promise<ListPage<WebhookDelivery>> =>
  api.get<ListPage<WebhookDelivery>>(`${path(id)}/deliveries`, { query, signal });

/** Sends a failed delivery again now. */
export const retryWebhookDelivery = (deliveryId: string): Promise<WebhookDelivery> =>
  api.post<WebhookDelivery>(`/api/webhook-deliveries/${encodeURIComponent(deliveryId)}/retry`, {});

/** Reads the workspace's webhook settings. */
export const getWebhookSettings = (signal?: AbortSignal): Promise<WebhookSettings> =>
  api.get<WebhookSettings>('/api/workspace/webhook-settings', { signal });

/** Changes the trust change threshold. */
export const updateWebhookSettings = (trustChangeThreshold: number): Promise<WebhookSettings> =>
  api.put<WebhookSettings>('/api/workspace/webhook-settings', { trustChangeThreshold });
