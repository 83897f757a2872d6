import { describe, expect, it } from 'vitest';
import {
  buildAccount,
  buildMember,
  buildStakeholder,
  buildTeamMember,
} from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

describe('GET /api/accounts/:accountId/coverage', () => {
  it('counts reach per level and flags a single thread, unreached levels and an unreached decision maker', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const boss = await buildStakeholder(member.workspaceId, account.id, {
      name: 'Big Boss',
      buyingRole: 'decision_maker',
      seniority: 'executive',
    });
    const lead = await buildStakeholder(member.workspaceId, account.id, {
      name: 'Team Lead',
      buyingRole: 'user',
      seniority: 'manager',
    });
    const seller = await buildTeamMember(member.workspaceId, { name: 'Priya Seller' });
    await api.post('/api/relationships', member, {
      teamMemberId: seller.id,
      stakeholderId: lead.id,
      strength: 4,
    });

    const res = await api.get(`/api/accounts/${account.id}/coverage`, member);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      accountId: account.id,
      activeStakeholders: 2,
      reachedStakeholders: 1,
      teamMembers: 1,
    });
    expect(res.body.levels).toEqual([
      { level: 'executive', stakeholders: 1, reachedStakeholders: 0, teamMembers: 0, teamMemberNames: [] },
      { level: 'senior', stakeholders: 0, reachedStakeholders: 0, teamMembers: 0, teamMemberNames: [] },
      { level: 'manager', stakeholders: 1, reachedStakeholders: 1, teamMembers: 1, teamMemberNames: ['Priya Seller'] },
      { level: 'staff', stakeholders: 0, reachedStakeholders: 0, teamMembers: 0, teamMemberNames: [] },
    ]);
    expect(res.body.flags).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'single-threaded', side: 'ours', personName: 'Priya Seller' }),
        expect.objectContaining({ kind: 'level-not-reached', level: 'executive', stakeholders: 1 }),
        expect.objectContaining({ kind: 'decision-maker-not-reached', stakeholderId: boss.id }),
      ]),
    );
  });

  it('answers 401 without credentials and 404 for another workspace', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    expect((await api.get(`/api/accounts/${account.id}/coverage`, null)).status).toBe(401);
    const stranger = await buildMember();
    const res = await api.get(`/api/accounts/${account.id}/coverage`, stranger);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not-found');
  });
});
