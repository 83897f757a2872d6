import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  buildAccount,
  buildMember,
  buildOpportunity,
  buildStakeholder,
  buildTeamMember,
  type TestMember,
} from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

const period = 'from=2026-06-01&to=2026-08-31';

const commit = async (
  member: TestMember,
  accountId: string,
  body: Record<string, unknown>,
  outcome?: { to: string; onDay: string },
) => {
  const created = await api.post(`/api/accounts/${accountId}/commitments`, member, {
    side: 'ours',
    text: 'A promise',
    ...body,
  });
  expect(created.status, created.text).toBe(201);
  if (outcome) {
    const moved = await api.post(
      `/api/commitments/${created.body.commitment?.id ?? created.body.id}/transitions`,
      member,
      outcome,
    );
    expect(moved.status, moved.text).toBe(200);
  }
};

const observe = async (
  member: TestMember,
  accountId: string,
  signalName: string,
  observedAt: string,
) => {
  const signal = (await api.get(`/api/signals?q=${encodeURIComponent(signalName)}`, member)).body
    .data[0];
  const response = await api.post('/api/observations', member, {
    signalId: signal.id,
    accountId,
    observedAt,
  });
  expect(response.status, response.text).toBe(201);
};

/** Ana owns Acme, Bo owns Globex; Ana's promises to Rosa were kept, kept late and broken in the
 * summer, and Acme won a deal in July. */
const buildTeam = async () => {
  const member = await buildMember();
  const ana = await buildTeamMember(member.workspaceId, { name: 'Ana Lima' });
  const bo = await buildTeamMember(member.workspaceId, { name: 'Bo Berg' });
  const cy = await buildTeamMember(member.workspaceId, { name: 'Cy Gone' });
  const admin = await buildMember({ role: 'admin', workspaceId: member.workspaceId });
  await api.patch(`/api/team-members/${cy.id}`, admin, { archived: true });
  const acme = await buildAccount(member.workspaceId, { name: 'Acme', ownerTeamMemberId: ana.id });
  const globex = await buildAccount(member.workspaceId, {
    name: 'Globex',
    ownerTeamMemberId: bo.id,
  });
  const initech = await buildAccount(member.workspaceId, {
    name: 'Initech',
    ownerTeamMemberId: ana.id,
  });
  await api.patch(`/api/accounts/${initech.id}`, member, { archived: true });
  const rosa = await buildStakeholder(member.workspaceId, acme.id, {
    name: 'Rosa Diaz',
    buyingRole: 'decision_maker',
    seniority: 'executive',
  });
  const jo = await buildStakeholder(member.workspaceId, globex.id, {
    name: 'Jo Park',
    buyingRole: 'user',
    seniority: 'staff',
  });
  // Bo knew Jo first; Ana reaches Rosa, whom nobody knew, and then Jo.
  for (const [teamMemberId, stakeholderId] of [
    [bo.id, jo.id],
    [ana.id, rosa.id],
    [ana.id, jo.id],
  ]) {
    const made = await api.post('/api/relationships', member, {
      teamMemberId,
      stakeholderId,
      strength: 3,
    });
    expect(made.status).toBe(201);
  }
  const toRosa = { ownerTeamMemberId: ana.id, recipientStakeholderId: rosa.id };
  await commit(
    member,
    acme.id,
    { ...toRosa, dueOn: '2026-06-10' },
    { to: 'kept', onDay: '2026-06-09' },
  );
  // Marked kept after its due date: recorded as kept late.
  await commit(
    member,
    acme.id,
    { ...toRosa, dueOn: '2026-06-20' },
    { to: 'kept', onDay: '2026-06-25' },
  );
  await commit(
    member,
    acme.id,
    { ...toRosa, dueOn: '2026-07-01' },
    { to: 'broken', onDay: '2026-07-02' },
  );
  // Before the period, on someone else's account.
  await commit(
    member,
    globex.id,
    { ownerTeamMemberId: ana.id, dueOn: '2026-05-01' },
    { to: 'kept', onDay: '2026-05-01' },
  );
  await commit(member, acme.id, { ownerTeamMemberId: ana.id, dueOn: '2027-01-15' });
  await commit(
    member,
    globex.id,
    { ownerTeamMemberId: bo.id, dueOn: '2026-07-10' },
    { to: 'kept', onDay: '2026-07-09' },
  );
  await observe(member, acme.id, 'Refers us to peers', '2026-05-01');
  for (const [accountId, name, deliveredOn] of [
    [acme.id, 'Benchmark of their routes', '2026-07-15'],
    [acme.id, 'Introduction to a partner', '2026-09-10'],
    [globex.id, 'Market report', '2026-06-05'],
  ]) {
    const given = await api.post(`/api/accounts/${accountId}/value-deliveries`, member, {
      name,
      deliveredOn,
    });
    expect(given.status, given.text).toBe(201);
  }
  await buildOpportunity(member.workspaceId, acme.id, {
    name: 'Rollout',
    stage: 'won',
    amount: 120000,
    currency: 'EUR',
    expectedDecisionOn: '2026-07-20',
  });
  await buildOpportunity(member.workspaceId, acme.id, {
    name: 'Pilot',
    stage: 'won',
    amount: 5000,
    currency: 'USD',
    expectedDecisionOn: '2026-04-01',
  });
  await buildOpportunity(member.workspaceId, acme.id, {
    name: 'Expansion',
    stage: 'proposal',
    amount: 80000,
    currency: 'EUR',
  });
  await buildOpportunity(member.workspaceId, globex.id, {
    name: 'Renewal',
    stage: 'won',
    amount: 999,
    currency: 'EUR',
    expectedDecisionOn: '2026-07-01',
  });
  return { member, ana, bo, acme, globex, rosa, jo };
};

