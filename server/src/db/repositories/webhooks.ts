import {
  defaultTrustChangeThreshold,
  type WebhookDeliveryStatus,
  type WebhookEventType,
  type WebhookSubscribableEvent,
} from '@fulcrum/core';
import type { Db } from '../database.ts';
import { isUuid, type TableSpec } from '../table.ts';

/** A webhook endpoint as read: never its secret, only a hint of its last characters. */
export type WebhookEndpoint = {
  workspaceId: string;
  id: string;
  url: string;
  description: string | null;
  events: WebhookSubscribableEvent[];
  isEnabled: boolean;
  createdByUserId: string | null;
  createdByName: string | null;
  /** The secret's last four characters, so people can tell secrets apart. */
  secretHint: string;
  secretRotatedAt: Date | null;
  /** Until when the previous secret also signs, after a rotation. */
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  lastDeliveryId: string | null;
  lastDeliveryStatus: WebhookDeliveryStatus | null;
  lastDeliveryEventType: WebhookEventType | null;
  lastDeliveryStatusCode: number | null;
  lastDeliveryAt: Date | null;
  waitingDeliveries: number;
  failedDeliveries: number;
};

/** How endpoints are read, with their creator, secret hint and latest delivery joined in. */
export const webhookTable = {
  table: 'webhook_endpoints',
  from: `webhook_endpoints t
    JOIN webhook_secrets sec ON sec.workspace_id = t.workspace_id AND sec.webhook_id = t.id
    LEFT JOIN users u ON u.id = t.created_by_user_id
    LEFT JOIN LATERAL (
      SELECT d.id, d.status, d.event_type, d.last_status_code, coalesce(d.last_attempt_at, d.created_at) AS at
      FROM webhook_deliveries d WHERE d.workspace_id = t.workspace_id AND d.webhook_id = t.id
      ORDER BY d.created_at DESC, d.id DESC LIMIT 1) ld ON true
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE d.status IN ('pending', 'delivering'))::int AS waiting,
             count(*) FILTER (WHERE d.status = 'failed')::int AS failed
      FROM webhook_deliveries d WHERE d.workspace_id = t.workspace_id AND d.webhook_id = t.id) dc ON true`,
  select: {
    workspaceId: 't.workspace_id',
    id: 't.id',
    url: 't.url',
    description: 't.description',
    events: 't.events',
    isEnabled: 't.is_enabled',
    createdByUserId: 't.created_by_user_id',
    createdByName: 'u.name',
    secretHint: 'right(sec.secret, 4)',
    secretRotatedAt: 'sec.rotated_at',
    previousSecretExpiresAt: 'sec.previous_secret_expires_at',
    createdAt: 't.created_at',
    updatedAt: 't.updated_at',
    archivedAt: 't.archived_at',
    lastDeliveryId: 'ld.id',
    lastDeliveryStatus: 'ld.status',
    lastDeliveryEventType: 'ld.event_type',
    lastDeliveryStatusCode: 'ld.last_status_code',
    lastDeliveryAt: 'ld.at',
    waitingDeliveries: 'coalesce(dc.waiting, 0)',
    failedDeliveries: 'coalesce(dc.failed, 0)',
  },
  write: {
    url: 'url',
    description: 'description',
    events: 'events',
    isEnabled: 'is_enabled',
    createdByUserId: 'created_by_user_id',
  },
  search: ['t.url', "coalesce(t.description, '')"],
  sort: { createdAt: 't.created_at', url: 'lower(t.url)' },
} satisfies TableSpec<keyof WebhookEndpoint>;

/** Sortable webhook fields. */
export const webhookSortFields = Object.keys(webhookTable.sort);

/** A delivery of one event to one endpoint, as read. */
export type WebhookDelivery = {
  workspaceId: string;
  id: string;
  webhookId: string;
  eventId: string;
  eventType: WebhookEventType;
  /** The exact JSON body sent. */
  body: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
};

/** How deliveries are read. */
export const webhookDeliveryTable = {
  table: 'webhook_deliveries',
  select: {
    workspaceId: 't.workspace_id',
    id: 't.id',
    webhookId: 't.webhook_id',
    eventId: 't.event_id',
    eventType: 't.event_type',
    body: 't.body',
    status: 't.status',
    attempts: 't.attempts',
    maxAttempts: 't.max_attempts',
    nextAttemptAt: 't.next_attempt_at',
    lastAttemptAt: 't.last_attempt_at',
    lastStatusCode: 't.last_status_code',
    lastError: 't.last_error',
    deliveredAt: 't.delivered_at',
    createdAt: 't.created_at',
  },
  write: {},
  search: ['t.event_type'],
  sort: { createdAt: 't.created_at' },
} satisfies TableSpec<keyof WebhookDelivery>;

