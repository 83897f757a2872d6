import { describe, expect, it } from 'vitest';
import { buildAccount, buildMember, buildOpportunity } from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

describe('opportunities and their competitors', () => {
  it('creates an opportunity with stage, amount, decision date and decision timing', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const created = await api.post(`/api/accounts/${account.id}/opportunities`, member, {
      name: 'Renewal 2027',
      stage: 'proposal',
      amount: 125000.5,
      expectedDecisionOn: '2027-03-31',
      decisionTimingShared: true,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      accountId: account.id,
      stage: 'proposal',
      amount: 125000.5,
      currency: 'EUR',
      expectedDecisionOn: '2027-03-31',
      decisionTimingShared: true,
    });
    const won = await api.patch(`/api/opportunities/${created.body.id}`, member, { stage: 'won' });
    expect(won.body.stage).toBe('won');
    const filtered = await api.get(`/api/accounts/${account.id}/opportunities?stage=won`, member);
    expect(filtered.body.data).toHaveLength(1);
  });

  it('defaults a new opportunity to discovery and refuses a negative amount', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const created = await api.post(`/api/accounts/${account.id}/opportunities`, member, {
      name: 'New',
    });
    expect(created.body).toMatchObject({
      stage: 'discovery',
      amount: null,
      decisionTimingShared: false,
    });
    const negative = await api.post(`/api/accounts/${account.id}/opportunities`, member, {
      name: 'Bad',
      amount: -1,
    });
    expect(negative.status).toBe(400);
    expect(negative.body.errors[0].pointer).toBe('/amount');
  });

  it('lists, renames and archives the competitors of an opportunity', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const deal = await buildOpportunity(member.workspaceId, account.id);
    const rival = await api.post(`/api/opportunities/${deal.id}/competitors`, member, {
      name: 'Rival Inc',
      notes: 'cheaper',
    });
    expect(rival.status).toBe(201);
    expect(rival.body).toMatchObject({ opportunityId: deal.id, name: 'Rival Inc' });
    await api.post(`/api/opportunities/${deal.id}/competitors`, member, { name: 'Other Co' });

    const renamed = await api.patch(`/api/competitors/${rival.body.id}`, member, {
      name: 'Rival Group',
    });
    expect(renamed.body.name).toBe('Rival Group');
    await api.patch(`/api/competitors/${rival.body.id}`, member, { archived: true });
    const live = await api.get(`/api/opportunities/${deal.id}/competitors`, member);
    expect(live.body.data.map((c: { name: string }) => c.name)).toEqual(['Other Co']);
  });

  it("keeps another workspace's opportunities out of reach", async () => {
    const member = await buildMember();
    const stranger = await buildMember();
    const theirAccount = await buildAccount(stranger.workspaceId);
    const theirs = await buildOpportunity(stranger.workspaceId, theirAccount.id);
    expect((await api.get(`/api/opportunities/${theirs.id}`, member)).status).toBe(404);
    expect((await api.get(`/api/opportunities/${theirs.id}/competitors`, member)).status).toBe(404);
    expect(
      (await api.post(`/api/opportunities/${theirs.id}/competitors`, member, { name: 'X' })).status,
    ).toBe(404);
  });
});
