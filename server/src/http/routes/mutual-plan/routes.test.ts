import { describe, expect, it } from 'vitest';
import {
  buildAccount,
  buildMember,
  buildStakeholder,
  buildTeamMember,
} from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

describe('/api/accounts/:accountId/mutual-plan', () => {
  it('keeps strategy, initiatives with success factors, requirements, objectives, value and self-checks', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const buyer = await buildStakeholder(member.workspaceId, account.id, { name: 'Maria Buyer' });
    const seller = await buildTeamMember(member.workspaceId, { name: 'Priya Seller' });
    const base = `/api/accounts/${account.id}`;

    const put = await api.put(`${base}/mutual-plan`, member, {
      strategy: 'Grow into three new regions',
      summary: 'Regional rollout by 2027',
    });
    expect(put.body).toMatchObject({ strategy: 'Grow into three new regions', initiatives: [] });

    const initiative = await api.post(`${base}/plan-goals`, member, {
      kind: 'initiative',
      name: 'Open the Nordic hub',
    });
    expect(initiative.status).toBe(201);
    const factor = await api.post(`${base}/plan-goals`, member, {
      kind: 'success_factor',
      parentId: initiative.body.id,
      name: 'Warehouse live by Q2',
    });
    expect(factor.status).toBe(201);
    const orphan = await api.post(`${base}/plan-goals`, member, {
      kind: 'success_factor',
      parentId: factor.body.id,
      name: 'x',
    });
    expect(orphan.status).toBe(422);
    expect(orphan.body.errors[0].pointer).toBe('/parentId');

    const requirement = await api.post(`${base}/plan-requirements`, member, {
      name: 'Real-time stock levels',
      response: 'Event stream from each site',
    });
    await api.patch(`/api/plan-requirements/${requirement.body.id}`, member, {
      confirmedOn: '2026-11-01',
    });
    await api.post(`${base}/plan-objectives`, member, {
      name: 'Pilot in Oslo',
      ourOwnerTeamMemberId: seller.id,
      theirOwnerStakeholderId: buyer.id,
      targetOn: '2027-03-31',
    });
    await api.post(`${base}/value-deliveries`, member, {
      name: 'Benchmark of their routes',
      deliveredOn: '2026-10-15',
    });
    const check = await api.post(`${base}/self-checks`, member, {
      trustAnswer: 4,
      valueAnswer: 3,
      backingAnswer: 5,
      note: 'Value story still thin',
    });
    expect(check.status).toBe(201);
    expect(
      (
        await api.post(`${base}/self-checks`, member, {
          trustAnswer: 6,
          valueAnswer: 3,
          backingAnswer: 5,
        })
      ).status,
    ).toBe(400);

    const plan = await api.get(`${base}/mutual-plan`, member);
    expect(plan.body.initiatives).toHaveLength(1);
    expect(plan.body.initiatives[0].successFactors.map((f: { name: string }) => f.name)).toEqual([
      'Warehouse live by Q2',
    ]);
    expect(plan.body.requirements[0]).toMatchObject({
      name: 'Real-time stock levels',
      confirmedOn: '2026-11-01',
    });
    expect(plan.body.objectives[0]).toMatchObject({
      ourOwnerName: 'Priya Seller',
      theirOwnerName: 'Maria Buyer',
      status: 'open',
    });
    expect(plan.body.valueDelivered[0]).toMatchObject({ deliveredOn: '2026-10-15' });
    expect(plan.body.selfChecks[0]).toMatchObject({
      trustAnswer: 4,
      valueAnswer: 3,
      backingAnswer: 5,
    });
  });

  it("refuses another workspace's plan and a viewer's changes", async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const stranger = await buildMember();
    expect((await api.get(`/api/accounts/${account.id}/mutual-plan`, stranger)).status).toBe(404);
    expect(
      (
        await api.post(`/api/accounts/${account.id}/plan-goals`, stranger, {
          kind: 'initiative',
          name: 'x',
        })
      ).status,
    ).toBe(404);
    const viewer = await buildMember({ role: 'viewer', workspaceId: member.workspaceId });
    expect(
      (
        await api.put(`/api/accounts/${account.id}/mutual-plan`, viewer, {
          strategy: 'x',
          summary: null,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.post(`/api/accounts/${account.id}/self-checks`, viewer, {
          trustAnswer: 3,
          valueAnswer: 3,
          backingAnswer: 3,
        })
      ).status,
    ).toBe(403);
  });
});
