import { describe, expect, it } from 'vitest';
import {
  buildAccount,
  buildMember,
  buildSignedInMember,
  buildStakeholder,
  buildTeamMember,
  type TestMember,
} from '../../../test/factories.ts';
import { getTestDb } from '../../../test/test-db.ts';
import { api } from '../../../test/test-server.ts';

type Entry = {
  id: string;
  action: string;
  entity: { type: string; id: string; label: string };
  actor: { kind?: string; side?: string; name: string | null; isYou?: boolean };
  changes: { field: string; before: unknown; after: unknown }[];
};

const asShare = (token: string) => ({ headers: { authorization: `Share ${token}` } });

const auditOf = async (member: TestMember, accountId: string, query = '') => {
  const res = await api.get(`/api/accounts/${accountId}/audit-log?limit=100${query}`, member);
  expect(res.status).toBe(200);
  return res.body.data as Entry[];
};

/** An account with a commitment of ours, changed the ways a team changes things. */
const buildHistory = async (member: TestMember) => {
  const account = await buildAccount(member.workspaceId, {
    name: 'Fjord Shipping',
    notes: 'INTERNAL note',
  });
  const stakeholder = await buildStakeholder(member.workspaceId, account.id, { name: 'Lene Dahl' });
  const seller = await buildTeamMember(member.workspaceId, { name: 'Ari Seller' });
  const created = await api.post(`/api/accounts/${account.id}/commitments`, member, {
    side: 'ours',
    ownerTeamMemberId: seller.id,
    recipientStakeholderId: stakeholder.id,
    text: 'Send the pilot report',
    dueOn: '2027-01-15',
    status: 'proposed',
  });
  expect(created.status).toBe(201);
  const commitmentId = created.body.id as string;
  expect(
    (await api.patch(`/api/accounts/${account.id}`, member, { industry: 'Shipping' })).status,
  ).toBe(200);
  expect(
    (await api.post(`/api/commitments/${commitmentId}/transitions`, member, { to: 'agreed' }))
      .status,
  ).toBe(200);
  expect(
    (await api.put(`/api/accounts/${account.id}/mutual-plan`, member, { strategy: 'Go north' }))
      .status,
  ).toBe(200);
  return { account, stakeholder, seller, commitmentId };
};

