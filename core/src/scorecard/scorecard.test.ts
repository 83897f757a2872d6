import { describe, expect, it } from 'vitest';
import { computeFusedOpinionAt, type LedgerEntry, nilId } from '../trust/ledger.ts';
import { defaultTrustSettings } from '../trust/settings.ts';
import {
  computeCommitmentFigures,
  computeCoverageGained,
  computeScorecard,
  type ScorecardCommitment,
  type ScorecardInput,
  type ScorecardPeriod,
  type ScorecardRelationship,
} from './scorecard.ts';
import { formatAmounts, toScorecardTable } from './table.ts';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const period: ScorecardPeriod = {
  from: '2026-04-01',
  to: '2026-06-30',
  startAt: day('2026-04-01'),
  endAt: day('2026-07-01'),
};

const commitment = (
  status: ScorecardCommitment['status'],
  closedOn: string | null,
  createdOn = '2026-03-01',
): ScorecardCommitment => ({ status, dueOn: '2026-05-01', closedOn, createdOn });

describe('computeCommitmentFigures', () => {
  it.each([
    {
      label: 'counts outcomes dated inside the period only',
      commitments: [
        commitment('kept', '2026-04-01'),
        commitment('kept', '2026-06-30'),
        commitment('kept', '2026-03-31'),
        commitment('kept_late', '2026-05-10'),
        commitment('broken', '2026-07-01'),
        commitment('broken', '2026-05-02'),
      ],
      expected: { kept: 2, keptLate: 1, broken: 1, open: 1, onTimeRate: 0.5 },
    },
    {
      label: 'gives no rate when nothing was kept or broken',
      commitments: [commitment('released', '2026-05-01'), commitment('agreed', null)],
      expected: { kept: 0, keptLate: 0, broken: 0, released: 1, open: 1, onTimeRate: null },
    },
    {
      label: 'counts as open what was still open at the end, not what came later',
      commitments: [
        commitment('agreed', null),
        commitment('proposed', null, '2026-07-02'),
        commitment('kept', '2026-07-05'),
        commitment('renegotiated', '2026-06-01'),
      ],
      expected: { kept: 0, renegotiated: 1, open: 2, onTimeRate: null },
    },
  ])('$label', ({ commitments, expected }) => {
    expect(computeCommitmentFigures(commitments, period)).toMatchObject(expected);
  });
});

const rel = (
  teamMemberId: string,
  stakeholderId: string,
  started: string,
  overrides: Partial<ScorecardRelationship> = {},
): ScorecardRelationship => ({
  teamMemberId,
  stakeholderId,
  stakeholderName: stakeholderId.toUpperCase(),
  accountId: 'acme',
  accountName: 'Acme',
  seniority: 'manager',
  startedAt: day(started),
  endedAt: null,
  ...overrides,
});

describe('computeCoverageGained', () => {
  it.each([
    {
      label: 'a first contact at a new level reaches the person and the level',
      relationships: [rel('ana', 'ceo', '2026-05-01', { seniority: 'executive' })],
      expected: { started: 1, people: ['CEO'], levels: ['acme:executive'] },
    },
    {
      label: 'someone already known is not newly reached, but a new level still counts',
      relationships: [
        rel('bo', 'vp', '2026-01-01', { seniority: 'senior' }),
        rel('ana', 'vp', '2026-05-01', { seniority: 'senior' }),
        rel('ana', 'dev', '2026-05-02', { seniority: 'staff' }),
      ],
      expected: { started: 2, people: ['DEV'], levels: ['acme:staff'] },
    },
    {
      label: 'a level someone else reached first is not new',
      relationships: [
        rel('bo', 'lead', '2026-01-01'),
        rel('ana', 'lead2', '2026-05-01'),
        rel('ana', 'lead3', '2026-05-03'),
      ],
      expected: { started: 2, people: ['LEAD2', 'LEAD3'], levels: [] },
    },
    {
      label: 'a contact that had ended before leaves the person unreached again',
      relationships: [
        rel('bo', 'cfo', '2026-01-01', { seniority: 'executive', endedAt: day('2026-03-01') }),
        rel('ana', 'cfo', '2026-05-01', { seniority: 'executive' }),
      ],
      expected: { started: 1, people: ['CFO'], levels: ['acme:executive'] },
    },
    {
      label: 'relationships started outside the period or by others do not count',
      relationships: [
        rel('ana', 'a', '2026-03-31'),
        rel('ana', 'b', '2026-07-01'),
        rel('bo', 'c', '2026-05-01'),
      ],
      expected: { started: 0, people: [], levels: [] },
    },
    {
      label: 'relationships recorded together (an import) reach no one first',
      relationships: [
        rel('ana', 'ceo', '2026-05-01', { seniority: 'executive' }),
        rel('bo', 'ceo', '2026-05-01', { seniority: 'executive' }),
        rel('ana', 'cto', '2026-05-01', { seniority: 'executive' }),
      ],
      expected: { started: 2, people: ['CTO'], levels: [] },
    },
    {
      label: 'levels are per account',
      relationships: [
        rel('bo', 'x', '2026-01-01', { accountId: 'globex', accountName: 'Globex' }),
        rel('ana', 'y', '2026-05-01'),
      ],
      expected: { started: 1, people: ['Y'], levels: ['acme:manager'] },
    },
  ])('$label', ({ relationships, expected }) => {
    const gained = computeCoverageGained('ana', relationships, period);
    expect(gained.relationshipsStarted).toBe(expected.started);
    expect(gained.stakeholdersNewlyReached.map((s) => s.name)).toEqual(expected.people);
    expect(gained.levelsNewlyReached.map((l) => `${l.accountId}:${l.level}`)).toEqual(
      expected.levels,
    );
  });
});

