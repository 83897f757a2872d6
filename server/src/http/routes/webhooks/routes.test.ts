import { PassThrough } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { limits } from '@fulcrum/core';
import { backupDatabase } from '../../../commands/index.ts';
import { getTestDb } from '../../../test/test-db.ts';
import { buildMember, type TestMember } from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';
import { startWebhookReceiver } from '../../../test/webhook-receiver.ts';
import { verifyWebhookSignature } from '../../../webhooks/signature.ts';
import { webhookEventSchema } from '../../../webhooks/payload-schemas.ts';

const receivers: { close: () => Promise<void> }[] = [];
const receiver = async (statuses?: number[]) => {
  const started = await startWebhookReceiver(statuses);
  receivers.push(started);
  return started;
};
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

const create = (as: TestMember, body: Record<string, unknown>) =>
  api.post('/api/webhooks', as, {
    url: 'https://hooks.example.com/fulcrum',
    events: ['alert.raised'],
    ...body,
  });

describe('POST /api/webhooks and reading them back', () => {
  it('shows the signing secret once, at creation, and masked everywhere after', async () => {
    const admin = await buildMember({ role: 'admin' });
    const created = await create(admin, {
      description: 'CRM sync',
      events: ['trust.changed', 'alert.raised', 'alert.raised'],
    });
    expect(created.status).toBe(201);
    const { secret } = created.body;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.body).toMatchObject({
      url: 'https://hooks.example.com/fulcrum',
      description: 'CRM sync',
      // Once each, in the catalogue's order.
      events: ['alert.raised', 'trust.changed'],
      isEnabled: true,
      secretMasked: `whsec_••••••••${secret.slice(-4)}`,
      lastDelivery: null,
      deliveryCounts: { waiting: 0, failed: 0 },
      abilities: { update: true, archive: true, rotateSecret: true, test: true, restore: false },
    });

    const one = await api.get(`/api/webhooks/${created.body.id}`, admin);
    const list = await api.get('/api/webhooks', admin);
    for (const response of [one, list]) {
      expect(response.status).toBe(200);
      expect(response.text).not.toContain(secret);
      expect(response.text).not.toMatch(/"secret"/);
    }
    expect(list.body).toMatchObject({ page: { total: 1 }, abilities: { create: true } });
    expect(list.body.data[0]).toMatchObject({
      id: created.body.id,
      secretMasked: one.body.secretMasked,
    });
  });

  it.each([
    ['an ftp address', { url: 'ftp://example.com/in' }, '/url'],
    ['credentials in the address', { url: 'https://bob:pw@example.com/in' }, '/url'],
    ['a relative address', { url: '/hooks' }, '/url'],
    [
      'an address too long',
      { url: `https://example.com/${'x'.repeat(limits.webhookUrlMax)}` },
      '/url',
    ],
    ['an unknown event', { events: ['alert.raised', 'deal.won'] }, '/events/1'],
    ['the test event as a subscription', { events: ['webhook.test'] }, '/events/0'],
    ['no events', { events: [] }, '/events'],
    ['an unknown field', { secret: 'mine' }, '/secret'],
    [
      'a description too long',
      { description: 'x'.repeat(limits.webhookDescriptionMax + 1) },
      '/description',
    ],
  ])('refuses %s with a pointer to the field', async (_label, body, pointer) => {
    const admin = await buildMember({ role: 'admin' });
    const response = await create(admin, body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('validation-failed');
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    expect((await api.get('/api/webhooks', admin)).body.page.total).toBe(0);
  });

  it('lets members and viewers read the list and log without secrets, and only admins change them', async () => {
    const owner = await buildMember({ role: 'owner' });
    const created = await create(owner, {});
    expect(created.status).toBe(201);
    for (const role of ['member', 'viewer'] as const) {
      const reader = await buildMember({ role, workspaceId: owner.workspaceId });
      const list = await api.get('/api/webhooks', reader);
      expect(list.status).toBe(200);
      expect(list.body.abilities).toEqual({ create: false });
      expect(list.body.data[0].abilities).toEqual({
        update: false,
        archive: false,
        restore: false,
        rotateSecret: false,
        test: false,
      });
      expect(list.text).not.toContain(created.body.secret);
      const log = await api.get(`/api/webhooks/${created.body.id}/deliveries`, reader);
      expect(log.status).toBe(200);
      for (const [method, path, body] of [
        ['POST', '/api/webhooks', { url: 'https://x.example.com', events: ['alert.raised'] }],
        ['PATCH', `/api/webhooks/${created.body.id}`, { isEnabled: false }],
        ['POST', `/api/webhooks/${created.body.id}/rotate-secret`, {}],
        ['POST', `/api/webhooks/${created.body.id}/test`, {}],
        ['PUT', '/api/workspace/webhook-settings', { trustChangeThreshold: 0.2 }],
      ] as const) {
        const response = await api.raw(method, path, reader, JSON.stringify(body));
        expect(response.status, `${role} ${method} ${path}`).toBe(403);
        expect(response.body.code).toBe('forbidden');
      }
    }
    const after = await api.get(`/api/webhooks/${created.body.id}`, owner);
    expect(after.body).toMatchObject({ isEnabled: true, secretRotatedAt: null });
  });

  it('lets an admin API token manage webhooks', async () => {
    const admin = await buildMember({ role: 'admin' });
    // buildMember signs requests with an API token of the member's role.
    expect(admin.headers.authorization).toMatch(/^Bearer /);
    expect((await create(admin, {})).status).toBe(201);
  });

  it("answers 404 for another workspace's webhooks and deliveries and changes nothing", async () => {
    const owner = await buildMember({ role: 'owner' });
    const target = await receiver([500]);
    const created = await create(owner, { url: target.url });
    const test = await api.post(`/api/webhooks/${created.body.id}/test`, owner, {});
    expect(test.body.status).toBe('failed');
    const intruder = await buildMember({ role: 'owner' });
    for (const [method, path] of [
      ['GET', `/api/webhooks/${created.body.id}`],
      ['PATCH', `/api/webhooks/${created.body.id}`],
      ['POST', `/api/webhooks/${created.body.id}/rotate-secret`],
      ['POST', `/api/webhooks/${created.body.id}/test`],
      ['GET', `/api/webhooks/${created.body.id}/deliveries`],
      ['GET', `/api/webhook-deliveries/${test.body.id}`],
      ['POST', `/api/webhook-deliveries/${test.body.id}/retry`],
    ] as const) {
      const response =
        method === 'GET'
          ? await api.get(path, intruder)
          : await api.raw(
              method,
              path,
              intruder,
              JSON.stringify(method === 'PATCH' ? { isEnabled: false } : {}),
            );
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.text).not.toContain(target.url);
    }
    expect(target.received).toHaveLength(1);
    expect((await api.get('/api/webhooks', intruder)).body.page.total).toBe(0);
    expect((await api.get(`/api/webhooks/${created.body.id}`, owner)).body.isEnabled).toBe(true);
  });

  it('refuses a 26th live webhook', async () => {
    const admin = await buildMember({ role: 'admin' });
    for (let i = 0; i < limits.webhooksPerWorkspaceMax; i++) {
      expect((await create(admin, { url: `https://hooks.example.com/${i}` })).status).toBe(201);
    }
    const extra = await create(admin, {});
    expect(extra.status).toBe(422);
    expect(extra.body.detail).toMatch(/at most 25 webhooks/);
  });
});

