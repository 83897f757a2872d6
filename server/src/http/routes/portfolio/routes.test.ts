import { describe, expect, it } from 'vitest';
import {
  buildAccount,
  buildMember,
  buildStakeholder,
  buildTeamMember,
  type TestMember,
} from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

const dayMs = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs).toISOString();
const dayOf = (days: number) => daysAgo(days).slice(0, 10);

const observe = async (
  member: TestMember,
  accountId: string,
  signalName: string,
  observedAt: string,
  extra: Record<string, unknown> = {},
) => {
  const signal = (await api.get(`/api/signals?q=${encodeURIComponent(signalName)}`, member)).body
    .data[0];
  const response = await api.post('/api/observations', member, {
    signalId: signal.id,
    accountId,
    observedAt,
    ...extra,
  });
  expect(response.status, response.text).toBe(201);
};

type Row = {
  accountId: string;
  name: string;
  owner: { teamMemberId: string; name: string } | null;
  dimensions: Record<string, Record<string, unknown>>;
  isFalling: boolean;
  fallingDimensions: string[];
  isSingleThreaded: boolean;
  openAlerts: { total: number };
  overdueCommitments: { ours: number; theirs: number; total: number };
  lastEvidenceAt: string | null;
};
const names = (body: { data: Row[] }) => body.data.map((row) => row.name);

/** Four accounts that differ in one way each, so every filter has a single right answer. */
const buildPortfolio = async () => {
  const member = await buildMember();
  const ana = await buildTeamMember(member.workspaceId, { name: 'Ana Lima' });
  const bo = await buildTeamMember(member.workspaceId, { name: 'Bo Berg' });
  // Acme hangs on one relationship: single-threaded.
  const acme = await buildAccount(member.workspaceId, {
    name: 'Acme',
    ownerTeamMemberId: ana.id,
  });
  const rosa = await buildStakeholder(member.workspaceId, acme.id, { name: 'Rosa Diaz' });
  expect(
    (
      await api.post('/api/relationships', member, {
        teamMemberId: ana.id,
        stakeholderId: rosa.id,
        strength: 4,
      })
    ).status,
  ).toBe(201);
  // Beta missed a promise five days ago: reciprocal trust fell from 0.5 to about 0.27.
  const beta = await buildAccount(member.workspaceId, { name: 'Beta', ownerTeamMemberId: bo.id });
  await observe(member, beta.id, 'Missed a promise to us', daysAgo(5));
  // Cyan has one of our promises ten days overdue and one of theirs still to come.
  const cyan = await buildAccount(member.workspaceId, { name: 'Cyan' });
  const jo = await buildStakeholder(member.workspaceId, cyan.id, { name: 'Jo Park' });
  for (const body of [
    { side: 'ours', ownerTeamMemberId: ana.id, text: 'Send the pilot plan', dueOn: dayOf(10) },
    { side: 'theirs', ownerStakeholderId: jo.id, text: 'Share the data', dueOn: dayOf(-10) },
  ]) {
    expect((await api.post(`/api/accounts/${cyan.id}/commitments`, member, body)).status).toBe(201);
  }
  // Delta was referred a year ago: the one hand-computed figure.
  const delta = await buildAccount(member.workspaceId, {
    name: 'Delta corp',
    ownerTeamMemberId: ana.id,
  });
  await observe(member, delta.id, 'Refers us to peers', daysAgo(365));
  const archived = await buildAccount(member.workspaceId, { name: 'Old Co' });
  await api.patch(`/api/accounts/${archived.id}`, member, { archived: true });
  return { member, ana, bo, acme, beta, cyan, delta };
};

