import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { buildMember, buildSignedInMember } from '../../../test/factories.ts';
import { getTestDb } from '../../../test/test-db.ts';
import { api } from '../../../test/test-server.ts';

describe('/api/api-tokens', () => {
  it('shows a new token once, lists it without its secret, and revokes it at once', async () => {
    const admin = await buildSignedInMember({ role: 'admin' });
    const created = await api.post('/api/api-tokens', admin, { name: 'CRM sync', role: 'viewer' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^fulcrum_/);
    const bearer = { headers: { authorization: `Bearer ${created.body.token}` } };
    expect((await api.get('/api/accounts', bearer)).status).toBe(200);

    const listed = await api.get('/api/api-tokens', admin);
    const entry = listed.body.data.find((t: { id: string }) => t.id === created.body.id);
    expect(entry).toMatchObject({ name: 'CRM sync', role: 'viewer', revokedAt: null });
    expect(entry.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token.slice(-20));

    expect((await api.delete(`/api/api-tokens/${created.body.id}`, admin)).status).toBe(204);
    const after = await api.get('/api/accounts', bearer);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('unauthenticated');
  });

  it('acts with its role: a viewer token cannot write', async () => {
    const owner = await buildSignedInMember({ role: 'owner' });
    const created = await api.post('/api/api-tokens', owner, { name: 'read only', role: 'viewer' });
    const bearer = { headers: { authorization: `Bearer ${created.body.token}` } };
    expect((await api.post('/api/accounts', bearer, { name: 'X' })).status).toBe(403);
  });

  it('refuses a token above your own role', async () => {
    const member = await buildSignedInMember({ role: 'member' });
    const tooHigh = await api.post('/api/api-tokens', member, { name: 'escalate', role: 'admin' });
    expect(tooHigh.status).toBe(403);
    expect(tooHigh.body.detail).toMatch(/cannot create a token with the admin role/);
    expect(
      (await api.post('/api/api-tokens', member, { name: 'same', role: 'member' })).status,
    ).toBe(201);
  });

  it('never lets a token create another token', async () => {
    const owner = await buildMember({ role: 'owner' });
    const response = await api.post('/api/api-tokens', owner, { name: 'child', role: 'viewer' });
    expect(response.status).toBe(403);
    expect(response.body.detail).toMatch(/API tokens cannot create other tokens/);
  });

  it('refuses forged, malformed and foreign-workspace tokens', async () => {
    const member = await buildMember();
    const forged = member.headers.authorization!.replace(/.{4}$/, 'AAAA');
    expect((await api.get('/api/accounts', { headers: { authorization: forged } })).status).toBe(
      401,
    );
    expect(
      (await api.get('/api/accounts', { headers: { authorization: 'Bearer nonsense' } })).status,
    ).toBe(401);
    expect(
      (await api.get('/api/accounts', { headers: { authorization: 'Basic abc' } })).status,
    ).toBe(401);
    const other = await buildMember();
    const secret = member.headers.authorization!.split('_').at(-1);
    const transplanted = `Bearer fulcrum_${other.workspaceId}_${secret}`;
    expect(
      (await api.get('/api/accounts', { headers: { authorization: transplanted } })).status,
    ).toBe(401);
  });

  it('lets only the creator or an admin revoke, and hides other workspaces’ tokens', async () => {
    const admin = await buildMember({ role: 'admin' });
    const member = await buildMember({ role: 'member', workspaceId: admin.workspaceId });
    const stranger = await buildMember();
    const tokens = await api.get('/api/api-tokens', admin);
    const adminToken = tokens.body.data.find(
      (t: { createdByUserId: string }) => t.createdByUserId === admin.userId,
    );
    expect((await api.delete(`/api/api-tokens/${adminToken.id}`, member)).status).toBe(403);
    expect((await api.delete(`/api/api-tokens/${adminToken.id}`, stranger)).status).toBe(404);
  });
});

describe('API token rate limit', () => {
  it('answers 429 once a client creates tokens faster than allowed', async () => {
    const app = await buildApp({ db: await getTestDb(), tokenWritesPerMinute: 2 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as AddressInfo;
      const admin = await buildSignedInMember({ role: 'admin' });
      const create = () =>
        fetch(`http://127.0.0.1:${port}/api/api-tokens`, {
          method: 'POST',
          headers: { ...admin.headers, 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'burst', role: 'viewer' }),
        });
      expect((await create()).status).toBe(201);
      expect((await create()).status).toBe(201);
      const limited = await create();
      expect(limited.status).toBe(429);
      expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await limited.json()).toMatchObject({ code: 'rate-limited' });
    } finally {
      await app.close();
    }
  });
});