describe('POST /api/webhooks/:webhookId/test', () => {
  it('sends a signed webhook.test now and answers with the receiver’s status code', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([200]);
    const created = await create(admin, { url: target.url, description: 'Ops' });
    const test = await api.post(`/api/webhooks/${created.body.id}/test`, admin, {});
    expect(test.status).toBe(200);
    expect(test.body).toMatchObject({
      eventType: 'webhook.test',
      status: 'delivered',
      attempts: 1,
      maxAttempts: 1,
      lastStatusCode: 200,
      lastError: null,
      abilities: { retry: false },
    });
    expect(test.body.attemptLog).toEqual([
      expect.objectContaining({
        attempt: 1,
        statusCode: 200,
        error: null,
        responseExcerpt: 'thanks',
      }),
    ]);

    expect(target.received).toHaveLength(1);
    const [request] = target.received;
    expect(
      verifyWebhookSignature({
        secret: created.body.secret,
        rawBody: request!.rawBody,
        timestampHeader: request!.headers['fulcrum-timestamp'] as string,
        signatureHeader: request!.headers['fulcrum-signature'] as string,
        now: new Date(),
      }),
    ).toBeNull();
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['fulcrum-event-id']).toBe(request!.body.id);
    expect(request!.headers['fulcrum-delivery-id']).toBe(test.body.id);
    expect(request!.headers['fulcrum-event-type']).toBe('webhook.test');
    const event = webhookEventSchema('webhook.test').parse(request!.body);
    expect(event).toMatchObject({
      workspaceId: admin.workspaceId,
      data: { webhook: { id: created.body.id, url: target.url, description: 'Ops' } },
    });
    expect(test.body.payload).toEqual(request!.body);

    const listed = await api.get('/api/webhooks', admin);
    expect(listed.body.data[0].lastDelivery).toMatchObject({
      id: test.body.id,
      status: 'delivered',
      statusCode: 200,
      eventType: 'webhook.test',
    });
  });

  it('records a 500 as failed with its code, and a retry by hand sends it again', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([500, 204]);
    const created = await create(admin, { url: target.url });
    const test = await api.post(`/api/webhooks/${created.body.id}/test`, admin, {});
    expect(test.body).toMatchObject({
      status: 'failed',
      lastStatusCode: 500,
      lastError: expect.stringMatching(/answered HTTP 500/),
      abilities: { retry: true },
    });
    expect(test.body.attemptLog[0].responseExcerpt).toBe('receiver says no (500)');

    const retried = await api.post(`/api/webhook-deliveries/${test.body.id}/retry`, admin, {});
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 204 });
    expect(retried.body.attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([
      500, 204,
    ]);
    // The same event both times: a receiver dedupes by its id.
    expect(target.received.map((r) => r.body.id)).toEqual([test.body.eventId, test.body.eventId]);

    const again = await api.post(`/api/webhook-deliveries/${test.body.id}/retry`, admin, {});
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/this one is delivered/);
  });

  it('records a network error when nothing listens', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver();
    await target.close();
    const created = await create(admin, { url: target.url });
    const test = await api.post(`/api/webhooks/${created.body.id}/test`, admin, {});
    expect(test.body).toMatchObject({
      status: 'failed',
      lastStatusCode: null,
      lastError: expect.stringMatching(/connection was refused \(ECONNREFUSED\)/),
    });
  });

  it('refuses to test a disabled webhook', async () => {
    const admin = await buildMember({ role: 'admin' });
    const created = await create(admin, { isEnabled: false });
    expect(created.body.abilities.test).toBe(false);
    const test = await api.post(`/api/webhooks/${created.body.id}/test`, admin, {});
    expect(test.status).toBe(409);
    expect(test.body.detail).toMatch(/disabled/);
  });
});

