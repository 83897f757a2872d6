import { randomUUID } from 'node:crypto';
import {
  type Actor,
  buildWebhookTestData,
  DomainError,
  isWebhookSuccess,
  planAfterAttempt,
  type WebhookDeliveryStatus,
  type WebhookEventType,
  webhookBaseDelayMs,
  webhookPolicy,
} from '@fulcrum/core';
import {
  claimDueDeliveries,
  type ClaimedDelivery,
  claimFailedDelivery,
  type Db,
  findSigningSecrets,
  insertClaimedDelivery,
  pruneFinishedDeliveries,
  recordDeliveryAttempt,
  releaseDeliveryClaim,
  type WebhookEndpoint,
} from '../db/index.ts';
import { sendWebhookRequest, webhookTimeoutMs } from '../webhooks/send-webhook.ts';
import { type DeliveryWithAttempts, getWebhook, getWebhookDelivery } from './list-webhooks.ts';
import { serializeWebhookEvent } from './webhook-events.ts';

/** How deliveries are sent: the backoff's base delay and the timeout can be shortened (tests). */
export type DeliveryOptions = {
  /** Wait before the first retry; each later retry waits twice as long (default 1 minute). */
  baseDelayMs?: number;
  /** How long a receiver has to answer (default 10 s). */
  timeoutMs?: number;
  /** Aborts requests in flight (server shutdown); their claims are given back uncounted. */
  signal?: AbortSignal;
};

/** What one attempt did. */
export type DeliveryAttemptResult = {
  deliveryId: string;
  webhookId: string;
  url: string;
  eventType: WebhookEventType;
  attempt: number;
  /** Where the delivery stands now; `released` when shutdown interrupted the attempt. */
  status: WebhookDeliveryStatus | 'released';
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  nextAttemptAt: Date | null;
};

// A claim outlives the longest attempt with room to spare; a sender that dies mid-attempt leaves
// its delivery to be claimed again once this has passed.
const claimMarginMs = 60_000;

const claimedUntil = (now: Date, options: DeliveryOptions) =>
  new Date(now.getTime() + (options.timeoutMs ?? webhookTimeoutMs) + claimMarginMs);

/** Sends one claimed delivery and records the attempt and what follows it. */
const attemptDelivery = async (
  db: Db,
  claimed: ClaimedDelivery,
  options: DeliveryOptions & { isManual: boolean },
): Promise<DeliveryAttemptResult> => {
  const attemptedAt = new Date();
  const attempt = claimed.attempts + 1;
  const base = {
    deliveryId: claimed.id,
    webhookId: claimed.webhookId,
    url: claimed.url,
    eventType: claimed.eventType,
    attempt,
  };
  const response = claimed.isSendable
    ? await sendWebhookRequest(
        {
          url: claimed.url,
          body: claimed.body,
          eventId: claimed.eventId,
          eventType: claimed.eventType,
          deliveryId: claimed.id,
          secrets: await findSigningSecrets(
            db,
            claimed.workspaceId,
            claimed.webhookId,
            attemptedAt,
          ),
        },
        {
          now: attemptedAt,
          ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
          ...(options.signal === undefined ? {} : { signal: options.signal }),
        },
      )
    : {
        statusCode: null,
        error: 'The webhook was disabled or archived before this delivery was sent.',
        durationMs: 0,
        responseExcerpt: null,
        isAborted: false,
      };
  if (response.isAborted) {
    await releaseDeliveryClaim(db, claimed, new Date());
    return {
      ...base,
      status: 'released',
      statusCode: null,
      error: response.error,
      durationMs: response.durationMs,
      nextAttemptAt: null,
    };
  }
  const isSuccess = isWebhookSuccess(response.statusCode) && response.error === null;
  // A disabled endpoint, or a retry by hand, gets no further tries of its own: this attempt is
  // its last.
  const plan = planAfterAttempt({
    isSuccess,
    attemptsMade: attempt,
    maxAttempts: options.isManual || !claimed.isSendable ? attempt : claimed.maxAttempts,
    attemptedAt,
    baseDelayMs: options.baseDelayMs ?? webhookBaseDelayMs,
  });
  const error =
    response.error ??
    (isSuccess
      ? null
      : `The endpoint answered HTTP ${response.statusCode}; only a 2xx answer counts as delivered.`);
  const isRecorded = await recordDeliveryAttempt(
    db,
    claimed,
    {
      attemptedAt,
      statusCode: response.statusCode,
      error,
      durationMs: response.durationMs,
      responseExcerpt: response.responseExcerpt,
    },
    plan,
  );
  return {
    ...base,
    // Another sender took the claim over (this one was too slow): it owns the outcome.
    status: isRecorded ? plan.status : 'delivering',
    statusCode: response.statusCode,
    error,
    durationMs: response.durationMs,
    nextAttemptAt: plan.status === 'pending' ? plan.nextAttemptAt : null,
  };
};

/** What one run of the delivery queue did. */
export type DeliveryRun = {
  attempted: number;
  delivered: number;
  retrying: number;
  failed: number;
  results: DeliveryAttemptResult[];
};

/**
 * Sends every delivery that is due (of one workspace, or all), a batch at a time, a few at once: a 2xx
 * answer delivers it, anything else schedules the next try with exponential backoff until the
 * last attempt, after which it has failed with the last error kept. Runs as a server job and as
 * `fulcrum webhooks deliver`. Deliveries are at least once: receivers dedupe by event id.
 */
