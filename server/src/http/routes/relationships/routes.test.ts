import { describe, expect, it } from 'vitest';
import {
  buildAccount,
  buildMember,
  buildStakeholder,
  buildTeamMember,
} from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

describe('/api/relationships', () => {
  it('connects a team member with a stakeholder and lists it on the account', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const person = await buildStakeholder(member.workspaceId, account.id, { name: 'Lee Buyer' });
    const seller = await buildTeamMember(member.workspaceId, { name: 'Kim Seller' });

    const created = await api.post('/api/relationships', member, {
      teamMemberId: seller.id,
      stakeholderId: person.id,
      strength: 4,
      lastContactOn: '2026-11-01',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      accountId: account.id,
      strength: 4,
      lastContactOn: '2026-11-01',
      teamMember: { id: seller.id, name: 'Kim Seller' },
      stakeholder: { id: person.id, name: 'Lee Buyer' },
    });
    const list = await api.get(
      `/api/accounts/${account.id}/relationships?teamMemberId=${seller.id}`,
      member,
    );
    expect(list.body.data).toHaveLength(1);

    const updated = await api.patch(`/api/relationships/${created.body.id}`, member, {
      strength: 5,
    });
    expect(updated.body.strength).toBe(5);
  });

  it('refuses a strength outside 1–5 and a second relationship for the same pair', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const person = await buildStakeholder(member.workspaceId, account.id);
    const seller = await buildTeamMember(member.workspaceId);
    const tooStrong = await api.post('/api/relationships', member, {
      teamMemberId: seller.id,
      stakeholderId: person.id,
      strength: 6,
    });
    expect(tooStrong.status).toBe(400);
    expect(tooStrong.body.errors[0].pointer).toBe('/strength');

    await api.post('/api/relationships', member, {
      teamMemberId: seller.id,
      stakeholderId: person.id,
      strength: 3,
    });
    const again = await api.post('/api/relationships', member, {
      teamMemberId: seller.id,
      stakeholderId: person.id,
      strength: 2,
    });
    expect(again.status).toBe(409);
  });

  it('treats people of another workspace as unknown references', async () => {
    const member = await buildMember();
    const stranger = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const mine = await buildStakeholder(member.workspaceId, account.id);
    const theirSeller = await buildTeamMember(stranger.workspaceId);
    const response = await api.post('/api/relationships', member, {
      teamMemberId: theirSeller.id,
      stakeholderId: mine.id,
      strength: 3,
    });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      { pointer: '/teamMemberId', detail: 'is not a team member of this workspace' },
    ]);
  });
});
