import { describe, expect, it } from 'vitest';
import { detectOverdueCommitments } from '../../../commands/index.ts';
import { getTestDb } from '../../../test/test-db.ts';
import {
  buildAccount,
  buildMember,
  buildStakeholder,
  buildTeamMember,
} from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const setUp = async (role: 'member' | 'viewer' = 'member') => {
  const member = await buildMember({ role });
  const account = await buildAccount(member.workspaceId);
  const buyer = await buildStakeholder(member.workspaceId, account.id, { name: 'Maria Buyer' });
  const seller = await buildTeamMember(member.workspaceId, { name: 'Priya Seller' });
  return { member, account, buyer, seller };
};

describe('/api/accounts/:accountId/commitments', () => {
  it('records commitments both ways and lists overdue and due-soon ones', async () => {
    const { member, account, buyer, seller } = await setUp();
    const ours = await api.post(`/api/accounts/${account.id}/commitments`, member, {
      side: 'ours',
      ownerTeamMemberId: seller.id,
      recipientStakeholderId: buyer.id,
      text: 'Send the security questionnaire',
      dueOn: day(3),
      madeIn: 'call',
    });
    expect(ours.status).toBe(201);
    expect(ours.body).toMatchObject({
      side: 'ours',
      ownerName: 'Priya Seller',
      recipientName: 'Maria Buyer',
      status: 'agreed',
      isDueSoon: true,
      isOverdue: false,
      warnings: [],
    });
    expect(ours.body.allowedTransitions).toEqual([
      'kept',
      'kept_late',
      'broken',
      'renegotiated',
      'released',
    ]);
    const theirs = await api.post(`/api/accounts/${account.id}/commitments`, member, {
      side: 'theirs',
      ownerStakeholderId: buyer.id,
      text: 'Share the data model',
      dueOn: day(-2),
    });
    expect(theirs.body).toMatchObject({ ownerName: 'Maria Buyer', isOverdue: true });

    expect((await api.get(`/api/accounts/${account.id}/commitments`, member)).body.page.total).toBe(
      2,
    );
    const overdue = await api.get(`/api/accounts/${account.id}/commitments?due=overdue`, member);
    expect(overdue.body.data.map((c: { text: string }) => c.text)).toEqual([
      'Share the data model',
    ]);
    const soon = await api.get(
      `/api/accounts/${account.id}/commitments?due=soon&side=ours`,
      member,
    );
    expect(soon.body.data.map((c: { text: string }) => c.text)).toEqual([
      'Send the security questionnaire',
    ]);
  });

  it('asks for the owner of the side that promised, and refuses foreign people', async () => {
    const { member, account, buyer } = await setUp();
    const missing = await api.post(`/api/accounts/${account.id}/commitments`, member, {
      side: 'ours',
      text: 'x',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].pointer).toBe('/ownerTeamMemberId');
    const stranger = await buildMember();
    const theirSeller = await buildTeamMember(stranger.workspaceId);
    const foreign = await api.post(`/api/accounts/${account.id}/commitments`, member, {
      side: 'ours',
      ownerTeamMemberId: theirSeller.id,
      text: 'x',
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0].pointer).toBe('/ownerTeamMemberId');
    const otherAccount = await buildAccount(member.workspaceId);
    const wrongAccount = await api.post(`/api/accounts/${otherAccount.id}/commitments`, member, {
      side: 'theirs',
      ownerStakeholderId: buyer.id,
      text: 'x',
    });
    expect(wrongAccount.status).toBe(422);
  });

  it("keeps another workspace's commitments out of reach and viewers read-only", async () => {
    const { member, account, seller } = await setUp();
    const created = await api.post(`/api/accounts/${account.id}/commitments`, member, {
      side: 'ours',
      ownerTeamMemberId: seller.id,
      text: 'x',
    });
    const stranger = await buildMember();
    expect((await api.get(`/api/commitments/${created.body.id}`, stranger)).status).toBe(404);
    expect(
      (await api.post(`/api/commitments/${created.body.id}/transitions`, stranger, { to: 'kept' }))
        .status,
    ).toBe(404);
    expect((await api.get(`/api/accounts/${account.id}/commitments`, stranger)).status).toBe(404);
    const viewer = await buildMember({ role: 'viewer', workspaceId: member.workspaceId });
    expect(
      (
        await api.post(`/api/accounts/${account.id}/commitments`, viewer, {
          side: 'ours',
          ownerTeamMemberId: seller.id,
          text: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (await api.post(`/api/commitments/${created.body.id}/transitions`, viewer, { to: 'kept' }))
        .status,
    ).toBe(403);
  });
});

describe('/api/commitments/:commitmentId/transitions', () => {
  it('turns a broken promise of ours into negative personal evidence and a kept one of theirs into reciprocal trust', async () => {
    const { member, account, buyer, seller } = await setUp();
    const ours = await api.post(`/api/accounts/${account.id}/commitments`, member, {
      side: 'ours',
      ownerTeamMemberId: seller.id,
      recipientStakeholderId: buyer.id,
      text: 'Deliver the pilot report',
      dueOn: day(-1),
    });
    const broken = await api.post(`/api/commitments/${ours.body.id}/transitions`, member, {
      to: 'broken',
      note: 'Slipped twice',
    });
    expect(broken.status).toBe(200);
    expect(broken.body.commitment).toMatchObject({
      status: 'broken',
      closedOn: day(0),
      allowedTransitions: [],
    });

    const trust = await api.get(`/api/accounts/${account.id}/trust`, member);
    expect(trust.body.dimensions.personal.expected).toBeLessThan(0.5);
    expect(trust.body.dimensions.personal.topEvidence[0]).toMatchObject({
      source: 'commitment',
      sourceId: ours.body.id,
      polarity: -1,
    });
    const maria = trust.body.stakeholders.find(
      (s: { stakeholderId: string }) => s.stakeholderId === buyer.id,
    );
    expect(maria.personalByTeamMember[0]).toMatchObject({ teamMemberId: seller.id });

    const theirs = await api.post(`/api/accounts/${account.id}/commitments`, member, {
      side: 'theirs',
      ownerStakeholderId: buyer.id,
      text: 'Sign the NDA',
      dueOn: day(5),
    });
    await api.post(`/api/commitments/${theirs.body.id}/transitions`, member, { to: 'kept' });
    const after = await api.get(`/api/accounts/${account.id}/trust`, member);
    expect(after.body.dimensions.reciprocal.expected).toBeGreaterThan(0.5);

    const detail = await api.get(`/api/commitments/${ours.body.id}`, member);
    expect(detail.body.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'agreed',
      'broken',
    ]);
    expect(detail.body.history[1].note).toBe('Slipped twice');
  });

  it('refuses an illegal transition with 409 saying what is allowed, and writes nothing', async () => {
    const { member, account, seller } = await setUp();
    const created = await api.post(`/api/accounts/${account.id}/commitments`, member, {
      side: 'ours',
      ownerTeamMemberId: seller.id,
      text: 'x',
      status: 'proposed',
    });
    const early = await api.post(`/api/commitments/${created.body.id}/transitions`, member, {
      to: 'kept',
    });
    expect(early.status).toBe(409);
    expect(early.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(early.body).toMatchObject({ code: 'commitment-transition-not-allowed' });
    expect(early.body.detail).toMatch(/can become: agreed, released/);
    await api.post(`/api/commitments/${created.body.id}/transitions`, member, { to: 'agreed' });
    await api.post(`/api/commitments/${created.body.id}/transitions`, member, { to: 'kept' });
    const reopen = await api.post(`/api/commitments/${created.body.id}/transitions`, member, {
      to: 'proposed',
    });
    expect(reopen.status).toBe(409);
    const db = await getTestDb();
    const evidence = await db.query('SELECT 1 FROM evidence WHERE workspace_id = $1', [
      member.workspaceId,
    ]);
    expect(evidence).toHaveLength(1);
  });

  it('records kept after the due date as kept late, and renegotiation with a linked successor', async () => {
    const { member, account, seller } = await setUp();
    const late = await api.post(`/api/accounts/${account.id}/commitments`, member, {
      side: 'ours',
      ownerTeamMemberId: seller.id,
      text: 'Late one',
      dueOn: day(-3),
    });
    const kept = await api.post(`/api/commitments/${late.body.id}/transitions`, member, {
      to: 'kept',
    });
    expect(kept.body.commitment.status).toBe('kept_late');

    const moving = await api.post(`/api/accounts/${account.id}/commitments`, member, {
      side: 'ours',
      ownerTeamMemberId: seller.id,
      text: 'Workshop',
      dueOn: day(10),
    });
    const missingTerms = await api.post(`/api/commitments/${moving.body.id}/transitions`, member, {
      to: 'renegotiated',
    });
    expect(missingTerms.status).toBe(400);
    const renegotiated = await api.post(`/api/commitments/${moving.body.id}/transitions`, member, {
      to: 'renegotiated',
      successor: { dueOn: day(20) },
    });
    expect(renegotiated.body.commitment).toMatchObject({
      status: 'renegotiated',
      successorId: renegotiated.body.successor.id,
    });
    expect(renegotiated.body.successor).toMatchObject({
      status: 'agreed',
      dueOn: day(20),
      predecessorId: moving.body.id,
      text: 'Workshop',
    });
    const future = await api.post(
      `/api/commitments/${renegotiated.body.successor.id}/transitions`,
      member,
      { to: 'kept', onDay: day(5) },
    );
    expect(future.status).toBe(400);
  });
});

describe('commitment records and realistic expectations', () => {
  it("shows an owner's record and warns before they promise more than they have kept", async () => {
    const { member, account, seller } = await setUp();
    for (const offset of [-60, -40, -20]) {
      const c = await api.post(`/api/accounts/${account.id}/commitments`, member, {
        side: 'ours',
        ownerTeamMemberId: seller.id,
        text: `Done ${offset}`,
        dueOn: day(offset),
      });
      await api.post(`/api/commitments/${c.body.id}/transitions`, member, {
        to: 'kept',
        onDay: day(offset),
      });
    }
    await api.post(`/api/accounts/${account.id}/commitments`, member, {
      side: 'ours',
      ownerTeamMemberId: seller.id,
      text: 'Open one',
      dueOn: day(2),
    });
    const check = await api.post('/api/commitments/load-check', member, {
      ownerTeamMemberId: seller.id,
      dueOn: day(4),
    });
    expect(check.body.warnings).toEqual([
      {
        reason: 'more-than-ever-kept',
        detail: expect.stringMatching(/2 commitments due in the next 14 days.*most .* is 1/),
      },
    ]);
    const created = await api.post(`/api/accounts/${account.id}/commitments`, member, {
      side: 'ours',
      ownerTeamMemberId: seller.id,
      text: 'One more',
      dueOn: day(4),
    });
    expect(created.body.warnings).toHaveLength(1);

    const record = await api.get(`/api/team-members/${seller.id}/commitment-record`, member);
    expect(record.body.record).toMatchObject({
      kept: 3,
      open: 2,
      onTimeRate: 1,
      mostKeptOnTimeIn14Days: 1,
    });
    expect(record.body.dueSoon).toHaveLength(2);
  });

  it('marks open commitments past due as overdue in the detection job', async () => {
    const { member, account, seller } = await setUp();
    await api.post(`/api/accounts/${account.id}/commitments`, member, {
      side: 'ours',
      ownerTeamMemberId: seller.id,
      text: 'Past due',
      dueOn: day(-1),
    });
    const db = await getTestDb();
    const first = await detectOverdueCommitments(db, {
      today: day(0),
      workspaceId: member.workspaceId,
    });
    expect(first.newlyOverdue).toBe(1);
    expect(first.overdue[0]).toMatchObject({ text: 'Past due', ownerName: 'Priya Seller' });
    const second = await detectOverdueCommitments(db, {
      today: day(0),
      workspaceId: member.workspaceId,
    });
    expect(second.newlyOverdue).toBe(0);
    const listed = await api.get(`/api/accounts/${account.id}/commitments`, member);
    expect(listed.body.data[0].overdueSince).toBe(day(0));
  });
});
