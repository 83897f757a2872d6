import { describe, expect, it } from 'vitest';
import {
  buildDigest,
  type DigestAlert,
  type DigestFacts,
  type DigestOpenCommitment,
  digestWeekOf,
} from './digest.ts';

// The week of Monday 2026-06-22 to Sunday 2026-06-28.
const weekEnding = '2026-06-28';

const empty = (): DigestFacts => ({
  teamMember: { id: 't1', name: 'Priya' },
  weekEnding,
  accounts: [
    { id: 'a1', name: 'Northwind' },
    { id: 'a2', name: 'Helios' },
  ],
  trust: [],
  commitmentEvents: [],
  pulses: [],
  stakeholdersLeft: [],
  openCommitments: [],
  alerts: [],
});

const open = (overrides: Partial<DigestOpenCommitment>): DigestOpenCommitment => ({
  commitmentId: 'c1',
  accountId: 'a1',
  accountName: 'Northwind',
  text: 'Send the plan',
  side: 'ours',
  status: 'agreed',
  ownerName: 'Priya',
  ownerTeamMemberId: 't1',
  recipientName: 'Ada',
  recipientTeamMemberId: null,
  dueOn: weekEnding,
  ...overrides,
});

const alert = (overrides: Partial<DigestAlert>): DigestAlert => ({
  id: 'al1',
  accountId: 'a1',
  accountName: 'Northwind',
  rule: 'trust-fell',
  severity: 'medium',
  title: 'Personal trust fell',
  reason: 'Because',
  suggestion: 'Meet them',
  status: 'open',
  raisedAt: '2026-06-24T10:00:00.000Z',
  ...overrides,
});

describe('digestWeekOf', () => {
  it('covers the seven days up to and including the last one', () => {
    expect(digestWeekOf('2026-06-28')).toEqual({ start: '2026-06-22', end: '2026-06-28' });
    expect(digestWeekOf('2026-03-01')).toEqual({ start: '2026-02-23', end: '2026-03-01' });
  });
});

describe('buildDigest: what changed', () => {
  it.each<[string, number, number, boolean]>([
    ['a rise of 6 points', 0.6, 0.66, true],
    ['a fall of 8 points', 0.7, 0.62, true],
    ['a move of exactly 5 points', 0.6, 0.65, false],
    ['a move of 2 points', 0.5, 0.52, false],
  ])('shows %s as a trust move only beyond 5 points', (_, before, after, shown) => {
    const digest = buildDigest({
      ...empty(),
      trust: [{ accountId: 'a1', accountName: 'Northwind', dimension: 'personal', before, after }],
    });
    expect(digest.changed.trustMoves.total).toBe(shown ? 1 : 0);
    if (shown) {
      expect(digest.changed.trustMoves.items[0]).toMatchObject({
        accountName: 'Northwind',
        dimension: 'personal',
        before,
        after,
      });
    }
  });

  it('orders trust moves by size, whatever the direction', () => {
    const digest = buildDigest({
      ...empty(),
      trust: [
        {
          accountId: 'a1',
          accountName: 'Northwind',
          dimension: 'personal',
          before: 0.5,
          after: 0.57,
        },
        {
          accountId: 'a2',
          accountName: 'Helios',
          dimension: 'corporate',
          before: 0.7,
          after: 0.55,
        },
      ],
    });
    expect(digest.changed.trustMoves.items.map((m) => [m.accountName, m.change])).toEqual([
      ['Helios', -0.15],
      ['Northwind', 0.07],
    ]);
  });

  it.each<[string, string, boolean]>([
    ['the day before the week', '2026-06-21', false],
    ['the first day', '2026-06-22', true],
    ['the last day', '2026-06-28', true],
    ['the day after', '2026-06-29', false],
  ])('counts a status change, a pulse and a departure on %s', (_, day, inside) => {
    const digest = buildDigest({
      ...empty(),
      commitmentEvents: [
        {
          commitmentId: 'c1',
          accountId: 'a1',
          accountName: 'Northwind',
          text: 'Send the plan',
          side: 'ours',
          ownerName: 'Priya',
          fromStatus: 'agreed',
          toStatus: 'kept',
          onDay: day,
        },
      ],
      pulses: [
        {
          pulseId: 'p1',
          accountId: 'a2',
          accountName: 'Helios',
          stakeholderId: 's1',
          stakeholderName: 'Ada',
          answeredAt: `${day}T23:30:00.000Z`,
          trustAnswer: 4,
          valueAnswer: 2,
          backingAnswer: 5,
          comment: null,
        },
      ],
      stakeholdersLeft: [
        {
          stakeholderId: 's2',
          accountId: 'a1',
          accountName: 'Northwind',
          name: 'Ben',
          buyingRole: 'champion',
          leftOn: day,
        },
      ],
      alerts: [alert({ raisedAt: `${day}T08:00:00.000Z` })],
    });
    const count = inside ? 1 : 0;
    expect(digest.changed.commitmentChanges.total).toBe(count);
    expect(digest.changed.pulses.total).toBe(count);
    expect(digest.changed.stakeholdersLeft.total).toBe(count);
    expect(digest.changed.newAlerts.total).toBe(count);
    if (inside) expect(digest.changed.pulses.items[0]).toMatchObject({ lowestAnswer: 2 });
  });
});