describe('GET /api/accounts/:accountId/audit-log', () => {
  it('lists every change to the account with who made it, when, and before and after', async () => {
    const member = await buildMember({ role: 'member' });
    const { account, commitmentId } = await buildHistory(member);

    const entries = await auditOf(member, account.id);

    const accountUpdate = entries.find(
      (e) => e.entity.type === 'account' && e.action === 'update',
    )!;
    expect(accountUpdate.changes).toEqual([{ field: 'industry', before: null, after: 'Shipping' }]);
    expect(accountUpdate.actor).toEqual({
      kind: 'token',
      name: 'test (API token of Test User)',
    });
    const transition = entries.find((e) => e.entity.id === commitmentId && e.action === 'update')!;
    expect(transition.entity).toEqual({
      type: 'commitment',
      id: commitmentId,
      label: 'Send the pilot report',
    });
    expect(transition.changes).toContainEqual({
      field: 'status',
      before: 'proposed',
      after: 'agreed',
    });
    const created = entries.find((e) => e.entity.id === commitmentId && e.action === 'create')!;
    expect(created.changes).toContainEqual({
      field: 'text',
      before: null,
      after: 'Send the pilot report',
    });
    expect(entries.some((e) => e.entity.type === 'mutual-plan')).toBe(true);
    // Newest first.
    expect(entries.map((e) => Number(e.id))).toEqual(
      entries.map((e) => Number(e.id)).sort((a, b) => b - a),
    );
  });

  it('names the signed-in member and keeps secrets out of the log', async () => {
    const member = await buildSignedInMember({ role: 'owner' });
    const account = await buildAccount(member.workspaceId, { name: 'Kestrel Air' });
    const link = await api.post(`/api/accounts/${account.id}/share-links`, member, {
      scope: 'view',
    });
    expect(link.status).toBe(201);
    const revoked = await api.post(`/api/share-links/${link.body.id}/revoke`, member);
    expect(revoked.status).toBe(200);

    const entries = await auditOf(member, account.id, '&entityType=share-link');

    expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
    expect(entries.every((e) => e.actor.kind === 'member' && e.actor.name === 'Test User')).toBe(
      true,
    );
    expect(entries[0]!.changes.map((c) => c.field)).toEqual(['revokedAt']);
    const text = JSON.stringify(entries);
    expect(text).not.toContain('tokenHash');
    expect(text).not.toContain(link.body.token.split('_').at(-1));
  });

  it('says when a share link made the change, and whose link it was', async () => {
    const member = await buildMember({ role: 'member' });
    const { account, stakeholder, commitmentId } = await buildHistory(member);
    const link = await api.post(`/api/accounts/${account.id}/share-links`, member, {
      scope: 'respond',
      stakeholderId: stakeholder.id,
    });
    await api.post('/api/shared/pulse', asShare(link.body.token), {
      trustAnswer: 4,
      valueAnswer: 3,
      backingAnswer: 5,
    });
    await api.post(`/api/shared/commitments/${commitmentId}/comments`, asShare(link.body.token), {
      text: 'Looking forward to it',
    });

    const entries = await auditOf(member, account.id);

    const byShare = entries.filter((e) => e.actor.kind === 'share');
    expect(new Set(byShare.map((e) => e.entity.type))).toEqual(
      new Set(['pulse', 'evidence', 'share-response']),
    );
    expect(byShare.every((e) => e.actor.name === 'Share link for Lene Dahl')).toBe(true);
  });

  it('filters by kind of record, actor and text, and pages with a cursor', async () => {
    const member = await buildMember({ role: 'member' });
    const { account } = await buildHistory(member);
    const commitments = await auditOf(member, account.id, '&entityType=commitment');
    expect(commitments.length).toBeGreaterThan(1);
    expect(commitments.every((e) => e.entity.type === 'commitment')).toBe(true);
    expect(await auditOf(member, account.id, '&actorKind=share')).toEqual([]);
    const found = await auditOf(member, account.id, '&q=pilot');
    expect(found.every((e) => e.entity.label.includes('pilot'))).toBe(true);

    const all = await auditOf(member, account.id);
    const first = await api.get(`/api/accounts/${account.id}/audit-log?limit=2`, member);
    expect(first.body.data).toHaveLength(2);
    expect(first.body.page.total).toBe(all.length);
    const second = await api.get(
      `/api/accounts/${account.id}/audit-log?limit=2&cursor=${first.body.page.nextCursor}`,
      member,
    );
    expect(second.body.data.map((e: Entry) => e.id)).toEqual(all.slice(2, 4).map((e) => e.id));
  });

  it('is readable by viewers, refuses a forged cursor, and hides other workspaces', async () => {
    const member = await buildMember({ role: 'member' });
    const { account } = await buildHistory(member);
    const viewer = await buildMember({ role: 'viewer', workspaceId: member.workspaceId });
    expect((await api.get(`/api/accounts/${account.id}/audit-log`, viewer)).status).toBe(200);

    const bad = await api.get(`/api/accounts/${account.id}/audit-log?cursor=abc`, member);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/querystring/cursor');

    const stranger = await buildMember({ role: 'owner' });
    expect((await api.get(`/api/accounts/${account.id}/audit-log`, stranger)).status).toBe(404);
    const theirs = await api.get(`/api/audit-log?accountId=${account.id}`, stranger);
    expect(theirs.body.data).toEqual([]);
  });
});

