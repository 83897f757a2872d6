import { DomainError, type SortOrder, type WebhookDeliveryStatus } from '@fulcrum/core';
import {
  type Db,
  findRecord,
  listDeliveryAttempts,
  listRecords,
  type Page,
  type WebhookAttempt,
  type WebhookDelivery,
  webhookDeliveryTable,
  type WebhookEndpoint,
  webhookTable,
} from '../db/index.ts';

/** Lists the workspace's webhook endpoints with their latest delivery. */
export const listWebhooks = (
  db: Db,
  workspaceId: string,
  options: {
    q?: string | undefined;
    sort: SortOrder<string>;
    cursor?: string | undefined;
    limit: number;
    archived: 'false' | 'true' | 'any';
  },
): Promise<Page<WebhookEndpoint>> =>
  listRecords<WebhookEndpoint>(db, webhookTable, workspaceId, options);

/** Finds one endpoint of the workspace, or throws not-found. */
export const getWebhook = async (
  db: Db,
  workspaceId: string,
  webhookId: string,
): Promise<WebhookEndpoint> => {
  const webhook = await findRecord<WebhookEndpoint>(db, webhookTable, workspaceId, webhookId);
  if (webhook === null)
    throw new DomainError('not-found', 'No webhook with this id exists in your workspace.');
  return webhook;
};

/** A delivery with every attempt made, oldest first. */
export type DeliveryWithAttempts = WebhookDelivery & { attemptLog: WebhookAttempt[] };

const withAttempts = async (
  db: Db,
  workspaceId: string,
  deliveries: WebhookDelivery[],
): Promise<DeliveryWithAttempts[]> => {
  const attempts = await listDeliveryAttempts(
    db,
    workspaceId,
    deliveries.map((d) => d.id),
  );
  return deliveries.map((delivery) => ({
    ...delivery,
    attemptLog: attempts.filter((attempt) => attempt.deliveryId === delivery.id),
  }));
};

/** One page of an endpoint's delivery log, newest first, each delivery with its attempts; the
 * caller has found the endpoint (and so checked it is in the workspace). */
export const listWebhookDeliveries = async (
  db: Db,
  workspaceId: string,
  webhook: Pick<WebhookEndpoint, 'id'>,
  options: {
    status?: WebhookDeliveryStatus | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<Page<DeliveryWithAttempts>> => {
  const page = await listRecords<WebhookDelivery>(db, webhookDeliveryTable, workspaceId, {
    sort: { field: 'createdAt', direction: 'desc' },
    cursor: options.cursor,
    limit: options.limit,
    // Deliveries have no archive of their own: they live as long as the log keeps them.
    archived: 'any',
    where: { webhook_id: webhook.id, status: options.status },
  });
  return { ...page, data: await withAttempts(db, workspaceId, page.data) };
};

/** Finds one delivery of the workspace with its attempts, or throws not-found. */
export const getWebhookDelivery = async (
  db: Db,
  workspaceId: string,
  deliveryId: string,
): Promise<DeliveryWithAttempts> => {
  const delivery = await findRecord<WebhookDelivery>(
    db,
    webhookDeliveryTable,
    workspaceId,
    deliveryId,
  );
  if (delivery === null)
    throw new DomainError(
      'not-found',
      'No webhook delivery with this id exists in your workspace.',
    );
  const [found] = await withAttempts(db, workspaceId, [delivery]);
  return found!;
};
