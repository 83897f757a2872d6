import { describe, expect, it } from 'vitest';
import {
  buildAccount,
  buildMember,
  buildStakeholder,
  buildTeamMember,
  type TestMember,
} from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

const dayIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const asShare = (token: string) => ({ headers: { authorization: `Share ${token}` } });

const commit = async (member: TestMember, accountId: string, body: Record<string, unknown>) => {
  const created = await api.post(`/api/accounts/${accountId}/commitments`, member, body);
  expect(created.status).toBe(201);
  return created.body.id as string;
};

const relate = async (member: TestMember, teamMemberId: string, stakeholderId: string) => {
  const created = await api.post('/api/relationships', member, {
    teamMemberId,
    stakeholderId,
    strength: 4,
  });
  expect(created.status).toBe(201);
};

/**
 * Priya (the signed-in member's own team member) knows Eva and Lou at Globex and owns a promise at
 * Initech; Omar alone covers Umbrella, whose events must stay out of Priya's digest.
 */
const buildWeek = async () => {
  const member = await buildMember();
  const ws = member.workspaceId;
  const priya = await buildTeamMember(ws, { name: 'Priya Seller', userId: member.userId });
  const omar = await buildTeamMember(ws, { name: 'Omar Engineer' });
  const globex = await buildAccount(ws, { name: 'Globex' });
  const initech = await buildAccount(ws, { name: 'Initech' });
  const umbrella = await buildAccount(ws, { name: 'Umbrella' });
  const eva = await buildStakeholder(ws, globex.id, { name: 'Eva Champion' });
  const max = await buildStakeholder(ws, globex.id, { name: 'Max Director' });
  const lou = await buildStakeholder(ws, globex.id, {
    name: 'Lou Analyst',
    buyingRole: 'user',
    seniority: 'staff',
  });
  const ursula = await buildStakeholder(ws, umbrella.id, { name: 'Ursula Buyer' });
  await relate(member, priya.id, eva.id);
  await relate(member, priya.id, lou.id);
  await relate(member, omar.id, max.id);
  await relate(member, omar.id, ursula.id);

  const atRisk = await commit(member, globex.id, {
    side: 'ours',
    ownerTeamMemberId: priya.id,
    recipientStakeholderId: eva.id,
    text: 'Send the rollout plan',
    dueOn: dayIn(2),
    status: 'proposed',
  });
  const overdue = await commit(member, initech.id, {
    side: 'ours',
    ownerTeamMemberId: priya.id,
    text: 'Fix the import job',
    dueOn: dayIn(-3),
  });
  const kept = await commit(member, globex.id, {
    side: 'ours',
    ownerTeamMemberId: priya.id,
    recipientStakeholderId: eva.id,
    text: 'Share the pilot results',
    dueOn: dayIn(5),
  });
  expect(
    (await api.post(`/api/commitments/${kept}/transitions`, member, { to: 'kept' })).status,
  ).toBe(200);
  const owed = await commit(member, globex.id, {
    side: 'theirs',
    ownerStakeholderId: max.id,
    text: 'Confirm the budget',
    dueOn: dayIn(4),
  });
  await commit(member, globex.id, {
    side: 'theirs',
    ownerStakeholderId: max.id,
    recipientTeamMemberId: omar.id,
    text: 'Send Omar the network diagram',
    dueOn: dayIn(1),
  });
  const umbrellaPromise = await commit(member, umbrella.id, {
    side: 'ours',
    ownerTeamMemberId: omar.id,
    text: 'Umbrella only',
    dueOn: dayIn(1),
  });
  await api.post(`/api/commitments/${umbrellaPromise}/transitions`, member, { to: 'released' });

  const link = await api.post(`/api/accounts/${globex.id}/share-links`, member, {
    scope: 'respond',
    stakeholderId: eva.id,
  });
  const pulse = await api.post('/api/shared/pulse', asShare(link.body.token), {
    trustAnswer: 1,
    valueAnswer: 3,
    backingAnswer: 4,
    comment: 'Too many missed calls',
  });
  expect(pulse.status).toBe(201);
  expect(
    (await api.patch(`/api/stakeholders/${lou.id}`, member, { status: 'left', leftOn: dayIn(0) }))
      .status,
  ).toBe(200);
  for (const account of [globex, initech, umbrella]) {
    const evaluated = await api.post(`/api/accounts/${account.id}/alerts/evaluate`, member, {});
    expect(evaluated.status).toBe(200);
  }
  return { member, priya, omar, globex, initech, atRisk, overdue, kept, owed };
};

type Item = Record<string, unknown>;
const texts = (list: { items: Item[] }) => list.items.map((item) => item.text);