describe('GET /api/team-members/:teamMemberId/scorecard', () => {
  it("computes a member's scorecard over a past period from what happened on known days", async () => {
    const { member, ana, acme, rosa } = await buildTeam();
    const response = await api.get(`/api/team-members/${ana.id}/scorecard?${period}`, member);
    expect(response.status, response.text).toBe(200);
    const card = response.body;
    expect(card.teamMember).toMatchObject({ id: ana.id, name: 'Ana Lima' });
    expect(card.period).toEqual({ from: '2026-06-01', to: '2026-08-31' });
    expect(card.commitments).toEqual({
      kept: 1,
      keptLate: 1,
      broken: 1,
      renegotiated: 0,
      released: 0,
      onTimeRate: 0.333333,
      // The open one was recorded today, after the period.
      open: 0,
    });

    // Acme only: Initech is archived. The referral of 1 May weighs 0.6 · 2^(−30.5/365) at the
    // start and 0.6 · 2^(−122.5/365) at the end: E = (r + 1) / (r + 2).
    expect(card.accounts.count).toBe(1);
    expect(card.accounts.items.map((a: { name: string }) => a.name)).toEqual(['Acme']);
    expect(card.accounts.trust.corporate.before.expected).toBeCloseTo(0.610324, 5);
    expect(card.accounts.trust.corporate.after.expected).toBeCloseTo(0.596036, 5);
    expect(card.accounts.trust.corporate.change).toBeCloseTo(-0.014288, 5);
    // Rosa's trust in Ana: kept (0.6), kept late (0.15), broken (3 × 0.9), each decayed to
    // 1 September with the 90-day personal half-life.
    expect(card.accounts.trust.personal.before.expected).toBe(0.5);
    expect(card.accounts.trust.personal.after.expected).toBeCloseTo(0.342671, 5);
    expect(card.accounts.trust.personal.change).toBeCloseTo(-0.157329, 5);
    expect(card.accounts.items[0].trust.personal.after.expected).toBeCloseTo(0.342671, 5);

    expect(card.stakeholders.count).toBe(2);
    const rosaCard = card.stakeholders.items.find(
      (s: { stakeholderId: string }) => s.stakeholderId === rosa.id,
    );
    expect(rosaCard).toMatchObject({ name: 'Rosa Diaz', accountId: acme.id, accountName: 'Acme' });
    expect(rosaCard.personalTrust.after.expected).toBeCloseTo(0.342671, 5);
    expect(rosaCard.personalTrust.after.uncertainty).toBeCloseTo(0.48793, 5);
    expect(rosaCard.personalTrust.evidenceCount).toBe(3);
    const joCard = card.stakeholders.items.find((s: { name: string }) => s.name === 'Jo Park');
    expect(joCard.personalTrust).toMatchObject({ change: 0, evidenceCount: 0 });
    // Rosa is a decision maker and Jo has no evidence: the fused figure is Rosa's.
    expect(card.stakeholders.personalTrust.after.expected).toBeCloseTo(0.342671, 5);

    // The relationships were recorded today, after the period.
    expect(card.coverage).toEqual({
      relationshipsStarted: 0,
      stakeholdersNewlyReached: [],
      levelsNewlyReached: [],
    });
    expect(card.value).toEqual({
      delivered: 1,
      latest: {
        accountId: acme.id,
        accountName: 'Acme',
        name: 'Benchmark of their routes',
        deliveredOn: '2026-07-15',
      },
    });
    expect(card.pulses).toEqual({ count: 0, averages: null });
    expect(card.opportunities).toEqual({
      won: { count: 1, amounts: [{ currency: 'EUR', amount: 120000 }] },
      open: { count: 1, amounts: [{ currency: 'EUR', amount: 80000 }] },
    });
  });

  it('counts coverage gained, pulses and open promises over the default last 90 days', async () => {
    const { member, ana, bo, acme, rosa } = await buildTeam();
    for (const answers of [
      { trustAnswer: 4, valueAnswer: 3, backingAnswer: 5 },
      { trustAnswer: 5, valueAnswer: 4, backingAnswer: 2 },
    ]) {
      const link = await api.post(`/api/accounts/${acme.id}/share-links`, member, {
        scope: 'respond',
      });
      expect(link.status).toBe(201);
      const pulse = await api.post(
        '/api/shared/pulse',
        { headers: { authorization: `Share ${link.body.token}` } },
        answers,
      );
      expect(pulse.status, pulse.text).toBe(201);
    }
    const card = (await api.get(`/api/team-members/${ana.id}/scorecard`, member)).body;
    const today = new Date().toISOString().slice(0, 10);
    expect(card.period.to).toBe(today);
    expect(Date.parse(card.period.to) - Date.parse(card.period.from)).toBe(89 * 86_400_000);
    expect(card.commitments).toMatchObject({ kept: 0, broken: 0, open: 1, onTimeRate: null });
    expect(card.coverage).toEqual({
      relationshipsStarted: 2,
      stakeholdersNewlyReached: [
        { stakeholderId: rosa.id, name: 'Rosa Diaz', accountName: 'Acme' },
      ],
      levelsNewlyReached: [{ accountId: acme.id, accountName: 'Acme', level: 'executive' }],
    });
    expect(card.pulses).toEqual({ count: 2, averages: { trust: 4.5, value: 3.5, backing: 3.5 } });

    const boCard = (await api.get(`/api/team-members/${bo.id}/scorecard`, member)).body;
    expect(boCard.coverage.relationshipsStarted).toBe(1);
    expect(boCard.coverage.stakeholdersNewlyReached.map((s: { name: string }) => s.name)).toEqual([
      'Jo Park',
    ]);
    expect(boCard.pulses.count).toBe(0);
  });

  it('validates the period and finds no one from another workspace', async () => {
    const { member, ana } = await buildTeam();
    const path = `/api/team-members/${ana.id}/scorecard`;
    const backwards = await api.get(`${path}?from=2026-06-01&to=2026-05-01`, member);
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([{ pointer: '/query/from', detail: 'is after `to`' }]);
    const notADay = await api.get(`${path}?from=2026-02-30`, member);
    expect(notADay.status).toBe(400);
    expect(notADay.body.errors[0]).toMatchObject({ pointer: '/querystring/from' });
    const tooLong = await api.get(`${path}?from=2000-01-01&to=2026-01-01`, member);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.detail).toMatch(/at most 3660 days/);
    expect((await api.get(`${path}?period=year`, member)).status).toBe(400);

    const stranger = await buildMember();
    const foreign = await api.get(path, stranger);
    expect(foreign.status).toBe(404);
    expect(foreign.text).not.toContain('Ana Lima');
    expect((await api.get('/api/team-members/not-an-id/scorecard', member)).status).toBe(404);
  });
});

