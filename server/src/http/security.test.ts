import { describe, expect, it } from 'vitest';
import { getTestDb } from '../test/test-db.ts';
import {
  buildAccount,
  buildMember,
  buildOpportunity,
  buildSignedInMember,
  buildStakeholder,
  buildTeamMember,
  type TestMember,
} from '../test/factories.ts';
import { api, type As, getTestServer } from '../test/test-server.ts';
import { isSharedPath, publicPaths, viewerMayCall } from './app.ts';

/** A workspace with one of everything, so every path parameter has a real id to point at. */
const buildEverything = async (owner: TestMember) => {
  const account = await buildAccount(owner.workspaceId, { name: 'Secret Account' });
  const stakeholder = await buildStakeholder(owner.workspaceId, account.id, {
    name: 'Secret Stakeholder',
  });
  const teamMember = await buildTeamMember(owner.workspaceId, { name: 'Secret Seller' });
  const opportunity = await buildOpportunity(owner.workspaceId, account.id, {
    name: 'Secret Deal',
  });
  const relationship = await api.post('/api/relationships', owner, {
    teamMemberId: teamMember.id,
    stakeholderId: stakeholder.id,
    strength: 3,
  });
  const competitor = await api.post(`/api/opportunities/${opportunity.id}/competitors`, owner, {
    name: 'Secret Rival',
  });
  const signal = (await api.get('/api/signals?limit=1', owner)).body.data[0];
  const observation = await api.post('/api/observations', owner, {
    signalId: signal.id,
    accountId: account.id,
    observedAt: '2026-01-01',
  });
  const commitment = await api.post(`/api/accounts/${account.id}/commitments`, owner, {
    side: 'ours',
    ownerTeamMemberId: teamMember.id,
    text: 'Secret promise',
  });
  const goal = await api.post(`/api/accounts/${account.id}/plan-goals`, owner, {
    kind: 'initiative',
    name: 'Secret initiative',
  });
  const requirement = await api.post(`/api/accounts/${account.id}/plan-requirements`, owner, {
    name: 'Secret requirement',
  });
  const objective = await api.post(`/api/accounts/${account.id}/plan-objectives`, owner, {
    name: 'Secret objective',
  });
  const valueDelivery = await api.post(`/api/accounts/${account.id}/value-deliveries`, owner, {
    name: 'Secret value',
    deliveredOn: '2026-01-01',
  });
  const shareLink = await api.post(`/api/accounts/${account.id}/share-links`, owner, {
    scope: 'respond',
  });
  const tokens = (await api.get('/api/api-tokens', owner)).body.data;
  // One relationship makes the account single-threaded, which raises an alert.
  await api.post(`/api/accounts/${account.id}/alerts/evaluate`, owner, {});
  const alert = (await api.get(`/api/alerts?accountId=${account.id}`, owner)).body.data[0];
  // Nothing listens on the discard port: the test delivery fails at once, leaving a log entry.
  const webhook = await api.post('/api/webhooks', owner, {
    url: 'http://127.0.0.1:9/secret-hook',
    events: ['alert.raised'],
    description: 'Secret hook',
  });
  const delivery = await api.post(`/api/webhooks/${webhook.body.id}/test`, owner, {});
  const ids: Record<string, string> = {
    accountId: account.id,
    stakeholderId: stakeholder.id,
    teamMemberId: teamMember.id,
    opportunityId: opportunity.id,
    relationshipId: relationship.body.id,
    competitorId: competitor.body.id,
    signalId: signal.id,
    observationId: observation.body.id,
    commitmentId: commitment.body.id,
    goalId: goal.body.id,
    requirementId: requirement.body.id,
    objectiveId: objective.body.id,
    valueDeliveryId: valueDelivery.body.id,
    tokenId: tokens[0].id,
    alertId: alert?.id,
    shareLinkId: shareLink.body.id,
    webhookId: webhook.body.id,
    deliveryId: delivery.body.id,
  };
  for (const [name, id] of Object.entries(ids))
    expect(id, `fixture for ${name}`).toEqual(expect.any(String));
  return ids;
};