/** One attempt at a delivery: when, what came back (or what went wrong), how long it took. */
export type WebhookAttempt = {
  deliveryId: string;
  attempt: number;
  attemptedAt: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  responseExcerpt: string | null;
};

/** The attempts of some deliveries, oldest first. */
export const listDeliveryAttempts = async (
  db: Db,
  workspaceId: string,
  deliveryIds: readonly string[],
): Promise<WebhookAttempt[]> =>
  deliveryIds.length === 0
    ? []
    : db.query<WebhookAttempt>(
        `SELECT delivery_id AS "deliveryId", attempt, attempted_at AS "attemptedAt", status_code AS "statusCode",
                error, duration_ms AS "durationMs", response_excerpt AS "responseExcerpt"
         FROM webhook_delivery_attempts WHERE workspace_id = $1 AND delivery_id = ANY($2::uuid[])
         ORDER BY delivery_id, attempt`,
        [workspaceId, deliveryIds.filter(isUuid)],
      );

/** Stores a new endpoint and its secret. */
export const insertWebhook = async (
  db: Db,
  webhook: {
    workspaceId: string;
    id: string;
    url: string;
    description: string | null;
    events: readonly string[];
    isEnabled: boolean;
    createdByUserId: string;
    secret: string;
  },
) => {
  await db.query(
    `INSERT INTO webhook_endpoints (workspace_id, id, url, description, events, is_enabled, created_by_user_id)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7)`,
    [
      webhook.workspaceId,
      webhook.id,
      webhook.url,
      webhook.description,
      webhook.events,
      webhook.isEnabled,
      webhook.createdByUserId,
    ],
  );
  await db.query(
    'INSERT INTO webhook_secrets (workspace_id, webhook_id, secret) VALUES ($1, $2, $3)',
    [webhook.workspaceId, webhook.id, webhook.secret],
  );
};

/** Replaces an endpoint's secret; the previous one keeps signing until `previousExpiresAt`. */
export const replaceWebhookSecret = async (
  db: Db,
  workspaceId: string,
  webhookId: string,
  options: { secret: string; previousExpiresAt: Date; now: Date },
) => {
  await db.query(
    `UPDATE webhook_secrets SET previous_secret = secret, previous_secret_expires_at = $4, secret = $3, rotated_at = $5
     WHERE workspace_id = $1 AND webhook_id = $2`,
    [workspaceId, webhookId, options.secret, options.previousExpiresAt, options.now],
  );
};

/** The secrets that sign an endpoint's requests at `now`: the current one, and the previous one
 * while its grace period lasts. */
export const findSigningSecrets = async (
  db: Db,
  workspaceId: string,
  webhookId: string,
  now: Date,
): Promise<string[]> => {
  const [row] = await db.query<{ secret: string; previous: string | null }>(
    `SELECT secret, CASE WHEN previous_secret_expires_at > $3 THEN previous_secret END AS previous
     FROM webhook_secrets WHERE workspace_id = $1 AND webhook_id = $2`,
    [workspaceId, webhookId, now],
  );
  if (row === undefined) return [];
  return row.previous === null ? [row.secret] : [row.secret, row.previous];
};

/** The workspace's webhook settings (defaults until an admin changes them). */
export type WebhookSettings = { trustChangeThreshold: number; updatedAt: Date | null };

/** Reads the workspace's webhook settings. */
export const getWebhookSettings = async (db: Db, workspaceId: string): Promise<WebhookSettings> => {
  const [row] = await db.query<WebhookSettings>(
    `SELECT trust_change_threshold AS "trustChangeThreshold", updated_at AS "updatedAt"
     FROM webhook_settings WHERE workspace_id = $1`,
    [workspaceId],
  );
  return row ?? { trustChangeThreshold: defaultTrustChangeThreshold, updatedAt: null };
};

/** Stores the workspace's webhook settings. */
export const putWebhookSettings = async (
  db: Db,
  workspaceId: string,
  settings: { trustChangeThreshold: number; updatedByUserId: string },
) => {
  await db.query(
    `INSERT INTO webhook_settings (workspace_id, trust_change_threshold, updated_by_user_id) VALUES ($1, $2, $3)
     ON CONFLICT (workspace_id) DO UPDATE SET trust_change_threshold = EXCLUDED.trust_change_threshold,
       updated_by_user_id = EXCLUDED.updated_by_user_id, updated_at = now()`,
    [workspaceId, settings.trustChangeThreshold, settings.updatedByUserId],
  );
};

/** Which events some live, enabled endpoint of the workspace wants, and the trust threshold: one
 * query, so a write with no one listening pays for nothing more. */