export const deliverDueWebhooks = async (
  db: Db,
  options: DeliveryOptions & {
    now?: Date;
    /** Only this workspace's deliveries (default: every workspace's). */
    workspaceId?: string;
    batchSize?: number;
    concurrency?: number;
  } = {},
): Promise<DeliveryRun> => {
  const run: DeliveryRun = { attempted: 0, delivered: 0, retrying: 0, failed: 0, results: [] };
  const batchSize = options.batchSize ?? 20;
  for (;;) {
    if (options.signal?.aborted === true) break;
    const now = options.now ?? new Date();
    const claimed = await claimDueDeliveries(db, {
      now,
      limit: batchSize,
      claimId: randomUUID(),
      claimedUntil: claimedUntil(now, options),
      workspaceId: options.workspaceId,
    });
    if (claimed.length === 0) break;
    const queue = [...claimed];
    const worker = async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const result = await attemptDelivery(db, next, { ...options, isManual: false });
        run.results.push(result);
        if (result.status === 'released') continue;
        run.attempted++;
        if (result.status === 'delivered') run.delivered++;
        if (result.status === 'pending') run.retrying++;
        if (result.status === 'failed') run.failed++;
      }
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
    if (claimed.length < batchSize) break;
  }
  return run;
};

/** How long finished deliveries stay in the log. */
const deliveryLogRetentionDays = 30;

/** Removes finished deliveries older than the retention period; returns how many went. */
export const pruneDeliveryLog = async (db: Db, now: Date): Promise<number> => {
  const before = new Date(now.getTime() - deliveryLogRetentionDays * 86_400_000);
  let total = 0;
  for (;;) {
    const removed = await pruneFinishedDeliveries(db, before);
    total += removed;
    if (removed === 0) return total;
  }
};

const mayNotSend = (actor: Actor, webhook: { archivedAt: Date | null; isEnabled: boolean }) => {
  if (!webhookPolicy.create(actor))
    return new DomainError(
      'forbidden',
      `Your role (${actor.role}) cannot send webhooks. Ask an owner or admin of the workspace.`,
    );
  if (webhook.archivedAt !== null)
    return new DomainError('conflict', 'This webhook is archived. Restore it first.');
  if (!webhook.isEnabled)
    return new DomainError('conflict', 'This webhook is disabled. Enable it first.');
  return null;
};

/** A delivery made by hand, with the endpoint it went to (as found before sending). */
export type DeliveryAndEndpoint = { delivery: DeliveryWithAttempts; webhook: WebhookEndpoint };

/** Sends a `webhook.test` event to an endpoint now and answers with the attempt: one try, no
 * retries, recorded in the delivery log like any other. */
export const sendTestWebhook = async (
  db: Db,
  actor: Actor,
  webhookId: string,
  options: DeliveryOptions = {},
): Promise<DeliveryAndEndpoint> => {
  const webhook = await getWebhook(db, actor.workspaceId, webhookId);
  const refusal = mayNotSend(actor, webhook);
  if (refusal !== null) throw refusal;
  const [user] = await db.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [
    actor.userId,
  ]);
  const now = new Date();
  const event = serializeWebhookEvent(
    'webhook.test',
    actor.workspaceId,
    buildWebhookTestData({
      webhook,
      requestedBy: user === undefined ? null : { id: actor.userId, name: user.name },
    }),
    now,
  );
  const claimId = randomUUID();
  const id = randomUUID();
  await insertClaimedDelivery(db, {
    workspaceId: actor.workspaceId,
    id,
    webhookId: webhook.id,
    event,
    claimId,
    claimedUntil: claimedUntil(now, options),
    now,
  });
  await attemptDelivery(
    db,
    {
      workspaceId: actor.workspaceId,
      id,
      webhookId: webhook.id,
      eventId: event.id,
      eventType: event.type,
      body: event.body,
      attempts: 0,
      maxAttempts: 1,
      claimId,
      url: webhook.url,
      isSendable: true,
    },
    { ...options, isManual: true },
  );
  return { delivery: await getWebhookDelivery(db, actor.workspaceId, id), webhook };
};

/** Sends a failed delivery again now, once: delivered on a 2xx, else it stays failed with the new
 * attempt in its log. */
export const retryWebhookDelivery = async (
  db: Db,
  actor: Actor,
  deliveryId: string,
  options: DeliveryOptions = {},
): Promise<DeliveryAndEndpoint> => {
  const delivery = await getWebhookDelivery(db, actor.workspaceId, deliveryId);
  const webhook = await getWebhook(db, actor.workspaceId, delivery.webhookId);
  const refusal = mayNotSend(actor, webhook);
  if (refusal !== null) throw refusal;
  const notFailed = () =>
    new DomainError(
      'conflict',
      `Only a delivery that was given up can be retried by hand; this one is ${delivery.status}.`,
    );
  if (!webhookPolicy.retry(actor, delivery, webhook)) throw notFailed();
  const claimed = await claimFailedDelivery(db, actor.workspaceId, delivery.id, {
    claimId: randomUUID(),
    claimedUntil: claimedUntil(new Date(), options),
  });
  // Someone else retried it in the meantime.
  if (claimed === null) throw notFailed();
  await attemptDelivery(db, claimed, { ...options, isManual: true });
  return { delivery: await getWebhookDelivery(db, actor.workspaceId, delivery.id), webhook };
};
