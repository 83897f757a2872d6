import { describe, expect, it } from 'vitest';
import { dimensions } from '../model/index.ts';
import {
  computeDimensionTrust,
  type LedgerEntry,
  nilId,
  replayLedger,
  type ScoreSubject,
} from '../trust/ledger.ts';
import { dayMs, defaultTrustSettings } from '../trust/settings.ts';
import {
  computePortfolioRow,
  filterPortfolio,
  type PortfolioAccountInput,
  type PortfolioCursor,
  type PortfolioRow,
  type PortfolioSortField,
  pagePortfolio,
} from './portfolio.ts';

const at = Date.UTC(2026, 5, 1);
const settings = defaultTrustSettings;
let seq = 0;
const entry = (
  subject: Partial<ScoreSubject>,
  overrides: Partial<LedgerEntry> & Pick<LedgerEntry, 'dimension' | 'polarity'>,
): LedgerEntry => ({
  id: `e${++seq}`,
  subjectType: 'stakeholder',
  subjectId: 'champion',
  aboutId: nilId,
  weight: 1,
  at: at - 100 * dayMs,
  reversesId: null,
  ...subject,
  ...overrides,
});

const roles: Record<string, number> = { champion: 0.8, user: 0.4 };
const weightOf = (subject: ScoreSubject) =>
  subject.subjectType === 'stakeholder' ? (roles[subject.subjectId] ?? 0.4) : 1;

/** Stored states as the write side keeps them: what a replay up to now gives. */
const storedStates = (ledger: LedgerEntry[]) =>
  [...replayLedger(ledger, settings, at).values()].map((score) => ({
    subject: score.subject,
    dimension: score.dimension,
    state: score.state,
    count: score.count,
  }));

const input = (
  ledger: LedgerEntry[],
  overrides: Partial<PortfolioAccountInput> = {},
): PortfolioAccountInput => ({
  accountId: 'a1',
  name: 'Globex',
  ownerTeamMemberId: null,
  ownerName: null,
  ledger,
  current: storedStates(ledger),
  coverage: { stakeholders: [], relationships: [] },
  openAlerts: {},
  overdue: { ours: 0, theirs: 0 },
  ...overrides,
});

describe('computePortfolioRow', () => {
  it('shows the trust a full replay of the account gives, in every dimension', () => {
    const ledger = [
      entry({}, { dimension: 'personal', polarity: 1, at: at - 200 * dayMs }),
      entry({ subjectId: 'user' }, { dimension: 'personal', polarity: -1, at: at - 20 * dayMs }),
      entry({}, { dimension: 'corporate', polarity: 1, weight: 0.6, at: at - 50 * dayMs }),
      entry(
        { subjectType: 'account', subjectId: 'a1' },
        { dimension: 'reciprocal', polarity: 1, at: at - 5 * dayMs },
      ),
    ];
    const row = computePortfolioRow(input(ledger), { settings, at, weightOf });
    for (const dimension of dimensions) {
      const replayed = computeDimensionTrust({
        entries: ledger,
        settings,
        at,
        dimension,
        weightOf,
      });
      expect(row.dimensions[dimension].expected).toBeCloseTo(replayed.expected, 12);
      expect(row.dimensions[dimension].uncertainty).toBeCloseTo(replayed.uncertainty, 12);
      expect(row.dimensions[dimension].change30Days).toBeCloseTo(replayed.change30Days, 12);
      expect(row.dimensions[dimension].change90Days).toBeCloseTo(replayed.change90Days, 12);
    }
    expect(row.dimensions.capability).toMatchObject({ expected: 0.5, uncertainty: 1 });
    expect(row.lastEvidenceAt).toBe(at - 5 * dayMs);
  });

  it.each([
    // A broken promise 10 days ago takes reciprocal trust from about 0.64 to 0.30: falling.
    { recentWeight: 1, threshold: 0.1, falling: ['reciprocal'] },
    // The same fall is within a looser threshold.
    { recentWeight: 1, threshold: 0.5, falling: [] },
    // A light one moves it by less than the default threshold.
    { recentWeight: 0.05, threshold: undefined, falling: [] },
  ])(
    'marks a dimension falling when it fell more than the threshold in 30 days ($recentWeight, $threshold)',
    ({ recentWeight, threshold, falling }) => {
      const account = { subjectType: 'account' as const, subjectId: 'a1' };
      const ledger = [
        entry(account, { dimension: 'reciprocal', polarity: 1, weight: 1, at: at - 400 * dayMs }),
        entry(account, { dimension: 'reciprocal', polarity: 1, weight: 1, at: at - 200 * dayMs }),
        entry(account, {
          dimension: 'reciprocal',
          polarity: -1,
          weight: recentWeight,
          at: at - 10 * dayMs,
        }),
      ];
      const row = computePortfolioRow(input(ledger), {
        settings,
        at,
        weightOf,
        ...(threshold === undefined ? {} : { fallThreshold: threshold }),
      });
      expect(row.fallingDimensions).toEqual(falling);
      expect(row.isFalling).toBe(falling.length > 0);
      expect(row.lowestChange30Days).toBeCloseTo(row.dimensions.reciprocal.change30Days, 12);
      expect(row.lowestChange30Days).toBeLessThan(0);
    },
  );

  it('flags single-threading on either side and adds up alerts and overdue promises', () => {
    const row = computePortfolioRow(
      input([], {
        coverage: {
          stakeholders: [
            {
              id: 's1',
              name: 'Rosa Diaz',
              seniority: 'executive',
              buyingRole: 'decision_maker',
              status: 'active',
              leftOn: null,
            },
          ],
          relationships: [
            { teamMemberId: 't1', teamMemberName: 'Ana Lima', stakeholderId: 's1', strength: 4 },
          ],
        },
        openAlerts: { high: 2, low: 1 },
        overdue: { ours: 1, theirs: 3 },
      }),
      { settings, at, weightOf },
    );
    expect(row.isSingleThreaded).toBe(true);
    expect(row.singleThreads).toEqual([
      { side: 'ours', personId: 't1', personName: 'Ana Lima' },
      { side: 'theirs', personId: 's1', personName: 'Rosa Diaz' },
    ]);
    expect(row.openAlerts).toEqual({ high: 2, medium: 0, low: 1, total: 3 });
    expect(row.overdueCommitments).toEqual({ ours: 1, theirs: 3, total: 4 });
    expect(row.lastEvidenceAt).toBeNull();
  });
});