// Queries a route requires, so that the request reaches the handler and its tenancy check.
const requiredQueries: Record<string, string> = {
  '/api/accounts/:accountId/trust/changes': '?from=2026-01-01',
};

const fill = (url: string, ids: Record<string, string>) =>
  (requiredQueries[url] ?? '') === ''
    ? fillPath(url, ids)
    : fillPath(url, ids) + requiredQueries[url];

const fillPath = (url: string, ids: Record<string, string>) =>
  url.replace(/:(\w+)/g, (_, name: string) => {
    const id = ids[name];
    if (id === undefined)
      throw new Error(`the security suite has no fixture for :${name}; add one to buildEverything`);
    return id;
  });

/** Sends a request the way a client would: no body on GET and DELETE, JSON otherwise. */
const call = (method: string, path: string, as: As, body = '{}') =>
  method === 'GET'
    ? api.get(path, as)
    : method === 'DELETE'
      ? api.delete(path, as)
      : api.raw(method, path, as, body);

const apiRoutes = async () => {
  const { app } = await getTestServer();
  return app.routeTable.filter(
    (route) =>
      route.url.startsWith('/api/') &&
      // The customer-facing routes take only share links; they have their own cases below.
      !isSharedPath(route.url) &&
      !publicPaths.some((path) => route.url.startsWith(path)) &&
      !(route.method === 'POST' && route.url === '/api/session'),
  );
};

const tableCounts = async (workspaceId: string) => {
  const db = await getTestDb();
  const tables = await db.query<{ table: string }>(
    `SELECT table_name AS "table" FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'workspace_id'`,
  );
  const counts: Record<string, number> = {};
  for (const { table } of tables) {
    const [row] = await db.query<{ count: number; changed: string | null }>(
      `SELECT count(*)::int AS count FROM ${table} WHERE workspace_id = $1`,
      [workspaceId],
    );
    counts[table] = row!.count;
  }
  return counts;
};

describe('security: every route in the route table', () => {
  it('answers 401 with a problem document to requests without credentials', async () => {
    const owner = await buildMember({ role: 'owner' });
    const ids = await buildEverything(owner);
    const routes = await apiRoutes();
    expect(routes.length).toBeGreaterThan(40);
    for (const route of routes) {
      const response = await call(route.method, fill(route.url, ids), null);
      expect(response.status, `${route.method} ${route.url}`).toBe(401);
      expect(response.headers.get('content-type'), `${route.method} ${route.url}`).toMatch(
        /^application\/problem\+json/,
      );
    }
    console.log(`security: ${routes.length} routes refused without credentials`);
  });

  it("never shows or changes another workspace's records: their ids are simply not found", async () => {
    const stranger = await buildMember({ role: 'owner' });
    const ids = await buildEverything(stranger);
    const before = await tableCounts(stranger.workspaceId);
    const intruder = await buildMember({ role: 'owner' });
    const routes = (await apiRoutes()).filter((route) => route.url.includes(':'));
    let notFound = 0;
    for (const route of routes) {
      const body = route.url.endsWith('/transitions') ? JSON.stringify({ to: 'kept' }) : '{}';
      const response = await call(route.method, fill(route.url, ids), intruder, body);
      const label = `${route.method} ${route.url}`;
      expect(response.status, label).toBeGreaterThanOrEqual(400);
      expect(response.status, label).toBeLessThan(500);
      expect(response.text, label).not.toMatch(/Secret /);
      // Creating under a foreign parent may fail validation first; everything else is a plain 404.
      if (
        route.method !== 'POST' ||
        route.url.endsWith('/transitions') ||
        route.url.endsWith('/retract')
      ) {
        expect(response.status, label).toBe(404);
      }
      if (response.status === 404) notFound++;
    }
    expect(await tableCounts(stranger.workspaceId)).toEqual(before);
    console.log(
      `security: ${routes.length} routes with ids checked across workspaces, ${notFound} answered 404, nothing written`,
    );
  });

  it('refuses every write to a viewer with 403 before reading the body', async () => {
    const owner = await buildMember({ role: 'owner' });
    const ids = await buildEverything(owner);
    const viewer = await buildMember({ role: 'viewer', workspaceId: owner.workspaceId });
    const before = await tableCounts(owner.workspaceId);
    const writes = (await apiRoutes()).filter(
      (route) => route.method !== 'GET' && !viewerMayCall.has(`${route.method} ${route.url}`),
    );
    for (const route of writes) {
      const response = await call(route.method, fill(route.url, ids), viewer);
      expect(response.status, `${route.method} ${route.url}`).toBe(403);
      expect(response.body.code).toBe('forbidden');
    }
    // Nothing written, not even an audit entry.
    expect(await tableCounts(owner.workspaceId)).toEqual(before);
    console.log(`security: ${writes.length} write routes refused to a viewer`);
  });
});

