import { describe, expect, it } from 'vitest';
import { computeCommitmentRecord, type RecordedCommitment } from '../commitments/load.ts';
import {
  type AlertCommitment,
  type AlertOwner,
  type AlertPulse,
  type AlertRule,
  evaluateAlertRules,
} from './rules.ts';
import { healthy, ours, rulesOf } from './test-fixtures.ts';

/** A settled history: `kept` on time, then `broken`, each a month apart so no two fall within
 * 14 days of each other (proven capacity 1). */
const history = (kept: number, broken: number): RecordedCommitment[] => {
  const month = (i: number) => `2025-${String(i + 1).padStart(2, '0')}-10`;
  return [
    ...Array.from({ length: kept }, (_, i) => ({
      status: 'kept' as const,
      dueOn: month(i),
      closedOn: month(i),
    })),
    ...Array.from({ length: broken }, (_, i) => ({
      status: 'broken' as const,
      dueOn: month(kept + i),
      closedOn: month(kept + i),
    })),
  ];
};

const priya = (kept: number, broken: number, dueInNext14Days = 1): AlertOwner => ({
  teamMemberId: 't1',
  name: 'Priya',
  dueInNext14Days,
  record: computeCommitmentRecord(history(kept, broken)),
});

describe('commitment-at-risk', () => {
  it.each<[string, AlertCommitment, AlertOwner[], AlertRule[]]>([
    ['still proposed with 3 days left', ours(), [], ['commitment-at-risk']],
    ['still proposed with 4 days left', ours({ dueOn: '2026-07-04' }), [], []],
    ['still proposed and due today', ours({ dueOn: '2026-06-30' }), [], ['commitment-at-risk']],
    ['agreed with 3 days left and no record', ours({ status: 'agreed' }), [], []],
    ['proposed and already past due', ours({ dueOn: '2026-06-29' }), [], ['commitment-overdue']],
    [
      'theirs, still proposed with 2 days left',
      ours({ side: 'theirs', dueOn: '2026-07-02' }),
      [],
      [],
    ],
    ['without a due date', ours({ dueOn: null }), [], []],
    [
      'agreed, due in 7 days, owner kept 2 of 5 on time',
      ours({ status: 'agreed', dueOn: '2026-07-07' }),
      [priya(2, 3)],
      ['commitment-at-risk'],
    ],
    [
      'agreed, due in 8 days, owner kept 2 of 5 on time',
      ours({ status: 'agreed', dueOn: '2026-07-08' }),
      [priya(2, 3)],
      [],
    ],
    [
      'agreed, owner kept exactly 60 % (3 of 5) on time',
      ours({ status: 'agreed' }),
      [priya(3, 2)],
      [],
    ],
    [
      'agreed, owner kept 2 of 4: too few settled to judge',
      ours({ status: 'agreed' }),
      [priya(2, 2)],
      [],
    ],
    [
      'agreed, owner has more due in 14 days than they ever kept on time',
      ours({ status: 'agreed' }),
      [priya(4, 0, 3)],
      // The owner-level warning stays; the commitment gets its own at-risk alert beside it.
      ['owner-over-committed', 'commitment-at-risk'],
    ],
  ])('for a commitment %s', (_, commitment, owners, expected) => {
    expect(rulesOf({ ...healthy(), openCommitments: [commitment], owners })).toEqual(expected);
  });

  it('explains every reason from the figures, keyed by commitment', () => {
    const [alert] = evaluateAlertRules({
      ...healthy(),
      openCommitments: [ours({ dueOn: '2026-07-02' })],
      owners: [priya(1, 4)],
    });
    expect(alert).toMatchObject({
      rule: 'commitment-at-risk',
      dedupKey: 'commitment-at-risk:c1',
      severity: 'high',
      subjectType: 'commitment',
      subjectId: 'c1',
      ownerTeamMemberId: 't1',
      title: 'Our commitment due in 2 days is at risk',
      reason:
        '“Send the pricing” is due in 2 days (2026-07-02): it is still only proposed, Ada has not agreed to it; Priya kept 1 of 5 settled commitments on time (20 %, the alert starts below 60 %).',
      suggestion:
        'Confirm the scope and the date with Ada today; if Priya cannot make it, say so and agree a new date now rather than on the day.',
      figures: {
        daysLeft: 2,
        status: 'proposed',
        reasons: 'unagreed,weak-record',
        onTimeRate: 0.2,
      },
    });
  });

  it('reuses the over-commitment figures when the load is the reason', () => {
    const [, alert] = evaluateAlertRules({
      ...healthy(),
      openCommitments: [ours({ status: 'agreed', dueOn: '2026-07-05' })],
      owners: [priya(4, 0, 3)],
    });
    expect(alert).toMatchObject({
      rule: 'commitment-at-risk',
      severity: 'medium',
      reason:
        '“Send the pricing” is due in 5 days (2026-07-05): Priya has 3 commitments due in the next 14 days, more than the 1 they have ever kept on time within 14 days.',
      figures: { reasons: 'over-committed', dueInNext14Days: 3, mostKeptOnTimeIn14Days: 1 },
    });
    expect(alert?.suggestion).toMatch(/^Check with Priya what is left to do/);
  });

  it('takes its window and thresholds from the settings', () => {
    const input = { ...healthy(), openCommitments: [ours({ dueOn: '2026-07-05' })] };
    expect(rulesOf(input)).toEqual([]);
    expect(rulesOf({ ...input, thresholds: { unagreedWithinDays: 5 } })).toEqual([
      'commitment-at-risk',
    ]);
    expect(
      rulesOf({ ...input, thresholds: { unagreedWithinDays: 5, atRiskWithinDays: 4 } }),
    ).toEqual([]);
  });
});

