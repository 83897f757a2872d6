import { parseSort, webhookPolicy } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createWebhook,
  getWebhook,
  getWebhookDelivery,
  listWebhookDeliveries,
  listWebhooks,
  retryWebhookDelivery,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhook,
  updateWebhookSettings,
} from '../../../commands/index.ts';
import { type Db, getWebhookSettings, webhookSortFields } from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import {
  presentWebhook,
  presentWebhookDelivery,
  presentWebhookSettings,
} from '../../presenters/webhook.ts';
import { idParam, listQuery } from '../shared-schema.ts';
import {
  deliveryListQuery,
  webhookCreateBody,
  webhookSettingsBody,
  webhookUpdateBody,
} from './schema.ts';

const tags = ['Webhooks'];

/** Webhooks: endpoints (secret shown once), their delivery log, tests, retries and settings. */
export const webhookRoutes = (app: FastifyInstance, db: Db) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/api/webhooks',
    {
      schema: {
        tags,
        summary: "The workspace's webhook endpoints with their latest delivery (secrets masked)",
        querystring: listQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { query } = request;
      const page = await listWebhooks(db, actor.workspaceId, {
        q: query.q,
        sort: parseSort(query.sort, webhookSortFields, { field: 'createdAt', direction: 'desc' }),
        cursor: query.cursor,
        limit: query.limit,
        archived: query.archived,
      });
      return {
        data: page.data.map((webhook) => presentWebhook(webhook, actor)),
        page: { nextCursor: page.nextCursor, total: page.total },
        abilities: { create: webhookPolicy.create(actor) },
      };
    },
  );

  typed.post(
    '/api/webhooks',
    {
      schema: {
        tags,
        summary: 'Add a webhook endpoint; the answer is the only time its signing secret is shown',
        body: webhookCreateBody,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await createWebhook(db, actor, request.body);
      return reply
        .status(201)
        .send({ ...presentWebhook(created.webhook, actor), secret: created.secret });
    },
  );

  typed.get(
    '/api/webhooks/:webhookId',
    {
      schema: {
        tags,
        summary: 'One webhook endpoint (secret masked)',
        params: idParam('webhookId'),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentWebhook(
        await getWebhook(db, actor.workspaceId, request.params.webhookId),
        actor,
      );
    },
  );

  typed.patch(
    '/api/webhooks/:webhookId',
    {
      schema: {
        tags,
        summary: 'Change the address, description or events, enable or disable, archive or restore',
        params: idParam('webhookId'),
        body: webhookUpdateBody,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentWebhook(
        await updateWebhook(db, actor, request.params.webhookId, request.body),
        actor,
      );
    },
  );

  typed.post(
    '/api/webhooks/:webhookId/rotate-secret',
    {
      schema: {
        tags,
        summary:
          'Give the endpoint a new secret, shown this once; the old one also signs for 24 hours',
        params: idParam('webhookId'),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rotated = await rotateWebhookSecret(db, actor, request.params.webhookId, new Date());
      return { ...presentWebhook(rotated.webhook, actor), secret: rotated.secret };
    },
  );

  typed.post(
    '/api/webhooks/:webhookId/test',
    {
      schema: {
        tags,
        summary:
          'Send a webhook.test event now and answer with the delivery and its attempt (the receiver’s status code)',
        params: idParam('webhookId'),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { delivery, webhook } = await sendTestWebhook(db, actor, request.params.webhookId);
      return presentWebhookDelivery(delivery, actor, webhook);
    },
  );

  typed.get(
    '/api/webhooks/:webhookId/deliveries',
    {
      schema: {
        tags,
        summary: "An endpoint's delivery log, newest first, each delivery with its attempts",
        params: idParam('webhookId'),
        querystring: deliveryListQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const webhook = await getWebhook(db, actor.workspaceId, request.params.webhookId);
      const page = await listWebhookDeliveries(db, actor.workspaceId, webhook, request.query);
      return {
        data: page.data.map((delivery) => presentWebhookDelivery(delivery, actor, webhook)),
        page: { nextCursor: page.nextCursor, total: page.total },
      };
    },
  );

  typed.get(
    '/api/webhook-deliveries/:deliveryId',
    {
      schema: {
        tags,
        summary: 'One delivery with its attempts',
        params: idParam('deliveryId'),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const delivery = await getWebhookDelivery(db, actor.workspaceId, request.params.deliveryId);
      const webhook = await getWebhook(db, actor.workspaceId, delivery.webhookId);
      return presentWebhookDelivery(delivery, actor, webhook);
    },
  );

  typed.post(
    '/api/webhook-deliveries/:deliveryId/retry',
    {
      schema: {
        tags,
        summary: 'Send a failed delivery again now, once, and answer with its new attempt',
        params: idParam('deliveryId'),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { delivery, webhook } = await retryWebhookDelivery(
        db,
        actor,
        request.params.deliveryId,
      );
      return presentWebhookDelivery(delivery, actor, webhook);
    },
  );

  typed.get(
    '/api/workspace/webhook-settings',
    { schema: { tags, summary: 'When trust.changed is sent: the trust change threshold' } },
    async (request) => {
      const actor = requireActor(request);
      return presentWebhookSettings(await getWebhookSettings(db, actor.workspaceId), actor);
    },
  );

  typed.put(
    '/api/workspace/webhook-settings',
    {
      schema: {
        tags,
        summary: 'Change how far a trust score must move to send trust.changed (default 0.10)',
        body: webhookSettingsBody,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentWebhookSettings(await updateWebhookSettings(db, actor, request.body), actor);
    },
  );
};