const sharedRoutes = async () => {
  const { app } = await getTestServer();
  return app.routeTable.filter((route) => isSharedPath(route.url));
};

const asShare = (token: string) => ({ headers: { authorization: `Share ${token}` } });

const shareLinkOf = async (owner: TestMember, accountId: string, scope: 'view' | 'respond') => {
  const created = await api.post(`/api/accounts/${accountId}/share-links`, owner, { scope });
  expect(created.status).toBe(201);
  return created.body as { id: string; token: string };
};

// Bodies that would pass validation, so a refusal comes from the link, not the schema.
const sharedBodies: Record<string, string> = {
  'POST /api/shared/commitments/:commitmentId/comments': JSON.stringify({ text: 'hello' }),
  'POST /api/shared/commitments': JSON.stringify({ text: 'We will send the data' }),
  'POST /api/shared/pulse': JSON.stringify({ trustAnswer: 5, valueAnswer: 5, backingAnswer: 5 }),
};

describe('security: share links', () => {
  it('reach no internal route: every route of the route table answers 401 or 404, nothing written', async () => {
    const owner = await buildMember({ role: 'owner' });
    const ids = await buildEverything(owner);
    const link = await shareLinkOf(owner, ids.accountId!, 'respond');
    const before = await tableCounts(owner.workspaceId);
    const routes = await apiRoutes();
    for (const route of routes) {
      const response = await call(route.method, fill(route.url, ids), asShare(link.token));
      expect([401, 404], `${route.method} ${route.url}`).toContain(response.status);
      expect(response.text, `${route.method} ${route.url}`).not.toMatch(/Secret /);
    }
    // Only the link's last use moved.
    expect(await tableCounts(owner.workspaceId)).toEqual(before);
    console.log(`security: ${routes.length} internal routes refused to a share link`);
  });

  it('finds nothing of another account or workspace through a link: their ids are not found', async () => {
    const owner = await buildMember({ role: 'owner' });
    const ids = await buildEverything(owner);
    const elsewhere = await buildAccount(owner.workspaceId, { name: 'Other Account' });
    const link = await shareLinkOf(owner, elsewhere.id, 'respond');
    const stranger = await buildMember({ role: 'owner' });
    const foreign = await buildEverything(stranger);
    const before = await tableCounts(owner.workspaceId);
    const strangerBefore = await tableCounts(stranger.workspaceId);
    const routes = (await sharedRoutes()).filter((route) => route.url.includes(':'));
    expect(routes.length).toBeGreaterThanOrEqual(3);
    for (const target of [ids, foreign]) {
      for (const route of routes) {
        const label = `${route.method} ${route.url}`;
        const response = await call(
          route.method,
          fill(route.url, target),
          asShare(link.token),
          sharedBodies[label] ?? '{}',
        );
        expect(response.status, label).toBe(404);
        expect(response.text, label).not.toMatch(/Secret /);
      }
    }
    const view = await api.get('/api/shared', asShare(link.token));
    expect(view.text).not.toMatch(/Secret /);
    expect(await tableCounts(owner.workspaceId)).toEqual(before);
    expect(await tableCounts(stranger.workspaceId)).toEqual(strangerBefore);
    console.log(`security: ${routes.length * 2} cross-account share-link requests answered 404`);
  });

  it('refuses expired, revoked and forged links with 401 and view links on respond actions with 403, writing nothing', async () => {
    const owner = await buildMember({ role: 'owner' });
    const ids = await buildEverything(owner);
    const db = await getTestDb();
    const expired = await shareLinkOf(owner, ids.accountId!, 'respond');
    await db.query(
      `UPDATE share_links SET expires_at = now() - interval '1 minute' WHERE workspace_id = $1 AND id = $2`,
      [owner.workspaceId, expired.id],
    );
    const revoked = await shareLinkOf(owner, ids.accountId!, 'respond');
    await api.post(`/api/share-links/${revoked.id}/revoke`, owner);
    const viewOnly = await shareLinkOf(owner, ids.accountId!, 'view');
    const forged = `share_${owner.workspaceId}_${'A'.repeat(43)}`;
    const before = await tableCounts(owner.workspaceId);
    const routes = await sharedRoutes();
    let cases = 0;
    for (const route of routes) {
      const label = `${route.method} ${route.url}`;
      const body = sharedBodies[label] ?? '{}';
      for (const token of [expired.token, revoked.token, forged]) {
        const response = await call(route.method, fill(route.url, ids), asShare(token), body);
        expect(response.status, `${label} with a dead link`).toBe(401);
        expect(response.body.code).toBe('unauthenticated');
        cases++;
      }
      if (route.method !== 'GET') {
        const response = await call(
          route.method,
          fill(route.url, ids),
          asShare(viewOnly.token),
          body,
        );
        expect(response.status, `${label} with a view link`).toBe(403);
        cases++;
      }
      // A session or API token is not a share link.
      const member = await call(route.method, fill(route.url, ids), owner, body);
      expect(member.status, `${label} as a member`).toBe(401);
      cases++;
    }
    const after = await tableCounts(owner.workspaceId);
    expect(after).toEqual(before);
    console.log(
      `security: ${cases} shared-view requests with dead, view-only or member credentials refused`,
    );
  });
});