const pulse = (overrides: Partial<AlertPulse> = {}): AlertPulse => ({
  id: 'p1',
  shareLinkId: 'l1',
  stakeholderId: 's1',
  stakeholderName: 'Ada',
  answeredAt: '2026-06-20T09:00:00.000Z',
  trustAnswer: 4,
  valueAnswer: 4,
  backingAnswer: 4,
  comment: null,
  ...overrides,
});

describe('low-pulse', () => {
  it.each<[string, AlertPulse[], string[]]>([
    ['a trust answer of 2', [pulse({ trustAnswer: 2 })], ['low-pulse:p1']],
    ['a value answer of 1', [pulse({ valueAnswer: 1 })], ['low-pulse:p1']],
    ['a backing answer of 2', [pulse({ backingAnswer: 2 })], ['low-pulse:p1']],
    ['answers of 3 at worst', [pulse({ trustAnswer: 3, valueAnswer: 3, backingAnswer: 3 })], []],
    [
      'a low answer exactly 30 days old',
      [pulse({ trustAnswer: 2, answeredAt: '2026-05-31T23:00:00.000Z' })],
      ['low-pulse:p1'],
    ],
    [
      'a low answer 31 days old',
      [pulse({ trustAnswer: 2, answeredAt: '2026-05-30T10:00:00.000Z' })],
      [],
    ],
    [
      'a low answer followed by a 3 through the same link',
      [
        pulse({ trustAnswer: 2 }),
        pulse({ id: 'p2', answeredAt: '2026-06-28T09:00:00.000Z', trustAnswer: 3 }),
      ],
      [],
    ],
    [
      'a low answer followed by a good one through another link',
      [
        pulse({ trustAnswer: 2 }),
        pulse({ id: 'p2', shareLinkId: 'l2', answeredAt: '2026-06-28T09:00:00.000Z' }),
      ],
      ['low-pulse:p1'],
    ],
    [
      'two low answers in a row through one link',
      [
        pulse({ trustAnswer: 2 }),
        pulse({ id: 'p2', answeredAt: '2026-06-28T09:00:00.000Z', trustAnswer: 1 }),
      ],
      ['low-pulse:p2', 'low-pulse:p1'],
    ],
    [
      'a later good answer on another question only',
      [
        pulse({ trustAnswer: 2 }),
        pulse({ id: 'p2', answeredAt: '2026-06-28T09:00:00.000Z', trustAnswer: 2, valueAnswer: 5 }),
      ],
      ['low-pulse:p1', 'low-pulse:p2'],
    ],
  ])('for %s', (_, pulses, expected) => {
    expect(evaluateAlertRules({ ...healthy(), pulses }).map((a) => a.dedupKey)).toEqual(expected);
  });

  it('names the person, the question in plain words, the answer and the comment', () => {
    const [alert] = evaluateAlertRules({
      ...healthy(),
      pulses: [pulse({ trustAnswer: 2, comment: 'Nobody called back after the outage.' })],
    });
    expect(alert).toMatchObject({
      rule: 'low-pulse',
      severity: 'medium',
      subjectType: 'pulse',
      subjectId: 'p1',
      title: 'Low pulse on trust from Ada',
      reason:
        'On 2026-06-20, Ada answered 2 of 5 to “Can you rely on the people you work with here?”, and wrote: “Nobody called back after the outage.”',
      figures: { trustAnswer: 2, lowQuestions: 'trustAnswer', stakeholderId: 's1' },
    });
    expect(alert?.suggestion).toMatch(/^Ask Ada for a personal conversation/);
  });

  it.each<[keyof Pick<AlertPulse, 'trustAnswer' | 'valueAnswer' | 'backingAnswer'>, RegExp]>([
    ['trustAnswer', /personal conversation/],
    ['valueAnswer', /value review/],
    ['backingAnswer', /executive sponsor/],
  ])('suggests the next step that fits a low %s', (question, suggestion) => {
    const [alert] = evaluateAlertRules({ ...healthy(), pulses: [pulse({ [question]: 2 })] });
    expect(alert?.suggestion).toMatch(suggestion);
  });

  it('says "someone at" the account when the link named nobody, and keeps only what is still low', () => {
    const [first] = evaluateAlertRules({
      ...healthy(),
      pulses: [
        pulse({ stakeholderId: null, stakeholderName: null, trustAnswer: 1, backingAnswer: 2 }),
        pulse({
          id: 'p2',
          stakeholderId: null,
          stakeholderName: null,
          answeredAt: '2026-06-28T09:00:00.000Z',
          trustAnswer: 4,
          backingAnswer: 2,
        }),
      ],
    });
    expect(first).toMatchObject({
      dedupKey: 'low-pulse:p1',
      title: 'Low pulse on backing from someone at Northwind',
      reason:
        'On 2026-06-20, someone at Northwind answered 2 of 5 to “Will our company stand behind what it sold you?”.',
      figures: { lowQuestions: 'backingAnswer' },
    });
    expect(first?.suggestion).toContain('meet their leadership');
  });

  it('rates a 1, or several low answers, as high', () => {
    const severityOf = (p: AlertPulse) =>
      evaluateAlertRules({ ...healthy(), pulses: [p] })[0]?.severity;
    expect(severityOf(pulse({ valueAnswer: 1 }))).toBe('high');
    expect(severityOf(pulse({ valueAnswer: 2, backingAnswer: 2 }))).toBe('high');
    expect(severityOf(pulse({ valueAnswer: 2 }))).toBe('medium');
  });
});