let seq = 0;
const evidence = (
  overrides: Partial<LedgerEntry & { accountId: string }> &
    Pick<LedgerEntry, 'dimension' | 'polarity' | 'at'>,
): LedgerEntry & { accountId: string } => ({
  id: `e${++seq}`,
  accountId: 'acme',
  subjectType: 'account',
  subjectId: 'acme',
  aboutId: nilId,
  weight: 0.6,
  reversesId: null,
  ...overrides,
});

const roleWeight: Record<string, number> = { rosa: 1, jo: 0.4 };
const baseInput = (overrides: Partial<ScorecardInput> = {}): ScorecardInput => ({
  teamMemberId: 'ana',
  period,
  settings: defaultTrustSettings,
  weightOf: (s) => (s.subjectType === 'stakeholder' ? (roleWeight[s.subjectId] ?? 0.4) : 1),
  commitments: [],
  accounts: [
    { id: 'acme', name: 'Acme' },
    { id: 'globex', name: 'Globex' },
  ],
  ledger: [],
  stakeholders: [],
  relationships: [],
  valueDeliveries: [],
  pulses: [],
  opportunities: [],
  ...overrides,
});

describe('computeScorecard', () => {
  it('reads the trust of their accounts at both ends of the period as a replay does', () => {
    const ledger = [
      evidence({ dimension: 'corporate', polarity: 1, at: day('2026-02-01') }),
      evidence({ dimension: 'corporate', polarity: -1, at: day('2026-05-01') }),
      evidence({
        accountId: 'globex',
        subjectType: 'stakeholder',
        subjectId: 'rosa',
        dimension: 'corporate',
        polarity: 1,
        at: day('2026-06-01'),
      }),
      // After the period: must not count.
      evidence({ dimension: 'corporate', polarity: 1, weight: 1, at: day('2026-07-15') }),
    ];
    const input = baseInput({ ledger });
    const card = computeScorecard(input);
    const fused = (at: number, account?: string) =>
      computeFusedOpinionAt(ledger, input.settings, at, 'corporate', input.weightOf, (s) =>
        account === undefined
          ? true
          : ledger.some((e) => e.subjectId === s.subjectId && e.accountId === account),
      ).opinion.expected;
    expect(card.accounts.trust.corporate.before.expected).toBeCloseTo(fused(period.startAt), 12);
    expect(card.accounts.trust.corporate.after.expected).toBeCloseTo(fused(period.endAt), 12);
    const acme = card.accounts.items.find((a) => a.accountId === 'acme')!;
    expect(acme.trust.corporate.after.expected).toBeCloseTo(fused(period.endAt, 'acme'), 12);
    expect(acme.trust.corporate.change).toBeLessThan(0);
    const globex = card.accounts.items.find((a) => a.accountId === 'globex')!;
    expect(globex.trust.corporate.before.expected).toBe(0.5);
    expect(globex.trust.corporate.change).toBeGreaterThan(0);
    expect(card.accounts.trust.personal.change).toBe(0);
  });

  it('reads the personal trust their stakeholders place in them, not in others', () => {
    const ledger = [
      evidence({
        subjectType: 'stakeholder',
        subjectId: 'rosa',
        aboutId: 'ana',
        dimension: 'personal',
        polarity: 1,
        at: day('2026-05-01'),
      }),
      evidence({
        subjectType: 'stakeholder',
        subjectId: 'rosa',
        aboutId: 'bo',
        dimension: 'personal',
        polarity: -1,
        at: day('2026-05-01'),
      }),
      evidence({
        accountId: 'initech',
        subjectType: 'stakeholder',
        subjectId: 'jo',
        aboutId: 'ana',
        dimension: 'personal',
        polarity: -1,
        weight: 0.2,
        at: day('2026-06-01'),
      }),
    ];
    const card = computeScorecard(
      baseInput({
        ledger,
        stakeholders: [
          { id: 'rosa', name: 'Rosa', accountId: 'acme', accountName: 'Acme' },
          { id: 'jo', name: 'Jo', accountId: 'initech', accountName: 'Initech' },
        ],
      }),
    );
    const [rosa, jo] = card.stakeholders.items;
    // 0.6 positive, 61 days old at the end (personal half-life 90 days): E = (r + 1) / (r + 2).
    const r = 0.6 * Math.pow(2, -61 / 90);
    expect(rosa!.personalTrust.before.expected).toBe(0.5);
    expect(rosa!.personalTrust.after.expected).toBeCloseTo((r + 1) / (r + 2), 12);
    expect(jo!.personalTrust.change).toBeLessThan(0);
    // Fused by role: Rosa (weight 1) outweighs Jo (0.4).
    const s = 3 * 0.2 * Math.pow(2, -30 / 90) * 0.4;
    expect(card.stakeholders.personalTrust.after.expected).toBeCloseTo((r + 1) / (r + s + 2), 12);
    expect(card.stakeholders.count).toBe(2);
  });

  it('adds up value, pulses and deals of their own accounts in the period', () => {
    const card = computeScorecard(
      baseInput({
        valueDeliveries: [
          { accountId: 'acme', name: 'Benchmark', deliveredOn: '2026-04-10' },
          { accountId: 'globex', name: 'Intro', deliveredOn: '2026-06-30' },
          { accountId: 'acme', name: 'Later', deliveredOn: '2026-07-02' },
          { accountId: 'initech', name: 'Not theirs', deliveredOn: '2026-05-01' },
        ],
        pulses: [
          {
            accountId: 'acme',
            at: day('2026-05-01'),
            trustAnswer: 4,
            valueAnswer: 3,
            backingAnswer: 5,
          },
          {
            accountId: 'globex',
            at: day('2026-06-01'),
            trustAnswer: 5,
            valueAnswer: 4,
            backingAnswer: 2,
          },
          {
            accountId: 'acme',
            at: day('2026-03-01'),
            trustAnswer: 1,
            valueAnswer: 1,
            backingAnswer: 1,
          },
        ],
        opportunities: [
          {
            accountId: 'acme',
            stage: 'won',
            amount: 0.1,
            currency: 'EUR',
            decidedOn: '2026-05-01',
          },
          {
            accountId: 'acme',
            stage: 'won',
            amount: 0.2,
            currency: 'EUR',
            decidedOn: '2026-06-01',
          },
          {
            accountId: 'globex',
            stage: 'won',
            amount: 500,
            currency: 'USD',
            decidedOn: '2026-06-15',
          },
          {
            accountId: 'globex',
            stage: 'won',
            amount: 900,
            currency: 'USD',
            decidedOn: '2026-01-15',
          },
          { accountId: 'acme', stage: 'proposal', amount: 1000, currency: 'EUR', decidedOn: null },
          { accountId: 'acme', stage: 'discovery', amount: null, currency: 'EUR', decidedOn: null },
          {
            accountId: 'acme',
            stage: 'lost',
            amount: 50,
            currency: 'EUR',
            decidedOn: '2026-05-01',
          },
          {
            accountId: 'initech',
            stage: 'won',
            amount: 7,
            currency: 'EUR',
            decidedOn: '2026-05-01',
          },
        ],
      }),
    );
    expect(card.value).toEqual({
      delivered: 2,
      latest: {
        accountId: 'globex',
        accountName: 'Globex',
        name: 'Intro',
        deliveredOn: '2026-06-30',
      },
    });
    expect(card.pulses).toEqual({ count: 2, averages: { trust: 4.5, value: 3.5, backing: 3.5 } });
    expect(card.opportunities.won).toEqual({
      count: 3,
      amounts: [
        { currency: 'USD', amount: 500 },
        { currency: 'EUR', amount: 0.3 },
      ],
    });
    expect(card.opportunities.open).toEqual({
      count: 2,
      amounts: [{ currency: 'EUR', amount: 1000 }],
    });
    expect(formatAmounts(card.opportunities.won.amounts)).toBe('USD 500.00; EUR 0.30');
  });

  it('writes one table row per member with a header for every column', () => {
    const card = computeScorecard(
      baseInput({
        commitments: [commitment('kept', '2026-05-01'), commitment('broken', '2026-05-02')],
      }),
    );
    const table = toScorecardTable([{ name: 'Ana Lima', scorecard: card }]);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toHaveLength(table.header.length);
    const cell = (column: string) => table.rows[0]![table.header.indexOf(column)];
    expect(cell('Team member')).toBe('Ana Lima');
    expect(cell('Kept on time')).toBe(1);
    expect(cell('Broken')).toBe(1);
    expect(cell('On-time rate')).toBe(0.5);
    expect(cell('Personal trust of their accounts')).toBe(0.5);
    expect(cell('Pulse: trust (1-5)')).toBeNull();
  });
});