export const findWebhookSubscriptions = async (
  db: Db,
  workspaceId: string,
): Promise<{ events: Set<string>; trustChangeThreshold: number }> => {
  const [row] = await db.query<{ events: string[] | null; threshold: number | null }>(
    `SELECT (SELECT array_agg(DISTINCT ev) FROM webhook_endpoints e, unnest(e.events) ev
             WHERE e.workspace_id = $1 AND e.is_enabled AND e.archived_at IS NULL) AS events,
            (SELECT trust_change_threshold FROM webhook_settings WHERE workspace_id = $1) AS threshold`,
    [workspaceId],
  );
  return {
    events: new Set(row?.events ?? []),
    trustChangeThreshold: row?.threshold ?? defaultTrustChangeThreshold,
  };
};

/** One event ready to queue: its id, type and exact JSON body. */
export type QueuedEvent = { id: string; type: WebhookEventType; body: string };

/** Writes deliveries of events into the outbox, one per event and each live, enabled endpoint
 * subscribed to its type; returns how many. Runs in the caller's transaction. */
export const insertWebhookDeliveries = async (
  db: Db,
  workspaceId: string,
  events: readonly QueuedEvent[],
  options: { now: Date; maxAttempts: number },
): Promise<number> => {
  if (events.length === 0) return 0;
  const rows = await db.query(
    `INSERT INTO webhook_deliveries (workspace_id, id, webhook_id, event_id, event_type, body, status, attempts,
       max_attempts, next_attempt_at, created_at)
     SELECT e.workspace_id, gen_random_uuid(), e.id, ev.id, ev.type, ev.body, 'pending', 0, $5, $6, $6
     FROM webhook_endpoints e
     CROSS JOIN unnest($2::uuid[], $3::text[], $4::text[]) AS ev(id, type, body)
     WHERE e.workspace_id = $1 AND e.is_enabled AND e.archived_at IS NULL AND ev.type = ANY(e.events)
     RETURNING id`,
    [
      workspaceId,
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => e.body),
      options.maxAttempts,
      options.now,
    ],
  );
  return rows.length;
};

/** Writes one delivery already claimed for sending now (a test): it never waits in the queue. */
export const insertClaimedDelivery = async (
  db: Db,
  delivery: {
    workspaceId: string;
    id: string;
    webhookId: string;
    event: QueuedEvent;
    claimId: string;
    claimedUntil: Date;
    now: Date;
  },
) => {
  await db.query(
    `INSERT INTO webhook_deliveries (workspace_id, id, webhook_id, event_id, event_type, body, status, attempts,
       max_attempts, claim_id, claimed_until, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'delivering', 0, 1, $7, $8, $9)`,
    [
      delivery.workspaceId,
      delivery.id,
      delivery.webhookId,
      delivery.event.id,
      delivery.event.type,
      delivery.event.body,
      delivery.claimId,
      delivery.claimedUntil,
      delivery.now,
    ],
  );
};

/** A delivery claimed for sending, with where and how to send it. */
export type ClaimedDelivery = {
  workspaceId: string;
  id: string;
  webhookId: string;
  eventId: string;
  eventType: WebhookEventType;
  body: string;
  attempts: number;
  maxAttempts: number;
  claimId: string;
  url: string;
  isSendable: boolean;
};

const claimedColumns = `c.workspace_id AS "workspaceId", c.id, c.webhook_id AS "webhookId", c.event_id AS "eventId",
  c.event_type AS "eventType", c.body, c.attempts, c.max_attempts AS "maxAttempts", c.claim_id AS "claimId",
  e.url, (e.is_enabled AND e.archived_at IS NULL) AS "isSendable"`;

/**
 * Claims up to `limit` due deliveries (of one workspace, or all), oldest due first: pending ones whose
 * time has come, and ones whose sender's claim ran out. One statement with FOR UPDATE SKIP
 * LOCKED, so two servers polling at once never claim the same delivery.
 */
export const claimDueDeliveries = async (
  db: Db,
  options: {
    now: Date;
    limit: number;
    claimId: string;
    claimedUntil: Date;
    workspaceId?: string | undefined;
  },
): Promise<ClaimedDelivery[]> =>
  db.query<ClaimedDelivery>(
    `WITH due AS (
       SELECT workspace_id, id FROM webhook_deliveries
       WHERE ((status = 'pending' AND next_attempt_at <= $1) OR (status = 'delivering' AND claimed_until <= $1))
         AND ($5::uuid IS NULL OR workspace_id = $5)
       ORDER BY coalesce(next_attempt_at, claimed_until), id
       LIMIT $2
       FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE webhook_deliveries d SET status = 'delivering', next_attempt_at = NULL, claim_id = $3, claimed_until = $4
       FROM due WHERE d.workspace_id = due.workspace_id AND d.id = due.id
       RETURNING d.*
     )
     SELECT ${claimedColumns} FROM claimed c
     JOIN webhook_endpoints e ON e.workspace_id = c.workspace_id AND e.id = c.webhook_id`,
    [
      options.now,
      options.limit,
      options.claimId,
      options.claimedUntil,
      options.workspaceId ?? null,
    ],
  );

