import { describe, expect, it } from 'vitest';
import { buildAccount, buildMember, buildStakeholder } from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

describe('/api/accounts/:accountId/stakeholders and /api/stakeholders/:stakeholderId', () => {
  it('creates a stakeholder on an account with buying role and seniority', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const created = await api.post(`/api/accounts/${account.id}/stakeholders`, member, {
      name: 'Rosa Diaz',
      title: 'CFO',
      email: 'rosa@acme.example',
      buyingRole: 'decision_maker',
      seniority: 'executive',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      accountId: account.id,
      status: 'active',
      leftOn: null,
      buyingRole: 'decision_maker',
    });
    const list = await api.get(`/api/accounts/${account.id}/stakeholders`, member);
    expect(list.body.data.map((s: { name: string }) => s.name)).toEqual(['Rosa Diaz']);
  });

  it('records that a stakeholder left, with the day, and refuses "left" without one', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const person = await buildStakeholder(member.workspaceId, account.id);

    const noDate = await api.patch(`/api/stakeholders/${person.id}`, member, { status: 'left' });
    expect(noDate.status).toBe(400);
    expect(noDate.body.errors).toEqual([
      { pointer: '/leftOn', detail: 'is required when status is "left"' },
    ]);

    const left = await api.patch(`/api/stakeholders/${person.id}`, member, {
      status: 'left',
      leftOn: '2026-10-31',
    });
    expect(left.body).toMatchObject({ status: 'left', leftOn: '2026-10-31' });

    const back = await api.patch(`/api/stakeholders/${person.id}`, member, { status: 'active' });
    expect(back.body).toMatchObject({ status: 'active', leftOn: null });
  });

  it('refuses impossible dates and unknown roles', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const person = await buildStakeholder(member.workspaceId, account.id);
    const badDate = await api.patch(`/api/stakeholders/${person.id}`, member, {
      status: 'left',
      leftOn: '2026-02-31',
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors[0]).toEqual({
      pointer: '/leftOn',
      detail: 'is not a real calendar date',
    });
    const badRole = await api.patch(`/api/stakeholders/${person.id}`, member, {
      buyingRole: 'boss',
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.errors[0].pointer).toBe('/buyingRole');
  });

  it('filters by seniority and sorts executives first', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    await buildStakeholder(member.workspaceId, account.id, { name: 'Staffer', seniority: 'staff' });
    await buildStakeholder(member.workspaceId, account.id, {
      name: 'Exec',
      seniority: 'executive',
    });
    await buildStakeholder(member.workspaceId, account.id, {
      name: 'Manager',
      seniority: 'manager',
    });
    const sorted = await api.get(`/api/accounts/${account.id}/stakeholders?sort=seniority`, member);
    expect(sorted.body.data.map((s: { name: string }) => s.name)).toEqual([
      'Exec',
      'Manager',
      'Staffer',
    ]);
    const managers = await api.get(
      `/api/accounts/${account.id}/stakeholders?seniority=manager`,
      member,
    );
    expect(managers.body.data.map((s: { name: string }) => s.name)).toEqual(['Manager']);
  });

  it("cannot add a stakeholder to another workspace's account", async () => {
    const member = await buildMember();
    const stranger = await buildMember();
    const theirs = await buildAccount(stranger.workspaceId);
    const response = await api.post(`/api/accounts/${theirs.id}/stakeholders`, member, {
      name: 'Spy',
      buyingRole: 'user',
      seniority: 'staff',
    });
    expect(response.status).toBe(404);
    const person = await buildStakeholder(stranger.workspaceId, theirs.id);
    expect((await api.get(`/api/stakeholders/${person.id}`, member)).status).toBe(404);
  });
});
