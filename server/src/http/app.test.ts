import { describe, expect, it } from 'vitest';
import { buildMember } from '../test/factories.ts';
import { api } from '../test/test-server.ts';
import { contentSecurityPolicy } from './app.ts';

describe('the HTTP app', () => {
  it('answers /healthz', async () => {
    const response = await api.get('/healthz', null);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('serves an OpenAPI 3 document covering every API route, and readable docs', async () => {
    const response = await api.get('/api/openapi.json', null);
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/accounts',
      '/api/accounts/{accountId}/stakeholders',
      '/api/relationships',
      '/api/opportunities/{opportunityId}/competitors',
      '/api/team-members',
      '/api/api-tokens',
      '/api/session',
    ]) {
      expect(Object.keys(response.body.paths)).toContain(path);
    }
    const docs = await api.get('/api/docs/', null);
    expect(docs.status).toBe(200);
    expect(docs.text).toMatch(/swagger/i);
  });

  it.each([
    ['malformed JSON', '{"name": "x",', 400],
    ['a JSON string instead of an object', '"just a string"', 400],
    ['null', 'null', 400],
  ])('answers %s with a 4xx problem document', async (_label, raw, status) => {
    const member = await buildMember();
    const response = await api.raw('POST', '/api/accounts', member, raw);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.detail).toEqual(expect.any(String));
  });

  it('refuses an oversized body with 413', async () => {
    const member = await buildMember();
    const response = await api.post('/api/accounts', member, {
      name: 'x',
      notes: 'y'.repeat(2 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload-too-large');
  });

  it('answers unknown routes and methods with a problem document', async () => {
    const member = await buildMember();
    const unknown = await api.get('/api/unicorns', member);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const wrongMethod = await api.delete('/api/accounts', member);
    expect(wrongMethod.status).toBe(404);
    expect(wrongMethod.body.code).toBe('not-found');
  });

  it('rejects a malformed id as not found, not as a server error', async () => {
    const member = await buildMember();
    const response = await api.get("/api/accounts/1'%20OR%201=1", member);
    expect(response.status).toBe(404);
  });

  it('sets security headers on every response, a content security policy included', async () => {
    for (const path of ['/healthz', '/api/accounts', '/no-such-page']) {
      const response = await api.get(path, null);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('content-security-policy'), path).toBe(contentSecurityPolicy);
      expect(contentSecurityPolicy).toContain("script-src 'self'");
      expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe/);
    }
    // The API docs page keeps the policy of its own plugin, just as strict on scripts.
    const docs = await api.get('/api/docs', null);
    expect(docs.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(docs.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
  });
});