/** Claims one failed delivery for a manual retry; null when it is not failed (any more). */
export const claimFailedDelivery = async (
  db: Db,
  workspaceId: string,
  deliveryId: string,
  options: { claimId: string; claimedUntil: Date },
): Promise<ClaimedDelivery | null> => {
  if (!isUuid(deliveryId)) return null;
  const [row] = await db.query<ClaimedDelivery>(
    `WITH claimed AS (
       UPDATE webhook_deliveries SET status = 'delivering', claim_id = $3, claimed_until = $4
       WHERE workspace_id = $1 AND id = $2 AND status = 'failed'
       RETURNING *
     )
     SELECT ${claimedColumns} FROM claimed c
     JOIN webhook_endpoints e ON e.workspace_id = c.workspace_id AND e.id = c.webhook_id`,
    [workspaceId, deliveryId, options.claimId, options.claimedUntil],
  );
  return row ?? null;
};

/** What one attempt found. */
export type AttemptOutcome = {
  attemptedAt: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  responseExcerpt: string | null;
};

/**
 * Records an attempt and what follows it (delivered, the next try, or given up), but only while
 * the caller still holds its claim: a sender whose claim ran out and was taken over writes
 * nothing. Returns whether it was recorded.
 */
export const recordDeliveryAttempt = async (
  db: Db,
  delivery: { workspaceId: string; id: string; claimId: string },
  outcome: AttemptOutcome,
  next: { status: 'delivered' } | { status: 'pending'; nextAttemptAt: Date } | { status: 'failed' },
): Promise<boolean> =>
  db.transaction(async (tx) => {
    const [row] = await tx.query<{ attempts: number }>(
      `UPDATE webhook_deliveries SET status = $4, attempts = attempts + 1,
         next_attempt_at = $5, claim_id = NULL, claimed_until = NULL, last_attempt_at = $6,
         last_status_code = $7, last_error = $8, delivered_at = CASE WHEN $4 = 'delivered' THEN $6 ELSE delivered_at END
       WHERE workspace_id = $1 AND id = $2 AND claim_id = $3
       RETURNING attempts`,
      [
        delivery.workspaceId,
        delivery.id,
        delivery.claimId,
        next.status,
        next.status === 'pending' ? next.nextAttemptAt : null,
        outcome.attemptedAt,
        outcome.statusCode,
        outcome.error,
      ],
    );
    if (row === undefined) return false;
    await tx.query(
      `INSERT INTO webhook_delivery_attempts (workspace_id, delivery_id, attempt, attempted_at, status_code, error,
         duration_ms, response_excerpt) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        delivery.workspaceId,
        delivery.id,
        row.attempts,
        outcome.attemptedAt,
        outcome.statusCode,
        outcome.error,
        outcome.durationMs,
        outcome.responseExcerpt,
      ],
    );
    return true;
  });

/** Gives a claim back without counting an attempt (the sender is shutting down): the delivery is
 * due again at `now`. */
export const releaseDeliveryClaim = async (
  db: Db,
  delivery: { workspaceId: string; id: string; claimId: string },
  now: Date,
) => {
  await db.query(
    `UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = $4, claim_id = NULL, claimed_until = NULL
     WHERE workspace_id = $1 AND id = $2 AND claim_id = $3`,
    [delivery.workspaceId, delivery.id, delivery.claimId, now],
  );
};

/** Gives up the deliveries still waiting for an endpoint (disabled or archived), saying why. */
export const failWaitingDeliveries = async (
  db: Db,
  workspaceId: string,
  webhookId: string,
  reason: string,
): Promise<number> =>
  (
    await db.query(
      `UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, last_error = $3
       WHERE workspace_id = $1 AND webhook_id = $2 AND status = 'pending' RETURNING id`,
      [workspaceId, webhookId, reason],
    )
  ).length;

/** Removes finished deliveries (and their attempts) created before `before`, a batch at a time;
 * returns how many went. */
export const pruneFinishedDeliveries = async (
  db: Db,
  before: Date,
  batchSize = 1000,
): Promise<number> =>
  (
    await db.query(
      `DELETE FROM webhook_deliveries WHERE (workspace_id, id) IN (
         SELECT workspace_id, id FROM webhook_deliveries
         WHERE status IN ('delivered', 'failed') AND created_at < $1 LIMIT $2)
       RETURNING id`,
      [before, batchSize],
    )
  ).length;