describe('PATCH /api/webhooks/:webhookId and rotating the secret', () => {
  it('changes events and address, disables (failing what waits), archives and restores', async () => {
    const admin = await buildMember({ role: 'admin' });
    const created = await create(admin, {});
    const id = created.body.id as string;
    const changed = await api.patch(`/api/webhooks/${id}`, admin, {
      events: ['pulse.received', 'commitment.status_changed'],
      url: 'https://other.example.com/in',
      description: '',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      events: ['commitment.status_changed', 'pulse.received'],
      url: 'https://other.example.com/in',
      description: null,
    });
    const badUrl = await api.patch(`/api/webhooks/${id}`, admin, { url: 'mailto:a@b.c' });
    expect(badUrl.status).toBe(400);

    // A waiting delivery is given up when the endpoint is switched off.
    const db = await getTestDb();
    await db.query(
      `INSERT INTO webhook_deliveries (workspace_id, id, webhook_id, event_id, event_type, body, status, max_attempts, next_attempt_at)
       VALUES ($1, gen_random_uuid(), $2, gen_random_uuid(), 'pulse.received', '{}', 'pending', 8, now() + interval '1 hour')`,
      [admin.workspaceId, id],
    );
    const disabled = await api.patch(`/api/webhooks/${id}`, admin, { isEnabled: false });
    expect(disabled.body).toMatchObject({
      isEnabled: false,
      deliveryCounts: { waiting: 0, failed: 1 },
      abilities: { test: false },
    });
    const log = await api.get(`/api/webhooks/${id}/deliveries?status=failed`, admin);
    expect(log.body.data[0].lastError).toMatch(/disabled before this delivery was sent/);
    // Disabled: the retry waits until it is enabled again.
    expect(log.body.data[0].abilities.retry).toBe(false);

    const archived = await api.patch(`/api/webhooks/${id}`, admin, { archived: true });
    expect(archived.body).toMatchObject({
      archivedAt: expect.any(String),
      abilities: { update: false, restore: true, rotateSecret: false },
    });
    expect((await api.get('/api/webhooks', admin)).body.page.total).toBe(0);
    expect((await api.get('/api/webhooks?archived=true', admin)).body.page.total).toBe(1);
    const changeArchived = await api.patch(`/api/webhooks/${id}`, admin, { isEnabled: true });
    expect(changeArchived.status).toBe(409);
    const restored = await api.patch(`/api/webhooks/${id}`, admin, {
      archived: false,
      isEnabled: true,
    });
    expect(restored.body).toMatchObject({ archivedAt: null, isEnabled: true });
  });

  it('rotates the secret (shown once); for a day requests carry both signatures', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([200]);
    const created = await create(admin, { url: target.url });
    const rotated = await api.post(`/api/webhooks/${created.body.id}/rotate-secret`, admin, {});
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    expect(rotated.body).toMatchObject({
      secretMasked: `whsec_••••••••${rotated.body.secret.slice(-4)}`,
      secretRotatedAt: expect.any(String),
      previousSecretExpiresAt: expect.any(String),
    });
    const graceHours =
      (Date.parse(rotated.body.previousSecretExpiresAt) -
        Date.parse(rotated.body.secretRotatedAt)) /
      3_600_000;
    expect(graceHours).toBeCloseTo(24, 3);
    expect((await api.get(`/api/webhooks/${created.body.id}`, admin)).text).not.toContain(
      rotated.body.secret,
    );

    await api.post(`/api/webhooks/${created.body.id}/test`, admin, {});
    const [request] = target.received;
    expect(String(request!.headers['fulcrum-signature']).split(',')).toHaveLength(2);
    for (const secret of [created.body.secret, rotated.body.secret]) {
      expect(
        verifyWebhookSignature({
          secret,
          rawBody: request!.rawBody,
          timestampHeader: request!.headers['fulcrum-timestamp'] as string,
          signatureHeader: request!.headers['fulcrum-signature'] as string,
          now: new Date(),
        }),
      ).toBeNull();
    }

    // Once the grace period is over, only the new secret signs.
    const db = await getTestDb();
    await db.query(
      `UPDATE webhook_secrets SET previous_secret_expires_at = now() - interval '1 second' WHERE workspace_id = $1`,
      [admin.workspaceId],
    );
    await api.post(`/api/webhooks/${created.body.id}/test`, admin, {});
    const later = target.received[1]!;
    expect(String(later.headers['fulcrum-signature']).split(',')).toHaveLength(1);
    expect(
      verifyWebhookSignature({
        secret: created.body.secret,
        rawBody: later.rawBody,
        timestampHeader: later.headers['fulcrum-timestamp'] as string,
        signatureHeader: later.headers['fulcrum-signature'] as string,
        now: new Date(),
      }),
    ).toBe('mismatch');
  });
});