describe('GET /api/portfolio', () => {
  it('lists every live account with the trust its own page shows, its owner and its last evidence', async () => {
    const { member, ana } = await buildPortfolio();
    const response = await api.get('/api/portfolio', member);
    expect(response.status).toBe(200);
    expect(names(response.body)).toEqual(['Acme', 'Beta', 'Cyan', 'Delta corp']);
    expect(response.body.page).toEqual({ nextCursor: null, total: 4 });
    expect(response.body.thresholds).toEqual({
      enoughExpected: 0.7,
      enoughMaxUncertainty: 0.3,
      trustFall30Days: 0.1,
    });

    const row = response.body.data.find((r: Row) => r.name === 'Delta corp');
    expect(row.owner).toEqual({ teamMemberId: ana.id, name: 'Ana Lima' });
    // A 0.6 referral one corporate half-life (365 days) ago weighs 0.3: E = 1.3 / 2.3.
    expect(row.dimensions.corporate.expected).toBeCloseTo(0.565217, 5);
    expect(row.dimensions.corporate.uncertainty).toBeCloseTo(0.869565, 5);
    expect(row.dimensions.corporate.change30Days).toBeCloseTo(-0.003299, 5);
    expect(row.dimensions.corporate.isEnough).toBe(false);
    expect(row.dimensions.personal).toMatchObject({ expected: 0.5, uncertainty: 1 });
    expect(Date.parse(row.lastEvidenceAt) - Date.parse(daysAgo(365))).toBeLessThan(60_000);
    expect(row.abilities).toEqual({ update: true });

    // Every row carries the numbers of the account's own trust endpoint.
    for (const account of response.body.data as Row[]) {
      const trust = (await api.get(`/api/accounts/${account.accountId}/trust`, member)).body;
      for (const dimension of ['personal', 'corporate', 'capability', 'reciprocal']) {
        const own = trust.dimensions[dimension];
        const shown = account.dimensions[dimension]!;
        for (const field of ['expected', 'uncertainty', 'change30Days', 'change90Days'])
          expect(shown[field], `${account.name} ${dimension} ${field}`).toBeCloseTo(
            own[field] as number,
            5,
          );
        expect(shown.isEnough).toBe(own.isEnough);
        expect(shown.evidenceCount).toBe(own.evidenceCount);
      }
    }
  });

  it('filters by owner, falling trust, single-threading and overdue promises, and by name', async () => {
    const { member, ana, bo } = await buildPortfolio();
    const filtered = async (query: string) => {
      const response = await api.get(`/api/portfolio?${query}`, member);
      expect(response.status, response.text).toBe(200);
      return response.body;
    };
    expect(names(await filtered(`owner=${ana.id}`))).toEqual(['Acme', 'Delta corp']);
    expect(names(await filtered(`owner=${bo.id}`))).toEqual(['Beta']);
    expect(names(await filtered('owner=none'))).toEqual(['Cyan']);

    const falling = await filtered('falling=true');
    expect(names(falling)).toEqual(['Beta']);
    expect(falling.data[0].fallingDimensions).toEqual(['reciprocal']);
    // 3 × 0.6 decayed over five days against the prior: E = 1 / (2 + 1.766) ≈ 0.266.
    expect(falling.data[0].dimensions.reciprocal.expected).toBeCloseTo(0.26556, 4);
    expect(falling.data[0].dimensions.reciprocal.change30Days).toBeCloseTo(-0.23444, 4);
    expect(names(await filtered('falling=false'))).toEqual(['Acme', 'Cyan', 'Delta corp']);

    const single = await filtered('singleThreaded=true');
    expect(names(single)).toEqual(['Acme']);
    expect(single.data[0].singleThreads).toEqual([
      { side: 'ours', personId: ana.id, personName: 'Ana Lima' },
      { side: 'theirs', personId: expect.any(String), personName: 'Rosa Diaz' },
    ]);

    const overdue = await filtered('overdue=true');
    expect(names(overdue)).toEqual(['Cyan']);
    expect(overdue.data[0].overdueCommitments).toEqual({ ours: 1, theirs: 0, total: 1 });

    expect(names(await filtered('q=CORP'))).toEqual(['Delta corp']);
    expect(names(await filtered(`owner=${ana.id}&singleThreaded=true`))).toEqual(['Acme']);
    expect((await filtered(`owner=${ana.id}&falling=true`)).page.total).toBe(0);
  });

  it('sorts by any column and pages with a cursor without skipping or repeating', async () => {
    const { member } = await buildPortfolio();
    const sorted = async (sort: string) =>
      names((await api.get(`/api/portfolio?sort=${sort}`, member)).body);
    expect(await sorted('-name')).toEqual(['Delta corp', 'Cyan', 'Beta', 'Acme']);
    expect(await sorted('reciprocal')).toEqual(['Beta', 'Acme', 'Cyan', 'Delta corp']);
    expect((await sorted('-corporate'))[0]).toBe('Delta corp');
    expect((await sorted('change30Days'))[0]).toBe('Beta');
    expect((await sorted('-overdue'))[0]).toBe('Cyan');
    // Accounts without an owner come last either way.
    expect(await sorted('owner')).toEqual(['Acme', 'Delta corp', 'Beta', 'Cyan']);
    expect(await sorted('-owner')).toEqual(['Beta', 'Delta corp', 'Acme', 'Cyan']);
    // Beta's evidence is the newest; accounts without any come last; ties go by name.
    expect(await sorted('-lastEvidenceAt')).toEqual(['Beta', 'Delta corp', 'Cyan', 'Acme']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { data: Row[]; page: { nextCursor: string | null; total: number } } } =
        await api.get(
          `/api/portfolio?sort=-reciprocal&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
          member,
        );
      expect(page.body.page.total).toBe(4);
      seen.push(...names(page.body));
      cursor = page.body.page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(['Delta corp', 'Cyan', 'Acme', 'Beta']);
  });

  it('explains bad sorts, filters and cursors', async () => {
    const member = await buildMember();
    const badSort = await api.get('/api/portfolio?sort=secret', member);
    expect(badSort.status).toBe(400);
    expect(badSort.body.detail).toMatch(/Sort by one of: name, owner, personal/);
    const badOwner = await api.get('/api/portfolio?owner=me', member);
    expect(badOwner.status).toBe(400);
    expect(badOwner.body.errors[0]).toMatchObject({ pointer: '/querystring/owner' });
    const badFlag = await api.get('/api/portfolio?falling=yes', member);
    expect(badFlag.status).toBe(400);
    expect(badFlag.body.errors[0].pointer).toBe('/querystring/falling');
    const badCursor = await api.get('/api/portfolio?cursor=forged', member);
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors).toEqual([
      { pointer: '/cursor', detail: 'is not a valid cursor' },
    ]);
    expect((await api.get('/api/portfolio?archived=true', member)).status).toBe(400);
  });

  it('shows a viewer the portfolio without write abilities, and nothing of other workspaces', async () => {
    const { member } = await buildPortfolio();
    const viewer = await buildMember({ role: 'viewer', workspaceId: member.workspaceId });
    const seen = await api.get('/api/portfolio', viewer);
    expect(seen.status).toBe(200);
    expect(seen.body.page.total).toBe(4);
    expect(seen.body.data[0].abilities).toEqual({ update: false });
    const stranger = await buildMember();
    const theirs = await api.get('/api/portfolio', stranger);
    expect(theirs.body).toMatchObject({ data: [], page: { total: 0 } });
    expect((await api.get('/api/portfolio', null)).status).toBe(401);
  });
});

describe('GET /api/portfolio/history', () => {
  it("fuses every live account's evidence into the workspace's trust over time", async () => {
    const member = await buildMember();
    const ana = await buildTeamMember(member.workspaceId, { name: 'Ana Lima' });
    const globex = await buildAccount(member.workspaceId, {
      name: 'Globex',
      ownerTeamMemberId: ana.id,
    });
    const initech = await buildAccount(member.workspaceId, { name: 'Initech' });
    const gone = await buildAccount(member.workspaceId, { name: 'Gone' });
    await observe(member, globex.id, 'Refers us to peers', '2026-02-01');
    await observe(member, initech.id, 'Refers us to peers', '2026-02-01');
    await observe(member, gone.id, 'Questions our company’s staying power', '2026-02-01');
    await api.patch(`/api/accounts/${gone.id}`, member, { archived: true });

    const history = await api.get(
      '/api/portfolio/history?from=2026-01-01&to=2026-03-02&step=30d',
      member,
    );
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject({ stepDays: 30, accounts: 2 });
    expect(history.body.points.map((p: { at: string }) => p.at.slice(0, 10))).toEqual([
      '2026-01-01',
      '2026-01-31',
      '2026-03-02',
    ]);
    const [before, , after] = history.body.points;
    expect(before.corporate).toMatchObject({ expected: 0.5, uncertainty: 1 });
    // Two 0.6 referrals 28.5 days old (a bare day is noon UTC), fused as one account's evidence
    // with the archived account left out: r = 1.2 · 2^(−28.5/365) ≈ 1.1368, E = (r + 1) / (r + 2).
    expect(after.corporate.expected).toBeCloseTo(0.6812, 4);
    expect(after.corporate.uncertainty).toBeCloseTo(0.6376, 4);

    const owned = await api.get(
      `/api/portfolio/history?from=2026-03-02&to=2026-03-02&owner=${ana.id}`,
      member,
    );
    expect(owned.body.accounts).toBe(1);
    // One referral: r ≈ 0.5684, E ≈ 0.6107.
    expect(owned.body.points[0].corporate.expected).toBeCloseTo(0.61065, 4);
  });

  it('validates the range and the step', async () => {
    const member = await buildMember();
    const backwards = await api.get('/api/portfolio/history?from=2026-06-01&to=2026-01-01', member);
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].pointer).toBe('/query/from');
    const tiny = await api.get('/api/portfolio/history?from=2000-01-01&step=1', member);
    expect(tiny.status).toBe(400);
    expect(tiny.body.errors[0].pointer).toBe('/query/step');
    const badDate = await api.get('/api/portfolio/history?from=yesterday', member);
    expect(badDate.status).toBe(400);
  });
});
