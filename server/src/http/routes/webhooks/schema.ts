import {
  limits,
  trustChangeThresholdRange,
  webhookDeliveryStatuses,
  webhookSubscribableEvents,
} from '@fulcrum/core';
import { z } from 'zod';
import { checkWebhookUrl } from '../../../webhooks/webhook-url.ts';
import { archivedPatch, listQuery, optionalText } from '../shared-schema.ts';

const url = z
  .string()
  .trim()
  .max(limits.webhookUrlMax)
  .superRefine((value, context) => {
    const problem = checkWebhookUrl(value);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  })
  .describe('Where to POST events: an http(s) address without credentials');

const events = z
  .array(z.enum(webhookSubscribableEvents))
  .min(1, 'subscribe to at least one event')
  .max(webhookSubscribableEvents.length * 2)
  .describe(`Events to receive: ${webhookSubscribableEvents.join(', ')}`);

/** Body of POST /api/webhooks. */
export const webhookCreateBody = z.strictObject({
  url,
  description: optionalText(limits.webhookDescriptionMax).optional(),
  events,
  isEnabled: z.boolean().optional().describe('Default: true'),
});

/** Body of PATCH /api/webhooks/{webhookId}. */
export const webhookUpdateBody = z.strictObject({
  url: url.optional(),
  description: optionalText(limits.webhookDescriptionMax).optional(),
  events: events.optional(),
  isEnabled: z.boolean().optional().describe('false stops sending; waiting deliveries fail'),
  ...archivedPatch,
});

/** Query of GET /api/webhooks/{webhookId}/deliveries. */
export const deliveryListQuery = listQuery
  .pick({ cursor: true, limit: true })
  .extend({ status: z.enum(webhookDeliveryStatuses).optional() });

/** Body of PUT /api/workspace/webhook-settings. */
export const webhookSettingsBody = z.strictObject({
  trustChangeThreshold: z
    .number()
    .min(trustChangeThresholdRange.min)
    .max(trustChangeThresholdRange.max)
    .describe(
      'How far (0.01–1) new evidence must move a score’s expected trust to send trust.changed',
    ),
});
