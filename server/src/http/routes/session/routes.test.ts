import type { AddressInfo } from 'node:net';
import { buildApp } from '../../app.ts';
import { describe, expect, it } from 'vitest';
import {
  buildAccount,
  buildMember,
  buildUser,
  buildWorkspace,
  testPassword,
} from '../../../test/factories.ts';
import { getTestDb } from '../../../test/test-db.ts';
import { api } from '../../../test/test-server.ts';
import { upsertMembership } from '../../../db/index.ts';

const signIn = async (email: string) => {
  const response = await api.post('/api/session', null, { email, password: testPassword });
  const cookie = response.headers.get('set-cookie') ?? '';
  return { response, cookie, session: cookie.split(';')[0] ?? '' };
};

describe('/api/session', () => {
  it('signs in with a password and sets an HttpOnly, SameSite session cookie', async () => {
    const member = await buildMember({ role: 'admin' });
    const user = await buildUser();
    await upsertMembership(await getTestDb(), {
      workspaceId: member.workspaceId,
      userId: user.id,
      role: 'admin',
    });

    const { response, cookie } = await signIn(user.email.toUpperCase());
    expect(response.status).toBe(200);
    expect(cookie).toMatch(/fulcrum_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(response.body).toMatchObject({
      user: { email: user.email },
      currentWorkspace: { id: member.workspaceId, role: 'admin' },
    });
    expect(response.body.csrfToken).toEqual(expect.any(String));
  });

  it('refuses a wrong password or unknown email with the same 401', async () => {
    const user = await buildUser();
    const wrong = await api.post('/api/session', null, {
      email: user.email,
      password: 'not the password',
    });
    const unknown = await api.post('/api/session', null, {
      email: 'nobody@example.test',
      password: 'whatever123',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('needs the CSRF token for writes made with the cookie', async () => {
    const member = await buildMember();
    const user = await buildUser();
    await upsertMembership(await getTestDb(), {
      workspaceId: member.workspaceId,
      userId: user.id,
      role: 'member',
    });
    const { response, session } = await signIn(user.email);

    const withoutToken = await api.post(
      '/api/accounts',
      { headers: { cookie: session } },
      { name: 'Forged' },
    );
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.body.detail).toMatch(/x-csrf-token/);
    const wrongToken = await api.post(
      '/api/accounts',
      { headers: { cookie: session, 'x-csrf-token': 'guess' } },
      { name: 'Forged' },
    );
    expect(wrongToken.status).toBe(403);

    const withToken = await api.post(
      '/api/accounts',
      { headers: { cookie: session, 'x-csrf-token': response.body.csrfToken } },
      { name: 'Real' },
    );
    expect(withToken.status).toBe(201);
    // Reads need no token.
    expect(
      (await api.get('/api/accounts', { headers: { cookie: session } })).body.data,
    ).toHaveLength(1);
  });

  it('switches between the workspaces a user belongs to, and no others', async () => {
    const user = await buildUser();
    const db = await getTestDb();
    const first = await buildWorkspace('First');
    const second = await buildWorkspace('Second');
    const foreign = await buildWorkspace('Foreign');
    await upsertMembership(db, { workspaceId: first.id, userId: user.id, role: 'owner' });
    await upsertMembership(db, { workspaceId: second.id, userId: user.id, role: 'viewer' });
    await buildAccount(second.id, { name: 'Only in second' });
    const { response, session } = await signIn(user.email);
    const headers = { cookie: session, 'x-csrf-token': response.body.csrfToken };
    expect(response.body.workspaces).toHaveLength(2);

    const switched = await api.put(
      '/api/session/workspace',
      { headers },
      { workspaceId: second.id },
    );
    expect(switched.body.currentWorkspace).toMatchObject({ id: second.id, role: 'viewer' });
    const accounts = await api.get('/api/accounts', { headers });
    expect(accounts.body.data.map((a: { name: string }) => a.name)).toEqual(['Only in second']);

    const refused = await api.put(
      '/api/session/workspace',
      { headers },
      { workspaceId: foreign.id },
    );
    expect(refused.status).toBe(404);
  });

  it('signs out, after which the cookie no longer works', async () => {
    const member = await buildMember();
    const user = await buildUser();
    await upsertMembership(await getTestDb(), {
      workspaceId: member.workspaceId,
      userId: user.id,
      role: 'member',
    });
    const { response, session } = await signIn(user.email);
    const headers = { cookie: session, 'x-csrf-token': response.body.csrfToken };
    expect((await api.delete('/api/session', { headers })).status).toBe(204);
    expect((await api.get('/api/session', { headers })).status).toBe(401);
    expect((await api.get('/api/accounts', { headers })).status).toBe(401);
  });

  it('answers 401 with a problem document when there are no credentials', async () => {
    const response = await api.get('/api/accounts', null);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'unauthenticated', status: 401 });
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 with a problem document once a client exceeds its attempts', async () => {
    const app = await buildApp({ db: await getTestDb(), signInAttemptsPerMinute: 2 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as AddressInfo;
      const attempt = () =>
        fetch(`http://127.0.0.1:${port}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'nobody@example.test', password: 'wrong-password' }),
        });
      expect((await attempt()).status).toBe(401);
      expect((await attempt()).status).toBe(401);
      const limited = await attempt();
      expect(limited.status).toBe(429);
      expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await limited.json()).toMatchObject({ code: 'rate-limited' });
    } finally {
      await app.close();
    }
  });
});

describe('sign-in lockout', () => {
  it('locks an account after five failed sign-ins in a row, even for the right password', async () => {
    const user = await buildUser();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        (await api.post('/api/session', null, { email: user.email, password: 'wrong password' }))
          .status,
      ).toBe(401);
    }
    const locked = await api.post('/api/session', null, {
      email: user.email,
      password: testPassword,
    });
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: 'rate-limited' });
    expect(locked.body.detail).toMatch(/Try again in 15 minutes/);
    expect(locked.headers.get('set-cookie')).toBeNull();
  });

  it('forgives failures once the right password is given', async () => {
    const user = await buildUser();
    for (let attempt = 0; attempt < 4; attempt++) {
      await api.post('/api/session', null, { email: user.email, password: 'wrong password' });
    }
    expect(
      (await api.post('/api/session', null, { email: user.email, password: testPassword })).status,
    ).toBe(200);
    for (let attempt = 0; attempt < 4; attempt++) {
      await api.post('/api/session', null, { email: user.email, password: 'wrong password' });
    }
    expect(
      (await api.post('/api/session', null, { email: user.email, password: testPassword })).status,
    ).toBe(200);
  });
});
