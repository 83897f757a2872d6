import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../test/test-db.ts';
import {
  buildAccount,
  buildMember,
  buildOpportunity,
  buildStakeholder,
  buildTeamMember,
} from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

const signalNamed = async (member: { headers: Record<string, string> }, name: string) => {
  const signals = await api.get(`/api/signals?q=${encodeURIComponent(name)}`, member);
  return signals.body.data[0];
};

describe('/api/observations', () => {
  it('logs an observation, whose evidence moves the account’s trust at once', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const person = await buildStakeholder(member.workspaceId, account.id);
    const seller = await buildTeamMember(member.workspaceId);
    const signal = await signalNamed(member, 'Avoids our meetings');
    expect(signal).toMatchObject({ dimension: 'personal', polarity: -1 });

    const before = await api.get(`/api/accounts/${account.id}/trust`, member);
    expect(before.body.dimensions.personal).toMatchObject({
      expected: 0.5,
      uncertainty: 1,
      evidenceCount: 0,
    });

    const created = await api.post('/api/observations', member, {
      signalId: signal.id,
      accountId: account.id,
      stakeholderId: person.id,
      teamMemberId: seller.id,
      observedAt: new Date().toISOString().slice(0, 10),
      note: 'Skipped the steering committee twice',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      signalName: 'Avoids our meetings',
      dimension: 'personal',
      polarity: -1,
      weight: 0.5,
    });

    const after = await api.get(`/api/accounts/${account.id}/trust`, member);
    expect(after.body.dimensions.personal.expected).toBeLessThan(0.5);
    expect(after.body.dimensions.personal.evidenceCount).toBe(1);
    expect(after.body.dimensions.personal.topEvidence[0]).toMatchObject({
      label: 'Avoids our meetings',
      note: 'Skipped the steering committee twice',
      share: 1,
    });
    const stakeholder = after.body.stakeholders.find(
      (s: { stakeholderId: string }) => s.stakeholderId === person.id,
    );
    expect(stakeholder.personalByTeamMember[0]).toMatchObject({ teamMemberId: seller.id });
    expect(stakeholder.personalByTeamMember[0].expected).toBeLessThan(0.5);
  });

  it('logs a batch of observations all or nothing, with pointers to the bad ones', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const signal = await signalNamed(member, 'Refers us to peers');
    const good = { signalId: signal.id, accountId: account.id, observedAt: '2026-01-15' };
    const bad = await api.post('/api/observations/batch', member, {
      observations: [good, { ...good, stakeholderId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      { pointer: '/observations/1/stakeholderId', detail: 'is not a stakeholder of this account' },
    ]);
    expect(
      (await api.get(`/api/accounts/${account.id}/observations`, member)).body.page.total,
    ).toBe(0);

    const ok = await api.post('/api/observations/batch', member, {
      observations: Array.from({ length: 20 }, () => good),
    });
    expect(ok.status).toBe(201);
    expect(ok.body.created).toBe(20);
    expect(
      (await api.get(`/api/accounts/${account.id}/observations`, member)).body.page.total,
    ).toBe(20);
    const tooMany = await api.post('/api/observations/batch', member, {
      observations: Array.from({ length: 1001 }, () => good),
    });
    expect(tooMany.status).toBe(400);
  });

  it('retracts an observation with reversing evidence, leaving the ledger whole', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const signal = await signalNamed(member, 'Missed a promise to us');
    const created = await api.post('/api/observations', member, {
      signalId: signal.id,
      accountId: account.id,
      observedAt: '2026-06-01',
    });
    const hurt = await api.get(`/api/accounts/${account.id}/trust`, member);
    expect(hurt.body.dimensions.reciprocal.expected).toBeLessThan(0.5);

    const retracted = await api.post(`/api/observations/${created.body.id}/retract`, member);
    expect(retracted.status).toBe(200);
    expect(retracted.body.retractedAt).not.toBeNull();
    const healed = await api.get(`/api/accounts/${account.id}/trust`, member);
    expect(healed.body.dimensions.reciprocal.expected).toBeCloseTo(0.5, 9);
    expect((await api.post(`/api/observations/${created.body.id}/retract`, member)).status).toBe(
      409,
    );

    const db = await getTestDb();
    const rows = await db.query('SELECT reverses_id FROM evidence WHERE workspace_id = $1', [
      member.workspaceId,
    ]);
    expect(rows).toHaveLength(2);
  });

  it('refuses edits and deletions of the ledger in the database itself', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const signal = await signalNamed(member, 'Paid on time');
    await api.post('/api/observations', member, {
      signalId: signal.id,
      accountId: account.id,
      observedAt: '2026-06-01',
    });
    const db = await getTestDb();
    await expect(
      db.query('UPDATE evidence SET weight = 1 WHERE workspace_id = $1', [member.workspaceId]),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.query('DELETE FROM evidence WHERE workspace_id = $1', [member.workspaceId]),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses a future date, a retired signal, a viewer and another workspace’s account', async () => {
    const member = await buildMember({ role: 'admin' });
    const account = await buildAccount(member.workspaceId);
    const signal = await signalNamed(member, 'Paid late again');
    const future = await api.post('/api/observations', member, {
      signalId: signal.id,
      accountId: account.id,
      observedAt: '2999-01-01',
    });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].pointer).toBe('/observedAt');

    await api.patch(`/api/signals/${signal.id}`, member, { archived: true });
    const retired = await api.post('/api/observations', member, {
      signalId: signal.id,
      accountId: account.id,
      observedAt: '2026-01-01',
    });
    expect(retired.body.errors[0]).toEqual({
      pointer: '/signalId',
      detail: 'is a retired signal; pick a current one',
    });

    const viewer = await buildMember({ role: 'viewer', workspaceId: member.workspaceId });
    const live = await signalNamed(member, 'Paid on time');
    expect(
      (
        await api.post('/api/observations', viewer, {
          signalId: live.id,
          accountId: account.id,
          observedAt: '2026-01-01',
        })
      ).status,
    ).toBe(403);

    const stranger = await buildMember();
    const theirs = await buildAccount(stranger.workspaceId);
    const foreign = await api.post('/api/observations', member, {
      signalId: live.id,
      accountId: theirs.id,
      observedAt: '2026-01-01',
    });
    expect(foreign.status).toBe(422);
    expect((await api.get(`/api/accounts/${theirs.id}/observations`, member)).status).toBe(404);
    expect((await api.get(`/api/accounts/${theirs.id}/trust`, member)).status).toBe(404);
  });

  it('places capability evidence on the opportunity and ranks us against competitors', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const deal = await buildOpportunity(member.workspaceId, account.id);
    await api.post(`/api/opportunities/${deal.id}/competitors`, member, {
      name: 'Rival',
      capabilityEstimate: 0.9,
    });
    await api.post(`/api/opportunities/${deal.id}/competitors`, member, {
      name: 'Minnow',
      capabilityEstimate: 0.2,
    });
    const signal = await signalNamed(member, 'Tells us their decision timing early');
    await api.post('/api/observations', member, {
      signalId: signal.id,
      accountId: account.id,
      opportunityId: deal.id,
      observedAt: '2026-11-01',
    });

    const trust = await api.get(`/api/accounts/${account.id}/trust`, member);
    const opportunity = trust.body.opportunities.find(
      (o: { opportunityId: string }) => o.opportunityId === deal.id,
    );
    expect(opportunity.capability.expected).toBeGreaterThan(0.5);
    expect(opportunity).toMatchObject({
      rank: 2,
      rankedCount: 3,
      isTrustedButNotMostTrusted: true,
      leader: { name: 'Rival', expected: 0.9 },
    });
  });
});