describe('GET /api/webhooks/:webhookId/deliveries', () => {
  it('pages the log newest first, each delivery with its attempts', async () => {
    const admin = await buildMember({ role: 'admin' });
    const target = await receiver([200, 500, 200]);
    const created = await create(admin, { url: target.url });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await api.post(`/api/webhooks/${created.body.id}/test`, admin, {})).body.id);
    const first = await api.get(`/api/webhooks/${created.body.id}/deliveries?limit=2`, admin);
    expect(first.status).toBe(200);
    expect(first.body.page.total).toBe(3);
    expect(first.body.data.map((d: { id: string }) => d.id)).toEqual([ids[2], ids[1]]);
    expect(first.body.data[1]).toMatchObject({ status: 'failed', lastStatusCode: 500 });
    expect(first.body.data[1].attemptLog).toHaveLength(1);
    const second = await api.get(
      `/api/webhooks/${created.body.id}/deliveries?limit=2&cursor=${first.body.page.nextCursor}`,
      admin,
    );
    expect(second.body.data.map((d: { id: string }) => d.id)).toEqual([ids[0]]);
    expect(second.body.page.nextCursor).toBeNull();
    const failed = await api.get(
      `/api/webhooks/${created.body.id}/deliveries?status=failed`,
      admin,
    );
    expect(failed.body.data.map((d: { id: string }) => d.id)).toEqual([ids[1]]);
    const bad = await api.get(`/api/webhooks/${created.body.id}/deliveries?status=lost`, admin);
    expect(bad.status).toBe(400);
  });
});