describe('GET /api/audit-log', () => {
  it('holds workspace-wide changes too, such as the trust settings', async () => {
    const admin = await buildSignedInMember({ role: 'admin' });
    const settings = await api.get('/api/workspace/trust-settings', admin);
    for (const asymmetry of [4, 5]) {
      const saved = await api.put('/api/workspace/trust-settings', admin, {
        ...settings.body.settings,
        asymmetry,
      });
      expect(saved.status, saved.text).toBe(200);
    }

    const res = await api.get('/api/audit-log?entityType=trust-settings', admin);

    expect(res.status).toBe(200);
    const [latest] = res.body.data as Entry[];
    expect(latest!.action).toBe('update');
    expect(latest!.actor).toEqual({ kind: 'member', name: 'Test User' });
    const [change] = latest!.changes as { field: string; before: any; after: any }[];
    expect([change!.field, change!.before.asymmetry, change!.after.asymmetry]).toEqual([
      'settings',
      4,
      5,
    ]);
  });

  it('follows webhooks and their secret rotations without ever holding a secret', async () => {
    const admin = await buildMember({ role: 'admin' });
    const created = await api.post('/api/webhooks', admin, {
      url: 'https://hooks.example.test/fulcrum',
      events: ['alert.raised'],
    });
    expect(created.status, created.text).toBe(201);
    const rotated = await api.post(`/api/webhooks/${created.body.id}/rotate-secret`, admin);
    expect(rotated.status, rotated.text).toBe(200);

    const res = await api.get('/api/audit-log?limit=100', admin);

    const entries = (res.body.data as Entry[]).filter((e) => e.entity.type.startsWith('webhook'));
    expect(entries.map((e) => [e.entity.type, e.action])).toEqual([
      ['webhook-secret', 'update'],
      ['webhook-secret', 'create'],
      ['webhook', 'create'],
    ]);
    expect(entries.at(-1)!.entity.label).toBe('https://hooks.example.test/fulcrum');
    const text = JSON.stringify(res.body);
    for (const secret of [created.body.secret, rotated.body.secret]) {
      expect(typeof secret).toBe('string');
      expect(text).not.toContain(secret);
    }
  });

  it('attributes every change made through the API to its actor, never to the system', async () => {
    const member = await buildMember({ role: 'member' });
    await buildHistory(member);
    const db = await getTestDb();
    const [before] = await db.query<{ latest: string }>(
      'SELECT coalesce(max(id), 0)::text AS latest FROM audit_log WHERE workspace_id = $1',
      [member.workspaceId],
    );
    const account = await api.post('/api/accounts', member, { name: 'Via the API' });
    await api.post(`/api/accounts/${account.body.id}/plan-goals`, member, {
      kind: 'initiative',
      name: 'Cut costs',
    });
    await api.post(`/api/accounts/${account.body.id}/self-checks`, member, {
      trustAnswer: 3,
      valueAnswer: 3,
      backingAnswer: 3,
    });

    const kinds = await db.query<{ actorKind: string }>(
      'SELECT DISTINCT actor_kind AS "actorKind" FROM audit_log WHERE workspace_id = $1 AND id > $2',
      [member.workspaceId, before!.latest],
    );
    expect(kinds).toEqual([{ actorKind: 'token' }]);
  });

  it('cannot be edited or emptied, even by the database owner', async () => {
    const member = await buildMember({ role: 'member' });
    await buildHistory(member);
    const db = await getTestDb();
    await expect(
      db.query('UPDATE audit_log SET actor_label = $2 WHERE workspace_id = $1', [
        member.workspaceId,
        'forged',
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.query('DELETE FROM audit_log WHERE workspace_id = $1', [member.workspaceId]),
    ).rejects.toThrow(/append-only/);
  });
});

describe('GET /api/shared/history', () => {
  it('shows the account the history of what is shared, without our internal fields', async () => {
    const member = await buildMember({ role: 'member' });
    const { account, stakeholder, commitmentId } = await buildHistory(member);
    await api.post('/api/observations', member, {
      signalId: (await api.get('/api/signals?limit=1', member)).body.data[0].id,
      accountId: account.id,
      stakeholderId: stakeholder.id,
      observedAt: '2026-11-01',
      note: 'INTERNAL observation',
    });
    const link = await api.post(`/api/accounts/${account.id}/share-links`, member, {
      scope: 'respond',
      stakeholderId: stakeholder.id,
    });
    const other = await buildAccount(member.workspaceId, { name: 'Other account' });
    await api.patch(`/api/accounts/${other.id}`, member, { name: 'Other account, renamed' });

    const res = await api.get('/api/shared/history', asShare(link.body.token));

    expect(res.status).toBe(200);
    const entries = res.body.data as Entry[];
    expect(new Set(entries.map((e) => e.entity.type))).toEqual(
      new Set(['commitment', 'mutual-plan']),
    );
    const transition = entries.find((e) => e.entity.id === commitmentId && e.action === 'update')!;
    expect(transition.actor).toEqual({ side: 'team', name: null, isYou: false });
    expect(transition.changes).toEqual([{ field: 'status', before: 'proposed', after: 'agreed' }]);
    const text = JSON.stringify(res.body);
    for (const secret of ['INTERNAL', 'ownerTeamMemberId', 'Ari Seller', 'Test User', 'renamed'])
      expect(text).not.toContain(secret);
  });

  it('marks the changes the link itself made as theirs', async () => {
    const member = await buildMember({ role: 'member' });
    const { account, stakeholder } = await buildHistory(member);
    const link = await api.post(`/api/accounts/${account.id}/share-links`, member, {
      scope: 'respond',
      stakeholderId: stakeholder.id,
    });
    const proposed = await api.post('/api/shared/commitments', asShare(link.body.token), {
      text: 'We will send the volumes by Friday',
    });
    expect(proposed.status).toBe(201);

    const res = await api.get('/api/shared/history?limit=1', asShare(link.body.token));

    const [entry] = res.body.data as Entry[];
    expect(entry!.entity.label).toBe('We will send the volumes by Friday');
    expect(entry!.actor).toEqual({ side: 'account', name: 'Lene Dahl', isYou: true });
    expect(res.body.page.nextCursor).not.toBeNull();
  });
});