describe('GET /api/digest', () => {
  it("builds the signed-in member's week from real data: what changed, what is due, what to do", async () => {
    const week = await buildWeek();
    const response = await api.get('/api/digest', week.member);
    expect(response.status).toBe(200);
    const digest = response.body;
    expect(digest.teamMember).toEqual({ id: week.priya.id, name: 'Priya Seller' });
    expect(digest.week).toEqual({ start: dayIn(-6), end: dayIn(0) });
    expect(digest.accounts.map((a: Item) => a.name)).toEqual(['Globex', 'Initech']);
    expect(response.text).not.toContain('Umbrella');

    // What changed.
    expect(digest.changed.commitmentChanges.items).toEqual([
      expect.objectContaining({
        commitmentId: week.kept,
        accountName: 'Globex',
        fromStatus: 'agreed',
        toStatus: 'kept',
        onDay: dayIn(0),
      }),
    ]);
    expect(digest.changed.pulses.items).toEqual([
      expect.objectContaining({
        accountName: 'Globex',
        stakeholderName: 'Eva Champion',
        trustAnswer: 1,
        lowestAnswer: 1,
        comment: 'Too many missed calls',
      }),
    ]);
    expect(digest.changed.stakeholdersLeft.items).toEqual([
      expect.objectContaining({ name: 'Lou Analyst', accountName: 'Globex', leftOn: dayIn(0) }),
    ]);
    // A pulse of 1 on trust in a fresh account pulls personal trust far below the base rate.
    const personal = digest.changed.trustMoves.items.find(
      (m: Item) => m.accountName === 'Globex' && m.dimension === 'personal',
    );
    expect(personal.before).toBeCloseTo(0.5, 5);
    expect(personal.after).toBeLessThan(0.4);
    for (const move of digest.changed.trustMoves.items)
      expect(Math.abs(move.after - move.before)).toBeGreaterThan(0.05);
    const newRules = digest.changed.newAlerts.items.map((a: Item) => a.rule);
    expect(newRules).toEqual(expect.arrayContaining(['low-pulse', 'commitment-at-risk']));

    // What is due.
    expect(digest.due.overdue.items).toEqual([
      expect.objectContaining({ commitmentId: week.overdue, accountName: 'Initech', daysLeft: -3 }),
    ]);
    expect(texts(digest.due.dueSoon)).toEqual(['Send the rollout plan']);
    expect(digest.due.dueSoon.items[0]).toMatchObject({ daysLeft: 2, status: 'proposed' });
    expect(texts(digest.due.owedToThem)).toEqual(['Confirm the budget']);

    // What to do: alerts with their suggestions, most severe first.
    const toDo = digest.toDo.items as {
      severity: string;
      rule: string;
      suggestion: string;
      accountName: string;
      abilities: Record<string, boolean>;
    }[];
    expect(toDo.map((a) => a.rule)).toEqual(
      expect.arrayContaining(['low-pulse', 'commitment-at-risk', 'commitment-overdue']),
    );
    const order = { high: 0, medium: 1, low: 2 } as Record<string, number>;
    expect(toDo.map((a) => order[a.severity])).toEqual(
      toDo.map((a) => order[a.severity]).sort((a, b) => a! - b!),
    );
    expect(toDo.find((a) => a.rule === 'low-pulse')).toMatchObject({
      accountName: 'Globex',
      suggestion: expect.stringMatching(/^Ask Eva Champion for a personal conversation/),
      abilities: { acknowledge: true, snooze: true },
    });
    expect(digest.toDo.total).toBe(toDo.length);
    expect(digest.summary).toMatch(
      /^Priya Seller, 2 accounts, week ending \d{4}-\d{2}-\d{2}: .*1 pulse.*1 stakeholder left.*; 1 overdue, 1 due in 7 days, 1 owed by customers; \d+ alerts to act on/,
    );
  });

  it('shows an earlier week as it stood then, and any member to a viewer', async () => {
    const week = await buildWeek();
    const before = await api.get(`/api/digest?weekEnding=${dayIn(-7)}`, week.member);
    expect(before.status).toBe(200);
    expect(before.body.week).toEqual({ start: dayIn(-13), end: dayIn(-7) });
    expect(before.body.changed.pulses.total).toBe(0);
    expect(before.body.changed.commitmentChanges.total).toBe(0);
    // Nothing had been promised yet at the end of that week.
    expect(before.body.due.overdue.total).toBe(0);
    expect(before.body.due.dueSoon.total).toBe(0);
    expect(before.body.toDo.total).toBe(0);

    const viewer = await buildMember({ role: 'viewer', workspaceId: week.member.workspaceId });
    const omars = await api.get(`/api/digest?teamMemberId=${week.omar.id}`, viewer);
    expect(omars.status).toBe(200);
    expect(omars.body.teamMember).toEqual({ id: week.omar.id, name: 'Omar Engineer' });
    expect(omars.body.accounts.map((a: Item) => a.name)).toEqual(['Globex', 'Umbrella']);
    expect(omars.body.toDo.items[0]?.abilities).toEqual({ acknowledge: false, snooze: false });
  });

  it('explains what to fix: no team member of your own, unknown members, future or unreal weeks', async () => {
    const week = await buildWeek();
    const unlinked = await buildMember({ workspaceId: week.member.workspaceId });
    const none = await api.get('/api/digest', unlinked);
    expect(none.status).toBe(422);
    expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(none.body).toMatchObject({ code: 'business-rule' });
    expect(none.body.detail).toMatch(/teamMemberId/);
    expect((await api.get(`/api/digest?teamMemberId=${week.priya.id}`, unlinked)).status).toBe(200);

    const stranger = await buildMember();
    const foreign = await api.get(`/api/digest?teamMemberId=${week.priya.id}`, stranger);
    expect(foreign.status).toBe(404);
    expect(foreign.text).not.toContain('Priya');
    expect((await api.get('/api/digest?teamMemberId=not-an-id', week.member)).status).toBe(404);

    const future = await api.get(`/api/digest?weekEnding=${dayIn(1)}`, week.member);
    expect(future.status).toBe(400);
    expect(future.body.errors[0].pointer).toBe('/weekEnding');
    expect((await api.get('/api/digest?weekEnding=2026-02-30', week.member)).status).toBe(400);
    expect((await api.get('/api/digest?week=2026-02-01', week.member)).status).toBe(400);
    expect((await api.get('/api/digest', null)).status).toBe(401);
  });
});