describe('/api/workspace/webhook-settings', () => {
  it('starts at a 0.10 threshold that admins change within 0.01–1', async () => {
    const admin = await buildMember({ role: 'admin' });
    const initial = await api.get('/api/workspace/webhook-settings', admin);
    expect(initial.body).toEqual({
      trustChangeThreshold: 0.1,
      updatedAt: null,
      abilities: { update: true },
    });
    const changed = await api.put('/api/workspace/webhook-settings', admin, {
      trustChangeThreshold: 0.25,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      trustChangeThreshold: 0.25,
      updatedAt: expect.any(String),
    });
    for (const value of [0, 1.5, '0.2']) {
      const refused = await api.put('/api/workspace/webhook-settings', admin, {
        trustChangeThreshold: value,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].pointer).toBe('/trustChangeThreshold');
    }
    const viewer = await buildMember({ role: 'viewer', workspaceId: admin.workspaceId });
    const seen = await api.get('/api/workspace/webhook-settings', viewer);
    expect(seen.body).toMatchObject({ trustChangeThreshold: 0.25, abilities: { update: false } });
  });
});

describe('webhooks in the export and the API description', () => {
  it('keeps signing secrets out of the workspace export', async () => {
    const owner = await buildMember({ role: 'owner' });
    const created = await create(owner, {});
    const exported = await api.get('/api/export?format=jsonl', owner);
    expect(exported.status).toBe(200);
    expect(exported.text).toContain(created.body.id);
    expect(exported.text).not.toContain(created.body.secret);
    // No rows of the secrets table (the audit log may say a secret was made, never what it is).
    const tables = exported.text
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { table: string }).table);
    expect(tables).toContain('webhook_endpoints');
    expect(tables).not.toContain('webhook_secrets');

    // A backup, unlike an export, keeps them: a restored installation must still sign.
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    await backupDatabase(await getTestDb(), sink, {
      workspaceId: owner.workspaceId,
      now: new Date(),
    });
    const backup = gunzipSync(Buffer.concat(chunks)).toString('utf8');
    expect(backup).toContain('"webhook_secrets"');
    expect(backup).toContain(created.body.secret);
  });

  it('documents the routes, every event body and how to verify a signature', async () => {
    const document = (await api.get('/api/openapi.json', null)).body;
    for (const path of [
      '/api/webhooks',
      '/api/webhooks/{webhookId}',
      '/api/webhooks/{webhookId}/rotate-secret',
      '/api/webhooks/{webhookId}/test',
      '/api/webhooks/{webhookId}/deliveries',
      '/api/webhook-deliveries/{deliveryId}/retry',
      '/api/workspace/webhook-settings',
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    expect(Object.keys(document.webhooks)).toEqual([
      'alert.raised',
      'commitment.status_changed',
      'trust.changed',
      'pulse.received',
      'webhook.test',
    ]);
    const trust =
      document.webhooks['trust.changed'].post.requestBody.content['application/json'].schema;
    expect(trust.properties.data.required).toEqual(
      expect.arrayContaining(['expectedBefore', 'expectedAfter']),
    );
    const tag = document.tags.find((t: { name: string }) => t.name === 'Webhooks');
    expect(tag.description).toMatch(/timingSafeEqual/);
    expect(tag.description).toMatch(/older \(or newer\) than 5 minutes/);
  });
});
