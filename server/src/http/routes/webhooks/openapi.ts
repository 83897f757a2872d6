import type { OpenAPIV3_2 } from '@fastify/swagger';
import { webhookEventLabels, webhookEventTypes } from '@fulcrum/core';
import { z } from 'zod';
import { webhookHeaders } from '../../../webhooks/signature.ts';
import { webhookEventSchema } from '../../../webhooks/payload-schemas.ts';

const header = (name: string, description: string) => ({
  name,
  in: 'header' as const,
  required: true,
  schema: { type: 'string' as const },
  description,
});

const bodySchema = (type: (typeof webhookEventTypes)[number]) => {
  // The document declares its own dialect; a schema inside it needs no `$schema` of its own.
  const { $schema: _dialect, ...schema } = z.toJSONSchema(webhookEventSchema(type));
  return schema as object;
};

/** The OpenAPI 3.1 `webhooks` object: one request per event type that Fulcrum sends to a
 * subscribed endpoint, with its headers and body schema. */
export const webhookOpenApi: Record<string, OpenAPIV3_2.PathItemObject> = Object.fromEntries(
  webhookEventTypes.map((type) => [
    type,
    {
      post: {
        tags: ['Webhooks'],
        summary: webhookEventLabels[type],
        parameters: [
          header(webhookHeaders.eventId, 'The event id, the same on every retry'),
          header(webhookHeaders.eventType, `Always \`${type}\``),
          header(webhookHeaders.deliveryId, 'This delivery (one per endpoint and event)'),
          header(webhookHeaders.timestamp, 'When this attempt was signed, in Unix seconds'),
          header(
            webhookHeaders.signature,
            '`v1=` + hex HMAC-SHA256 of `${timestamp}.${rawBody}` with the secret; comma-separated while two secrets are live',
          ),
        ],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: bodySchema(type) } },
        },
        responses: { '2XX': { description: 'Received: any 2xx counts as delivered' } },
      },
    },
  ]),
);
