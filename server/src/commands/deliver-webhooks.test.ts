import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { getTestDb } from '../test/test-db.ts';
import {
  buildAccount,
  buildMember,
  buildStakeholder,
  buildTeamMember,
  type TestMember,
} from '../test/factories.ts';
import { api } from '../test/test-server.ts';
import { type ReceivedWebhook, startWebhookReceiver } from '../test/webhook-receiver.ts';
import { webhookEventSchema } from '../webhooks/payload-schemas.ts';
import { startWebhookDeliveryJob } from '../jobs/webhook-delivery-job.ts';
import { verifyWebhookSignature } from '../webhooks/signature.ts';
import { verificationSnippet } from '../webhooks/webhook-docs.ts';
import { deliverDueWebhooks } from './deliver-webhooks.ts';
import { transitionCommitment } from './transition-commitment.ts';

const receivers: { close: () => Promise<void> }[] = [];
const receiver = async (statuses?: number[]) => {
  const started = await startWebhookReceiver(statuses);
  receivers.push(started);
  return started;
};
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

const subscribe = async (admin: TestMember, url: string, events: string[]) => {
  const created = await api.post('/api/webhooks', admin, { url, events });
  expect(created.status).toBe(201);
  return created.body as { id: string; secret: string };
};

const deliveriesOf = async (workspaceId: string) => {
  const db = await getTestDb();
  return db.query<{
    id: string;
    eventType: string;
    status: string;
    attempts: number;
    nextAttemptAt: Date | null;
    lastAttemptAt: Date | null;
    lastStatusCode: number | null;
    lastError: string | null;
  }>(
    `SELECT id, event_type AS "eventType", status, attempts, next_attempt_at AS "nextAttemptAt",
            last_attempt_at AS "lastAttemptAt", last_status_code AS "lastStatusCode", last_error AS "lastError"
     FROM webhook_deliveries WHERE workspace_id = $1 ORDER BY created_at, id`,
    [workspaceId],
  );
};

const attemptCodes = async (workspaceId: string, deliveryId: string) => {
  const db = await getTestDb();
  return (
    await db.query<{ statusCode: number | null }>(
      `SELECT status_code AS "statusCode" FROM webhook_delivery_attempts
       WHERE workspace_id = $1 AND delivery_id = $2 ORDER BY attempt`,
      [workspaceId, deliveryId],
    )
  ).map((row) => row.statusCode);
};

const signed = (request: ReceivedWebhook, secret: string) =>
  verifyWebhookSignature({
    secret,
    rawBody: request.rawBody,
    timestampHeader: request.headers['fulcrum-timestamp'] as string,
    signatureHeader: request.headers['fulcrum-signature'] as string,
    now: new Date(),
  });

/** An account with one stakeholder and one of our people: the usual cast of an event. */
const buildScene = async (admin: TestMember) => {
  const account = await buildAccount(admin.workspaceId, { name: 'Globex' });
  const stakeholder = await buildStakeholder(admin.workspaceId, account.id, { name: 'Eva Ito' });
  const seller = await buildTeamMember(admin.workspaceId, { name: 'Priya Seller' });
  return { account, stakeholder, seller };
};

const signalOf = async (member: TestMember, dimension: string, polarity: number) => {
  const signals = (await api.get('/api/signals?limit=100', member)).body.data as {
    id: string;
    dimension: string;
    polarity: number;
  }[];
  const signal = signals.find((s) => s.dimension === dimension && s.polarity === polarity);
  expect(signal, `a ${dimension} signal of polarity ${polarity}`).toBeDefined();
  return signal!;
};

