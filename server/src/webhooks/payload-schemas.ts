import {
  alertRules,
  alertSeverities,
  commitmentSides,
  commitmentStatuses,
  dimensions,
  evidenceSources,
  type WebhookEventData,
  type WebhookEventType,
} from '@fulcrum/core';
import { z } from 'zod';

// The payloads receivers get, as schemas: they document the JSON in the OpenAPI document and the
// tests check every delivered body against them, so the documentation cannot drift.
const named = z.strictObject({ id: z.string(), name: z.string() });
const person = named.extend({ kind: z.enum(['team-member', 'stakeholder']) });
const instant = z.string().describe('ISO-8601 UTC');

/** The `data` of each event type. */
const webhookDataSchemas = {
  'alert.raised': z.strictObject({
    alert: z.strictObject({
      id: z.string(),
      rule: z.enum(alertRules),
      severity: z.enum(alertSeverities),
      title: z.string(),
      reason: z.string(),
      suggestion: z.string(),
      subjectType: z.string(),
      subjectId: z.string(),
      raisedAt: instant,
      isReopened: z.boolean().describe('The situation had been resolved and came back'),
    }),
    account: named,
    owner: named.nullable(),
  }),
  'commitment.status_changed': z.strictObject({
    commitment: z.strictObject({
      id: z.string(),
      text: z.string(),
      side: z.enum(commitmentSides),
      dueOn: z.string().nullable(),
      status: z.enum(commitmentStatuses),
    }),
    account: named,
    from: z.enum(commitmentStatuses),
    to: z.enum(commitmentStatuses),
    onDay: z.string().describe('YYYY-MM-DD'),
    owner: person.nullable(),
    recipient: person.nullable(),
    successor: z.strictObject({ id: z.string(), dueOn: z.string().nullable() }).nullable(),
    changedThrough: z.enum(['team', 'share-link']),
  }),
  'trust.changed': z.strictObject({
    account: named,
    subject: named.extend({ type: z.enum(['account', 'stakeholder', 'opportunity']) }),
    about: named.nullable().describe('The team member of a personal score about one of our people'),
    dimension: z.enum(dimensions),
    direction: z.enum(['up', 'down']),
    expectedBefore: z.number(),
    expectedAfter: z.number(),
    change: z.number(),
    uncertainty: z.number(),
    threshold: z.number(),
    cause: z.strictObject({ source: z.enum(evidenceSources), id: z.string().nullable() }),
  }),
  'pulse.received': z.strictObject({
    pulse: z.strictObject({
      id: z.string(),
      trustAnswer: z.number().int().min(1).max(5),
      valueAnswer: z.number().int().min(1).max(5),
      backingAnswer: z.number().int().min(1).max(5),
      comment: z.string().nullable(),
      receivedAt: instant,
    }),
    account: named,
    stakeholder: named.nullable(),
    shareLinkId: z.string(),
  }),
  'webhook.test': z.strictObject({
    webhook: z.strictObject({
      id: z.string(),
      url: z.string(),
      description: z.string().nullable(),
    }),
    message: z.string(),
    requestedBy: named.nullable(),
  }),
} as const;

/** The envelope every webhook request carries, for one event type. */
export const webhookEventSchema = <Type extends keyof typeof webhookDataSchemas>(type: Type) =>
  z.strictObject({
    id: z.string().describe('The event id: the same on every retry and every endpoint'),
    type: z.literal(type),
    createdAt: instant,
    workspaceId: z.string(),
    data: webhookDataSchemas[type],
  });

// The schemas above must describe exactly the payloads core builds: a drift fails type-check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemasMatchCore: {
  [Type in WebhookEventType]: Same<
    z.infer<(typeof webhookDataSchemas)[Type]>,
    WebhookEventData[Type]
  >;
} = {
  'alert.raised': true,
  'commitment.status_changed': true,
  'trust.changed': true,
  'pulse.received': true,
  'webhook.test': true,
};