const row = (id: string, overrides: Partial<PortfolioRow> & { personal?: number } = {}) => {
  const base = computePortfolioRow(input([], { accountId: id, name: id }), {
    settings,
    at,
    weightOf,
  });
  const { personal, ...rest } = overrides;
  return {
    ...base,
    ...rest,
    dimensions: {
      ...base.dimensions,
      personal: { ...base.dimensions.personal, expected: personal ?? 0.5 },
    },
  };
};

const rows: PortfolioRow[] = [
  row('a', { name: 'Acme', ownerTeamMemberId: 't1', ownerName: 'Ana', personal: 0.8 }),
  row('b', {
    name: 'Beta',
    ownerTeamMemberId: 't2',
    ownerName: 'bo',
    personal: 0.3,
    isFalling: true,
    overdueCommitments: { ours: 1, theirs: 0, total: 1 },
    lastEvidenceAt: 5,
  }),
  row('c', { name: 'Cyan', isSingleThreaded: true, personal: 0.5, lastEvidenceAt: 9 }),
  row('d', {
    name: 'Delta corp',
    ownerTeamMemberId: 't1',
    ownerName: 'Ana',
    personal: 0.5,
    isFalling: true,
    isSingleThreaded: true,
  }),
];

describe('filterPortfolio', () => {
  it.each([
    [{}, ['a', 'b', 'c', 'd']],
    [{ owner: 't1' }, ['a', 'd']],
    [{ owner: 'none' }, ['c']],
    [{ isFalling: true }, ['b', 'd']],
    [{ isFalling: false }, ['a', 'c']],
    [{ isSingleThreaded: true }, ['c', 'd']],
    [{ hasOverdue: true }, ['b']],
    [{ q: 'CORP' }, ['d']],
    [{ owner: 't1', isFalling: true, isSingleThreaded: true }, ['d']],
  ])('keeps %j: %j', (filter, expected) => {
    expect(filterPortfolio(rows, filter).map((r) => r.accountId)).toEqual(expected);
  });
});

describe('pagePortfolio', () => {
  it.each<[PortfolioSortField, 'asc' | 'desc', string[]]>([
    ['name', 'asc', ['a', 'b', 'c', 'd']],
    ['name', 'desc', ['d', 'c', 'b', 'a']],
    // Case does not matter, and accounts without an owner come last either way.
    ['owner', 'asc', ['a', 'd', 'b', 'c']],
    ['owner', 'desc', ['b', 'd', 'a', 'c']],
    // Ties go by name in the same direction.
    ['personal', 'asc', ['b', 'c', 'd', 'a']],
    ['personal', 'desc', ['a', 'd', 'c', 'b']],
    ['overdue', 'desc', ['b', 'd', 'c', 'a']],
    ['lastEvidenceAt', 'desc', ['c', 'b', 'd', 'a']],
  ])('sorts by %s %s', (field, direction, expected) => {
    const page = pagePortfolio(rows, { sort: { field, direction }, limit: 10 });
    expect(page.data.map((r) => r.accountId)).toEqual(expected);
    expect(page.nextCursor).toBeNull();
    expect(page.total).toBe(4);
  });

  it.each<[PortfolioSortField, 'asc' | 'desc']>([
    ['owner', 'asc'],
    ['owner', 'desc'],
    ['personal', 'desc'],
    ['lastEvidenceAt', 'asc'],
  ])('pages by %s %s without skipping or repeating a row', (field, direction) => {
    const whole = pagePortfolio(rows, { sort: { field, direction }, limit: 10 }).data;
    const seen: string[] = [];
    let cursor: PortfolioCursor | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = pagePortfolio(rows, { sort: { field, direction }, cursor, limit: 3 });
      seen.push(...page.data.map((r) => r.accountId));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(whole.map((r) => r.accountId));
  });

  it('refuses a cursor from another sort order', () => {
    expect(() =>
      pagePortfolio(rows, {
        sort: { field: 'personal', direction: 'asc' },
        cursor: { value: 'acme', name: 'acme', id: 'a' },
        limit: 2,
      }),
    ).toThrow(/another sort order/);
  });
});