describe('security: hostile input', () => {
  const payloads = [
    "'; DROP TABLE accounts; --",
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    "Robert'); DELETE FROM evidence WHERE ('1'='1",
    '{{7*7}} ${7*7}',
  ];

  // Write routes with free text, each with the body that stores a payload and where to read it.
  const textRoutes: {
    name: string;
    create: (ids: Record<string, string>, text: string) => [string, Record<string, unknown>];
    read: (ids: Record<string, string>, id: string) => string;
    fields: string[];
  }[] = [
    {
      name: 'account',
      create: (_, text) => ['/api/accounts', { name: text, notes: text }],
      read: (_, id) => `/api/accounts/${id}`,
      fields: ['name', 'notes'],
    },
    {
      name: 'stakeholder',
      create: (ids, text) => [
        `/api/accounts/${ids.accountId}/stakeholders`,
        { name: text, title: text, buyingRole: 'user', seniority: 'staff', notes: text },
      ],
      read: (_, id) => `/api/stakeholders/${id}`,
      fields: ['name', 'title', 'notes'],
    },
    {
      name: 'commitment',
      create: (ids, text) => [
        `/api/accounts/${ids.accountId}/commitments`,
        { side: 'ours', ownerTeamMemberId: ids.teamMemberId, text },
      ],
      read: (_, id) => `/api/commitments/${id}`,
      fields: ['text'],
    },
    {
      name: 'plan goal',
      create: (ids, text) => [
        `/api/accounts/${ids.accountId}/plan-goals`,
        { kind: 'initiative', name: text, description: text },
      ],
      read: (ids) => `/api/accounts/${ids.accountId}/mutual-plan`,
      fields: ['name'],
    },
    {
      name: 'webhook',
      create: (_, text) => [
        '/api/webhooks',
        { url: 'https://hooks.example.test/in', events: ['alert.raised'], description: text },
      ],
      read: (_, id) => `/api/webhooks/${id}`,
      fields: ['description'],
    },
  ];

  it('stores SQL, HTML and template payloads as plain text on every kind of text, returned inert as JSON', async () => {
    const owner = await buildMember({ role: 'owner' });
    const ids = await buildEverything(owner);
    let cases = 0;
    for (const route of textRoutes) {
      for (const payload of payloads) {
        const [path, body] = route.create(ids, payload);
        const created = await api.post(path, owner, body);
        expect(created.status, `${route.name}: ${payload}`).toBe(201);
        expect(created.headers.get('content-type')).toMatch(/^application\/json/);
        const read = await api.get(route.read(ids, created.body.id), owner);
        expect(read.status).toBe(200);
        // The text comes back exactly as sent: stored as data, never run.
        expect(read.text).toContain(JSON.stringify(payload).slice(1, -1));
        for (const field of route.fields.filter((f) => f in created.body))
          expect(created.body[field], `${route.name}.${field}`).toBe(payload);
        cases++;
      }
    }
    const found = await api.get(`/api/accounts?q=${encodeURIComponent(payloads[0]!)}`, owner);
    expect(found.body.data.map((a: { name: string }) => a.name)).toEqual([payloads[0]]);
    // Nothing was dropped or deleted by a payload.
    expect((await api.get(`/api/accounts/${ids.accountId}`, owner)).status).toBe(200);
    console.log(`security: ${cases} SQL/HTML/script payloads stored and returned inert`);
  });

  it('answers hostile bodies on every write route with 4xx problem documents, never 500', async () => {
    // A signed-in owner reaches every write route, including the member-only ones.
    const owner = await buildSignedInMember({ role: 'owner' });
    const ids = await buildEverything(owner);
    const deep = '{"name":"x","notes":' + '['.repeat(5000) + ']'.repeat(5000) + '}';
    const bodies: [string, string][] = [
      ['deep JSON', deep],
      ['an array', '[1,2,3]'],
      ['a number for a name', '{"name": 12}'],
      ['a huge number', '{"name": "x", "notes": 1e400}'],
      ['prototype pollution', '{"name": "x", "__proto__": {"admin": true}}'],
      ['a NUL byte', '{"name": "x\\u0000y"}'],
      ['an unknown field', '{"definitelyNotAField": true}'],
      ['malformed JSON', '{"name": "x",'],
      ['an oversized body', JSON.stringify({ name: 'x'.repeat(1.1 * 1024 * 1024) })],
    ];
    // DELETE routes take no body; the shared routes are sent with a respond link.
    const link = await shareLinkOf(owner, ids.accountId!, 'respond');
    const writes = [
      ...(await apiRoutes()).map((route) => ({ ...route, as: owner })),
      ...(await sharedRoutes()).map((route) => ({ ...route, as: asShare(link.token) })),
    ].filter((route) => route.method !== 'GET' && route.method !== 'DELETE');
    expect(writes.length).toBeGreaterThan(30);
    let cases = 0;
    for (const route of writes) {
      for (const [label, body] of bodies) {
        const what = `${route.method} ${route.url} with ${label}`;
        const response = await api.raw(route.method, fill(route.url, ids), route.as, body);
        expect(response.status, what).toBeLessThan(500);
        // A route that reads a body refuses every one of these; one without a body ignores it,
        // except what no route accepts: malformed, polluted or oversized JSON.
        const mustRefuse =
          route.hasBody ||
          ['prototype pollution', 'malformed JSON', 'an oversized body'].includes(label);
        if (mustRefuse) expect(response.status, what).toBeGreaterThanOrEqual(400);
        if (response.status >= 400)
          expect(response.headers.get('content-type'), what).toMatch(/^application\/problem\+json/);
        cases++;
      }
    }
    console.log(
      `security: ${cases} hostile bodies sent to ${writes.length} write routes, none answered 500`,
    );
  });
});