describe('webhook delivery to a real listener', () => {
  it('signs each request so the receiver verifies it with the secret, as the README shows', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([200]);
    const hook = await subscribe(admin, target.url, ['commitment.status_changed']);
    const { account, stakeholder, seller } = await buildScene(admin);
    const commitment = await api.post(`/api/accounts/${account.id}/commitments`, admin, {
      side: 'ours',
      ownerTeamMemberId: seller.id,
      recipientStakeholderId: stakeholder.id,
      text: 'Send the security review',
      dueOn: '2026-06-01',
    });
    await api.post(`/api/commitments/${commitment.body.id}/transitions`, admin, {
      to: 'kept',
      onDay: '2026-05-20',
      note: 'INTERNAL: they nearly walked away',
    });
    // Queued with the change, sent only by the delivery run.
    expect(target.received).toHaveLength(0);
    const run = await deliverDueWebhooks(await getTestDb(), { workspaceId: admin.workspaceId });
    expect(run).toMatchObject({ attempted: 1, delivered: 1, retrying: 0, failed: 0 });

    const [request] = target.received;
    expect(signed(request!, hook.secret)).toBeNull();
    expect(signed(request!, 'whsec_not-the-secret')).toBe('mismatch');
    expect(request!.rawBody).not.toContain('INTERNAL');
    const event = webhookEventSchema('commitment.status_changed').parse(request!.body);
    expect(event.data).toEqual({
      commitment: {
        id: commitment.body.id,
        text: 'Send the security review',
        side: 'ours',
        dueOn: '2026-06-01',
        status: 'kept',
      },
      account: { id: account.id, name: 'Globex' },
      from: 'agreed',
      to: 'kept',
      onDay: '2026-05-20',
      owner: { kind: 'team-member', id: seller.id, name: 'Priya Seller' },
      recipient: { kind: 'stakeholder', id: stakeholder.id, name: 'Eva Ito' },
      successor: null,
      changedThrough: 'team',
    });

    // The snippet in the README, run as a receiver would run it.
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(verificationSnippet);
    const dir = mkdtempSync(join(tmpdir(), 'fulcrum-verify-'));
    try {
      writeFileSync(join(dir, 'verify.mjs'), verificationSnippet);
      const { verifyFulcrumWebhook } = (await import(
        pathToFileURL(join(dir, 'verify.mjs')).href
      )) as {
        verifyFulcrumWebhook: (body: string, headers: object, secret: string) => boolean;
      };
      expect(verifyFulcrumWebhook(request!.rawBody, request!.headers, hook.secret)).toBe(true);
      expect(verifyFulcrumWebhook(`${request!.rawBody} `, request!.headers, hook.secret)).toBe(
        false,
      );
      const stale = {
        ...request!.headers,
        'fulcrum-timestamp': String(Math.floor(Date.now() / 1000) - 301),
      };
      expect(verifyFulcrumWebhook(request!.rawBody, stale, hook.secret)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('retries after two 500s with backoff and delivers on the third attempt', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([500, 500, 200]);
    const hook = await subscribe(admin, target.url, ['commitment.status_changed']);
    const { account, stakeholder } = await buildScene(admin);
    const commitment = await api.post(`/api/accounts/${account.id}/commitments`, admin, {
      side: 'theirs',
      ownerStakeholderId: stakeholder.id,
      text: 'Send the usage figures',
    });
    await api.post(`/api/commitments/${commitment.body.id}/transitions`, admin, { to: 'kept' });
    const db = await getTestDb();
    expect(await deliveriesOf(admin.workspaceId)).toHaveLength(1);

    // Long enough that the check right after the first attempt is certainly before the retry.
    const baseDelayMs = 500;
    const first = await deliverDueWebhooks(db, { workspaceId: admin.workspaceId, baseDelayMs });
    expect(first).toMatchObject({ attempted: 1, retrying: 1 });
    let [row] = await deliveriesOf(admin.workspaceId);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 });
    expect(row!.nextAttemptAt!.getTime() - row!.lastAttemptAt!.getTime()).toBe(baseDelayMs);
    // Not due yet: nothing is sent before the backoff has passed.
    expect(
      (await deliverDueWebhooks(db, { workspaceId: admin.workspaceId, baseDelayMs })).attempted,
    ).toBe(0);

    await new Promise((resolve) => setTimeout(resolve, baseDelayMs + 5));
    await deliverDueWebhooks(db, { workspaceId: admin.workspaceId, baseDelayMs });
    [row] = await deliveriesOf(admin.workspaceId);
    expect(row).toMatchObject({ status: 'pending', attempts: 2 });
    // The second wait is twice the first.
    expect(row!.nextAttemptAt!.getTime() - row!.lastAttemptAt!.getTime()).toBe(2 * baseDelayMs);

    await new Promise((resolve) => setTimeout(resolve, 2 * baseDelayMs + 5));
    const third = await deliverDueWebhooks(db, { workspaceId: admin.workspaceId, baseDelayMs });
    expect(third).toMatchObject({ attempted: 1, delivered: 1 });
    [row] = await deliveriesOf(admin.workspaceId);
    expect(row).toMatchObject({
      status: 'delivered',
      attempts: 3,
      lastStatusCode: 200,
      lastError: null,
    });
    expect(await attemptCodes(admin.workspaceId, row!.id)).toEqual([500, 500, 200]);
    // The same event, signed afresh each time.
    expect(new Set(target.received.map((r) => r.body.id)).size).toBe(1);
    expect(target.received.every((r) => signed(r, hook.secret) === null)).toBe(true);
  });

  it('gives up after the eighth failed attempt and records the failure and every code', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([500]);
    await subscribe(admin, target.url, ['commitment.status_changed']);
    const { account, stakeholder } = await buildScene(admin);
    const commitment = await api.post(`/api/accounts/${account.id}/commitments`, admin, {
      side: 'theirs',
      ownerStakeholderId: stakeholder.id,
      text: 'Share the volumes',
    });
    await api.post(`/api/commitments/${commitment.body.id}/transitions`, admin, { to: 'broken' });
    const db = await getTestDb();
    // Each run claims what is due three hours from now, so every backoff (the longest is 64
    // minutes) has passed.
    for (let attempt = 1; attempt <= 8; attempt++) {
      const run = await deliverDueWebhooks(db, {
        workspaceId: admin.workspaceId,
        now: new Date(Date.now() + 3 * 3_600_000),
      });
      expect(run.attempted, `attempt ${attempt}`).toBe(1);
    }
    const [row] = await deliveriesOf(admin.workspaceId);
    expect(row).toMatchObject({
      status: 'failed',
      attempts: 8,
      nextAttemptAt: null,
      lastStatusCode: 500,
      lastError: expect.stringMatching(/answered HTTP 500/),
    });
    expect(await attemptCodes(admin.workspaceId, row!.id)).toEqual(Array(8).fill(500));
    const more = await deliverDueWebhooks(db, {
      workspaceId: admin.workspaceId,
      now: new Date(Date.now() + 100 * 3_600_000),
    });
    expect(more.attempted).toBe(0);
    expect(target.received).toHaveLength(8);
  });

  it('never sends one delivery twice when two senders run at once', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([200]);
    await subscribe(admin, target.url, ['trust.changed']);
    const { account, stakeholder } = await buildScene(admin);
    const signal = await signalOf(admin, 'corporate', 1);
    // Ten stakeholders, each moved past the threshold: ten deliveries.
    for (let i = 0; i < 10; i++) {
      const person = await buildStakeholder(admin.workspaceId, account.id, { name: `P${i}` });
      await api.post('/api/observations', admin, {
        signalId: signal.id,
        accountId: account.id,
        stakeholderId: i === 0 ? stakeholder.id : person.id,
        observedAt: '2026-01-02',
        weight: 1,
      });
    }
    const db = await getTestDb();
    const runs = await Promise.all(
      [0, 1, 2].map(() =>
        deliverDueWebhooks(db, { workspaceId: admin.workspaceId, batchSize: 3, concurrency: 2 }),
      ),
    );
    expect(runs.reduce((sum, run) => sum + run.delivered, 0)).toBe(10);
    const ids = target.received.map((r) => r.headers['fulcrum-delivery-id']);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
  });

  it('sends again a delivery whose sender died mid-attempt, once its claim has run out', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([200]);
    await subscribe(admin, target.url, ['commitment.status_changed']);
    const { account, stakeholder } = await buildScene(admin);
    const commitment = await api.post(`/api/accounts/${account.id}/commitments`, admin, {
      side: 'theirs',
      ownerStakeholderId: stakeholder.id,
      text: 'Book the workshop',
    });
    await api.post(`/api/commitments/${commitment.body.id}/transitions`, admin, { to: 'kept' });
    const db = await getTestDb();
    const [row] = await deliveriesOf(admin.workspaceId);
    await db.query(
      `UPDATE webhook_deliveries SET status = 'delivering', next_attempt_at = NULL, claim_id = gen_random_uuid(),
         claimed_until = now() + interval '1 minute' WHERE workspace_id = $1 AND id = $2`,
      [admin.workspaceId, row!.id],
    );
    expect((await deliverDueWebhooks(db, { workspaceId: admin.workspaceId })).attempted).toBe(0);
    await db.query(
      `UPDATE webhook_deliveries SET claimed_until = now() - interval '1 second' WHERE workspace_id = $1 AND id = $2`,
      [admin.workspaceId, row!.id],
    );
    const run = await deliverDueWebhooks(db, { workspaceId: admin.workspaceId });
    expect(run).toMatchObject({ attempted: 1, delivered: 1 });
    expect(target.received).toHaveLength(1);
  });

  it('runs as a job that polls, retries and stops cleanly', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([503, 200]);
    await subscribe(admin, target.url, ['commitment.status_changed']);
    const { account, stakeholder } = await buildScene(admin);
    const commitment = await api.post(`/api/accounts/${account.id}/commitments`, admin, {
      side: 'theirs',
      ownerStakeholderId: stakeholder.id,
      text: 'Send the org chart',
    });
    const db = await getTestDb();
    const job = startWebhookDeliveryJob(db, {
      intervalMs: 20,
      baseDelayMs: 30,
      workspaceId: admin.workspaceId,
    });
    try {
      await api.post(`/api/commitments/${commitment.body.id}/transitions`, admin, { to: 'kept' });
      const deadline = Date.now() + 10_000;
      while (
        Date.now() < deadline &&
        (await deliveriesOf(admin.workspaceId))[0]?.status !== 'delivered'
      )
        await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      await job.stop();
    }
    const [row] = await deliveriesOf(admin.workspaceId);
    expect(row).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200 });
    expect(await attemptCodes(admin.workspaceId, row!.id)).toEqual([503, 200]);
  });
});