describe('buildDigest: what is due', () => {
  it.each<[string, DigestOpenCommitment, 'overdue' | 'dueSoon' | 'owedToThem' | null]>([
    ['ours, due the day before the week ends', open({ dueOn: '2026-06-27' }), 'overdue'],
    ['ours, due on its last day', open({ dueOn: '2026-06-28' }), 'dueSoon'],
    ['ours, due 7 days after it', open({ dueOn: '2026-07-05' }), 'dueSoon'],
    ['ours, due 8 days after it', open({ dueOn: '2026-07-06' }), null],
    ['owned by someone else', open({ ownerTeamMemberId: 't2', ownerName: 'Omar' }), null],
    [
      'theirs, owed to nobody in particular',
      open({ side: 'theirs', ownerTeamMemberId: null, ownerName: 'Ada', dueOn: '2026-06-20' }),
      'owedToThem',
    ],
    [
      'theirs, owed to them',
      open({ side: 'theirs', ownerTeamMemberId: null, recipientTeamMemberId: 't1' }),
      'owedToThem',
    ],
    [
      'theirs, owed to someone else',
      open({ side: 'theirs', ownerTeamMemberId: null, recipientTeamMemberId: 't2' }),
      null,
    ],
    [
      'theirs, due 8 days after it',
      open({ side: 'theirs', ownerTeamMemberId: null, dueOn: '2026-07-06' }),
      null,
    ],
  ])('files a commitment %s', (_, commitment, list) => {
    const { due } = buildDigest({ ...empty(), openCommitments: [commitment] });
    expect({
      overdue: due.overdue.total,
      dueSoon: due.dueSoon.total,
      owedToThem: due.owedToThem.total,
    }).toEqual({
      overdue: list === 'overdue' ? 1 : 0,
      dueSoon: list === 'dueSoon' ? 1 : 0,
      owedToThem: list === 'owedToThem' ? 1 : 0,
    });
  });

  it('says how many days are left, most urgent first', () => {
    const { due } = buildDigest({
      ...empty(),
      openCommitments: [
        open({ commitmentId: 'late', dueOn: '2026-07-03' }),
        open({ commitmentId: 'soon', dueOn: '2026-06-29' }),
        open({ commitmentId: 'overdue', dueOn: '2026-06-25' }),
      ],
    });
    expect(due.dueSoon.items.map((c) => [c.commitmentId, c.daysLeft])).toEqual([
      ['soon', 1],
      ['late', 5],
    ]);
    expect(due.overdue.items.map((c) => [c.commitmentId, c.daysLeft])).toEqual([['overdue', -3]]);
  });
});

describe('buildDigest: what to do', () => {
  it.each<[string, Partial<DigestAlert>, boolean]>([
    ['an open alert', {}, true],
    ['an acknowledged alert', { status: 'acknowledged' }, true],
    ['an alert raised long before the week', { raisedAt: '2026-01-05T08:00:00.000Z' }, true],
    ['a snoozed alert', { status: 'snoozed' }, false],
    ['a resolved alert', { status: 'resolved' }, false],
    ['an alert raised after the week', { raisedAt: '2026-06-29T08:00:00.000Z' }, false],
  ])('for %s, says whether it is listed', (_, overrides, listed) => {
    const { toDo } = buildDigest({ ...empty(), alerts: [alert(overrides)] });
    expect(toDo.total).toBe(listed ? 1 : 0);
  });

  it('puts the most severe first, then the newest, each with its suggestion', () => {
    const { toDo } = buildDigest({
      ...empty(),
      alerts: [
        alert({ id: 'low', severity: 'low' }),
        alert({ id: 'old-high', severity: 'high', raisedAt: '2026-05-01T00:00:00.000Z' }),
        alert({
          id: 'new-high',
          severity: 'high',
          accountId: 'a2',
          accountName: 'Helios',
          suggestion: 'Call Ada',
        }),
        alert({ id: 'medium' }),
      ],
    });
    expect(toDo.items.map((a) => a.id)).toEqual(['new-high', 'old-high', 'medium', 'low']);
    expect(toDo.items[0]).toMatchObject({ accountName: 'Helios', suggestion: 'Call Ada' });
  });

  it('shows at most the list limit and still counts everything', () => {
    const alerts = Array.from({ length: 7 }, (_, i) => alert({ id: `al${i}` }));
    const { toDo } = buildDigest({ ...empty(), alerts, settings: { listLimit: 5 } });
    expect(toDo.items).toHaveLength(5);
    expect(toDo.total).toBe(7);
  });
});

describe('buildDigest: the summary', () => {
  it('says so when the week was quiet', () => {
    expect(buildDigest(empty()).summary).toBe(
      'Priya, 2 accounts, week ending 2026-06-28: nothing changed; nothing due; no open alerts.',
    );
  });

  it('sums up each section in one line', () => {
    const digest = buildDigest({
      ...empty(),
      trust: [
        {
          accountId: 'a1',
          accountName: 'Northwind',
          dimension: 'capability',
          before: 0.4,
          after: 0.6,
        },
      ],
      stakeholdersLeft: [
        {
          stakeholderId: 's',
          accountId: 'a1',
          accountName: 'Northwind',
          name: 'Ben',
          buyingRole: 'user',
          leftOn: weekEnding,
        },
      ],
      openCommitments: [
        open({ dueOn: '2026-06-20' }),
        open({ commitmentId: 'c2', dueOn: '2026-07-01' }),
        open({ commitmentId: 'c3', dueOn: '2026-07-02' }),
      ],
      alerts: [
        alert({ severity: 'high' }),
        alert({ id: 'al2', raisedAt: '2026-06-01T00:00:00.000Z' }),
      ],
    });
    expect(digest.summary).toBe(
      'Priya, 2 accounts, week ending 2026-06-28: 1 trust move, 1 stakeholder left, 1 new alert; 1 overdue, 2 due in 7 days; 2 alerts to act on, 1 high.',
    );
  });
});