describe('GET /api/scorecard and /api/scorecard.csv', () => {
  it("lists every live team member's scorecard by name, a page at a time, for every role", async () => {
    const { member } = await buildTeam();
    const viewer = await buildMember({ role: 'viewer', workspaceId: member.workspaceId });
    const first = await api.get(`/api/scorecard?${period}&limit=1`, viewer);
    expect(first.status).toBe(200);
    expect(first.body.period).toEqual({ from: '2026-06-01', to: '2026-08-31' });
    expect(first.body.page.total).toBe(2);
    expect(first.body.data.map((c: { teamMember: { name: string } }) => c.teamMember.name)).toEqual(
      ['Ana Lima'],
    );
    const second = await api.get(
      `/api/scorecard?${period}&limit=1&cursor=${first.body.page.nextCursor}`,
      viewer,
    );
    const bo = second.body.data[0];
    expect(bo.teamMember.name).toBe('Bo Berg');
    expect(bo.commitments).toMatchObject({ kept: 1, onTimeRate: 1 });
    expect(bo.value.delivered).toBe(1);
    expect(bo.opportunities.won).toEqual({ count: 1, amounts: [{ currency: 'EUR', amount: 999 }] });
    expect(second.body.page.nextCursor).toBeNull();
    expect((await api.get(`/api/scorecard?q=bo`, viewer)).body.page.total).toBe(1);
    expect((await api.get('/api/scorecard?sort=onTimeRate', viewer)).status).toBe(400);
    expect((await api.get('/api/scorecard', null)).status).toBe(401);
  });

  it('exports the team as CSV: a header row, then one row per live team member', async () => {
    const { member } = await buildTeam();
    const response = await api.get(`/api/scorecard.csv?${period}`, member);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="scorecard-2026-06-01-to-2026-08-31.csv"',
    );
    const [header, ...rows]: string[][] = parse(response.text);
    expect(header!.slice(0, 7)).toEqual([
      'Team member',
      'Accounts owned',
      'Kept on time',
      'Kept late',
      'Broken',
      'Open at period end',
      'On-time rate',
    ]);
    expect(rows.map((row) => row[0])).toEqual(['Ana Lima', 'Bo Berg']);
    const cell = (row: string[], column: string) => row[header!.indexOf(column)];
    const ana = rows[0]!;
    expect(cell(ana, 'Kept on time')).toBe('1');
    expect(cell(ana, 'Kept late')).toBe('1');
    expect(cell(ana, 'Broken')).toBe('1');
    expect(cell(ana, 'On-time rate')).toBe('0.3333');
    expect(cell(ana, 'Personal trust change of their accounts')).toBe('-0.1573');
    expect(cell(ana, 'Change in that personal trust')).toBe('-0.1573');
    expect(cell(ana, 'Corporate trust of their accounts')).toBe('0.596');
    expect(cell(ana, 'Last value delivered on')).toBe('2026-07-15');
    expect(cell(ana, 'Pulse: trust (1-5)')).toBe('');
    expect(cell(ana, 'Won amount')).toBe('EUR 120000.00');
    expect(cell(ana, 'Open pipeline')).toBe('EUR 80000.00');
    expect(cell(rows[1]!, 'On-time rate')).toBe('1');

    const backwards = await api.get('/api/scorecard.csv?from=2026-06-01&to=2026-01-01', member);
    expect(backwards.status).toBe(400);
    expect(backwards.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('writes a name a spreadsheet would run as a formula as plain text', async () => {
    const member = await buildMember();
    await buildTeamMember(member.workspaceId, { name: '=HYPERLINK("http://evil.example")' });
    const response = await api.get('/api/scorecard.csv', member);
    const [, row]: string[][] = parse(response.text);
    expect(row![0]).toBe('\'=HYPERLINK("http://evil.example")');
  });
});