describe('events emitted by the real actions', () => {
  it('alert.raised: raised by the evaluation, once, with names', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([200]);
    await subscribe(admin, target.url, ['alert.raised']);
    const { account, stakeholder, seller } = await buildScene(admin);
    await api.post('/api/relationships', admin, {
      teamMemberId: seller.id,
      stakeholderId: stakeholder.id,
      strength: 4,
    });
    const evaluated = await api.post(`/api/accounts/${account.id}/alerts/evaluate`, admin, {});
    expect(evaluated.body.raised).toBeGreaterThan(0);
    // Evaluating again raises nothing new, so nothing more is sent.
    await api.post(`/api/accounts/${account.id}/alerts/evaluate`, admin, { force: true });
    await deliverDueWebhooks(await getTestDb(), { workspaceId: admin.workspaceId });
    expect(target.received).toHaveLength(evaluated.body.raised);
    const events = target.received.map((r) => webhookEventSchema('alert.raised').parse(r.body));
    const single = events.find((e) => e.data.alert.rule === 'single-threaded');
    expect(single?.data).toMatchObject({
      account: { id: account.id, name: 'Globex' },
      alert: {
        severity: 'medium',
        isReopened: false,
        title: expect.stringContaining('Single-threaded'),
      },
    });
  });

  it('alert.raised again when a resolved situation comes back', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([200]);
    await subscribe(admin, target.url, ['alert.raised']);
    const { account, stakeholder } = await buildScene(admin);
    const leave = (status: 'left' | 'active') =>
      api.patch(`/api/stakeholders/${stakeholder.id}`, admin, {
        status,
        ...(status === 'left' ? { leftOn: new Date().toISOString().slice(0, 10) } : {}),
      });
    const evaluate = () => api.post(`/api/accounts/${account.id}/alerts/evaluate`, admin, {});
    await leave('left');
    await evaluate();
    await leave('active');
    await evaluate();
    await leave('left');
    await evaluate();
    await deliverDueWebhooks(await getTestDb(), { workspaceId: admin.workspaceId });
    // Deliveries may arrive in any order; the events say when they happened.
    const left = target.received
      .map((r) => webhookEventSchema('alert.raised').parse(r.body))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((event) => event.data.alert)
      .filter((alert) => alert.rule === 'stakeholder-left');
    expect(left.map((alert) => alert.isReopened)).toEqual([false, true]);
  });

  it('commitment.status_changed: a share-link confirmation moves proposed to agreed', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([200]);
    await subscribe(admin, target.url, ['commitment.status_changed']);
    const { account, stakeholder, seller } = await buildScene(admin);
    const commitment = await api.post(`/api/accounts/${account.id}/commitments`, admin, {
      side: 'ours',
      ownerTeamMemberId: seller.id,
      text: 'Run the pilot',
      status: 'proposed',
    });
    const link = await api.post(`/api/accounts/${account.id}/share-links`, admin, {
      scope: 'respond',
      stakeholderId: stakeholder.id,
    });
    const asShare = { headers: { authorization: `Share ${link.body.token}` } };
    const confirmed = await api.post(
      `/api/shared/commitments/${commitment.body.id}/confirm`,
      asShare,
      {},
    );
    expect(confirmed.status).toBeLessThan(300);
    // Confirming an agreed commitment again changes no status and sends nothing.
    await api.post(`/api/shared/commitments/${commitment.body.id}/confirm`, asShare, {});
    await deliverDueWebhooks(await getTestDb(), { workspaceId: admin.workspaceId });
    expect(target.received).toHaveLength(1);
    expect(
      webhookEventSchema('commitment.status_changed').parse(target.received[0]!.body).data,
    ).toMatchObject({
      from: 'proposed',
      to: 'agreed',
      changedThrough: 'share-link',
      owner: { kind: 'team-member', name: 'Priya Seller' },
    });
  });

  it('trust.changed: an observation that moves trust past the threshold, and not one that does not', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([200]);
    await subscribe(admin, target.url, ['trust.changed']);
    const { account, stakeholder, seller } = await buildScene(admin);
    const signal = await signalOf(admin, 'personal', 1);
    const observe = (weight: number) =>
      api.post('/api/observations', admin, {
        signalId: signal.id,
        accountId: account.id,
        stakeholderId: stakeholder.id,
        teamMemberId: seller.id,
        observedAt: '2026-03-01',
        weight,
      });
    // Weight 0.2 moves expected trust from 0.5 to ~0.545: under the 0.10 threshold.
    expect((await observe(0.2)).status).toBe(201);
    expect(await deliveriesOf(admin.workspaceId)).toHaveLength(0);
    // Weight 1 on top moves it from ~0.545 to ~0.688.
    const moved = await observe(1);
    await deliverDueWebhooks(await getTestDb(), { workspaceId: admin.workspaceId });
    expect(target.received).toHaveLength(1);
    const event = webhookEventSchema('trust.changed').parse(target.received[0]!.body);
    expect(event.data).toMatchObject({
      account: { id: account.id, name: 'Globex' },
      subject: { type: 'stakeholder', id: stakeholder.id, name: 'Eva Ito' },
      about: { id: seller.id, name: 'Priya Seller' },
      dimension: 'personal',
      direction: 'up',
      threshold: 0.1,
      cause: { source: 'observation', id: moved.body.id },
    });
    expect(event.data.expectedBefore).toBeCloseTo(0.5 + 0.2 / 2.2 / 2, 4);
    expect(event.data.expectedAfter).toBeCloseTo(1.2 / 3.2 + 0.5 * (2 / 3.2), 4);
    expect(event.data.change).toBeGreaterThanOrEqual(0.1);

    // A negative observation of weight 1 would now move it by ~0.33 (0.6875 → 0.355): past the
    // default threshold, but not past the 0.5 the admin sets.
    await api.put('/api/workspace/webhook-settings', admin, { trustChangeThreshold: 0.5 });
    const negative = await signalOf(admin, 'personal', -1);
    const fell = await api.post('/api/observations', admin, {
      signalId: negative.id,
      accountId: account.id,
      stakeholderId: stakeholder.id,
      teamMemberId: seller.id,
      observedAt: '2026-03-01',
      weight: 1,
    });
    expect(fell.status).toBe(201);
    expect(await deliveriesOf(admin.workspaceId)).toHaveLength(1);
    await api.put('/api/workspace/webhook-settings', admin, { trustChangeThreshold: 0.1 });
    await api.post(`/api/observations/${fell.body.id}/retract`, admin, {});
    // Retracting it moves the score back up by the same ~0.33: that is sent.
    const [, back] = await deliveriesOf(admin.workspaceId);
    expect(back?.eventType).toBe('trust.changed');
  });

  it('pulse.received (and the trust it moves) through a respond share link', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([200]);
    await subscribe(admin, target.url, ['pulse.received', 'trust.changed']);
    const { account, stakeholder } = await buildScene(admin);
    const link = await api.post(`/api/accounts/${account.id}/share-links`, admin, {
      scope: 'respond',
      stakeholderId: stakeholder.id,
    });
    const pulse = await api.post(
      '/api/shared/pulse',
      { headers: { authorization: `Share ${link.body.token}` } },
      { trustAnswer: 5, valueAnswer: 2, backingAnswer: 3, comment: 'Good so far' },
    );
    expect(pulse.status).toBe(201);
    await deliverDueWebhooks(await getTestDb(), { workspaceId: admin.workspaceId });
    const byType = (type: string) => target.received.filter((r) => r.body.type === type);
    expect(byType('pulse.received')).toHaveLength(1);
    expect(
      webhookEventSchema('pulse.received').parse(byType('pulse.received')[0]!.body).data,
    ).toEqual({
      pulse: {
        id: pulse.body.id,
        trustAnswer: 5,
        valueAnswer: 2,
        backingAnswer: 3,
        comment: 'Good so far',
        receivedAt: expect.any(String),
      },
      account: { id: account.id, name: 'Globex' },
      stakeholder: { id: stakeholder.id, name: 'Eva Ito' },
      shareLinkId: link.body.id,
    });
    // A 5 lifts personal trust in the stakeholder; a 2 lowers capability trust in the account.
    const trust = byType('trust.changed').map(
      (r) => webhookEventSchema('trust.changed').parse(r.body).data,
    );
    expect(trust.map((t) => [t.dimension, t.direction, t.cause.source]).sort()).toEqual([
      ['capability', 'down', 'pulse'],
      ['personal', 'up', 'pulse'],
    ]);
  });

  it('sends nothing for a change that rolls back', async () => {
    const admin = await buildMember({ role: 'admin' });
    await subscribe(admin, 'https://hooks.example.com/in', [
      'commitment.status_changed',
      'trust.changed',
    ]);
    const { account, stakeholder } = await buildScene(admin);
    const commitment = await api.post(`/api/accounts/${account.id}/commitments`, admin, {
      side: 'theirs',
      ownerStakeholderId: stakeholder.id,
      text: 'Send the data',
    });
    const db = await getTestDb();
    await expect(
      db.transaction(async (tx) => {
        await transitionCommitment(tx, admin.actor, commitment.body.id, {
          to: 'kept',
          onDay: '2026-04-01',
        });
        // The transition queued its events inside this transaction...
        expect(
          (
            await tx.query('SELECT 1 FROM webhook_deliveries WHERE workspace_id = $1', [
              admin.workspaceId,
            ])
          ).length,
        ).toBeGreaterThan(0);
        throw new Error('something later in the same transaction failed');
      }),
    ).rejects.toThrow(/later in the same transaction/);
    // ...and they went with it.
    expect(await deliveriesOf(admin.workspaceId)).toEqual([]);
    expect((await api.get(`/api/commitments/${commitment.body.id}`, admin)).body.status).toBe(
      'agreed',
    );

    // A batch refused for one bad observation queues nothing either.
    const signal = await signalOf(admin, 'corporate', 1);
    const batch = await api.post('/api/observations/batch', admin, {
      observations: [
        {
          signalId: signal.id,
          accountId: account.id,
          stakeholderId: stakeholder.id,
          observedAt: '2026-01-01',
          weight: 1,
        },
        {
          signalId: signal.id,
          accountId: account.id,
          stakeholderId: account.id,
          observedAt: '2026-01-01',
        },
      ],
    });
    expect(batch.status).toBe(422);
    expect(await deliveriesOf(admin.workspaceId)).toEqual([]);
  });

  it('queues nothing for disabled endpoints or events they did not subscribe to', async () => {
    const admin = await buildMember({ role: 'admin' });
    const hook = await subscribe(admin, 'https://hooks.example.com/in', ['pulse.received']);
    const other = await subscribe(admin, 'https://hooks.example.com/off', [
      'commitment.status_changed',
    ]);
    await api.patch(`/api/webhooks/${other.id}`, admin, { isEnabled: false });
    const { account, stakeholder } = await buildScene(admin);
    const commitment = await api.post(`/api/accounts/${account.id}/commitments`, admin, {
      side: 'theirs',
      ownerStakeholderId: stakeholder.id,
      text: 'Send the data',
    });
    await api.post(`/api/commitments/${commitment.body.id}/transitions`, admin, { to: 'kept' });
    expect(await deliveriesOf(admin.workspaceId)).toEqual([]);
    expect(hook.id).toEqual(expect.any(String));
  });
});

afterAll(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});
