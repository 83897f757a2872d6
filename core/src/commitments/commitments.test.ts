import { describe, expect, it } from 'vitest';
import { allowedTransitions, commitmentStatuses, resolveTransition } from './lifecycle.ts';
import { assessCommitmentLoad, computeCommitmentRecord, type RecordedCommitment } from './load.ts';
import { computeOutcomeEvidence } from './outcome-evidence.ts';

describe('resolveTransition', () => {
  it.each([
    ['proposed', 'agreed', null, '2026-01-01', 'agreed'],
    ['proposed', 'released', null, '2026-01-01', 'released'],
    ['agreed', 'kept', '2026-01-10', '2026-01-10', 'kept'],
    ['agreed', 'kept', '2026-01-10', '2026-01-11', 'kept_late'],
    ['agreed', 'kept', null, '2026-01-11', 'kept'],
    ['agreed', 'broken', '2026-01-10', '2026-01-11', 'broken'],
    ['agreed', 'renegotiated', '2026-01-10', '2026-01-05', 'renegotiated'],
  ] as const)('takes %s to %s (due %s, on %s) as %s', (from, to, dueOn, onDay, expected) => {
    expect(resolveTransition({ status: from, dueOn }, to, onDay)).toBe(expected);
  });

  it.each([
    ['kept', 'proposed', /closed/],
    ['proposed', 'kept', /can become: agreed, released/],
    ['broken', 'agreed', /closed/],
    ['released', 'kept', /closed/],
  ] as const)('refuses %s → %s and says what is allowed', (from, to, message) => {
    expect(() => resolveTransition({ status: from, dueOn: null }, to, '2026-01-01')).toThrow(
      message,
    );
  });

  it('closes every outcome', () => {
    for (const status of commitmentStatuses) {
      if (status !== 'proposed' && status !== 'agreed')
        expect(allowedTransitions[status]).toEqual([]);
    }
  });
});

describe('computeOutcomeEvidence', () => {
  it.each([
    ['ours', 'kept', true, false, [{ dimension: 'personal', polarity: 1, weight: 0.6 }]],
    [
      'ours',
      'kept',
      true,
      true,
      [
        { dimension: 'personal', polarity: 1, weight: 0.6 },
        { dimension: 'corporate', polarity: 1, weight: 0.6 },
      ],
    ],
    ['ours', 'kept_late', false, false, [{ dimension: 'personal', polarity: 1, weight: 0.15 }]],
    ['ours', 'broken', false, false, [{ dimension: 'personal', polarity: -1, weight: 0.9 }]],
    ['ours', 'renegotiated', true, false, [{ dimension: 'personal', polarity: 1, weight: 0.15 }]],
    ['ours', 'renegotiated', false, false, [{ dimension: 'personal', polarity: -1, weight: 0.4 }]],
    ['ours', 'released', true, false, []],
    ['theirs', 'kept', true, false, [{ dimension: 'reciprocal', polarity: 1, weight: 0.6 }]],
    ['theirs', 'broken', false, true, [{ dimension: 'reciprocal', polarity: -1, weight: 0.9 }]],
  ] as const)(
    'turns %s %s (before due: %s, on behalf: %s) into %o',
    (side, status, isBeforeDue, isOnBehalfOfCompany, expected) => {
      expect(computeOutcomeEvidence({ side, status, isBeforeDue, isOnBehalfOfCompany })).toEqual(
        expected,
      );
    },
  );

  it('weighs a broken promise more than a kept one', () => {
    const kept = computeOutcomeEvidence({
      side: 'ours',
      status: 'kept',
      isBeforeDue: true,
      isOnBehalfOfCompany: false,
    })[0]!;
    const broken = computeOutcomeEvidence({
      side: 'ours',
      status: 'broken',
      isBeforeDue: false,
      isOnBehalfOfCompany: false,
    })[0]!;
    expect(broken.weight).toBeGreaterThan(kept.weight);
  });
});

const kept = (dueOn: string): RecordedCommitment => ({ status: 'kept', dueOn, closedOn: dueOn });

describe('computeCommitmentRecord', () => {
  it('counts outcomes, the on-time rate and the most kept on time within 14 days', () => {
    const record = computeCommitmentRecord([
      kept('2026-01-01'),
      kept('2026-01-05'),
      kept('2026-01-10'),
      kept('2026-03-01'),
      { status: 'kept_late', dueOn: '2026-02-01', closedOn: '2026-02-03' },
      { status: 'broken', dueOn: '2026-02-10', closedOn: '2026-02-11' },
      { status: 'agreed', dueOn: '2026-04-01', closedOn: null },
    ]);
    expect(record).toMatchObject({
      kept: 4,
      keptLate: 1,
      broken: 1,
      open: 1,
      mostKeptOnTimeIn14Days: 3,
    });
    expect(record.onTimeRate).toBeCloseTo(4 / 6);
  });

  it('has no rate before anything is closed', () => {
    expect(computeCommitmentRecord([]).onTimeRate).toBeNull();
  });
});

describe('assessCommitmentLoad', () => {
  const record = computeCommitmentRecord([
    kept('2026-01-01'),
    kept('2026-01-05'),
    kept('2026-03-01'),
  ]);

  it('warns when more falls due than the owner has ever kept on time in 14 days', () => {
    const warnings = assessCommitmentLoad({ ownerName: 'Priya', record, dueInNext14Days: 3 });
    expect(warnings).toEqual([
      {
        reason: 'more-than-ever-kept',
        detail: expect.stringMatching(/3 commitments due .* most .* is 2/),
      },
    ]);
  });

  it('stays quiet within the owner’s proven capacity, or without a record', () => {
    expect(assessCommitmentLoad({ ownerName: 'Priya', record, dueInNext14Days: 2 })).toEqual([]);
    expect(
      assessCommitmentLoad({
        ownerName: 'New',
        record: computeCommitmentRecord([]),
        dueInNext14Days: 5,
      }),
    ).toEqual([]);
  });

  it('warns when the recent on-time rate falls', () => {
    const history = computeCommitmentRecord([
      ...['01', '02', '03', '04', '05', '06'].map((m) => kept(`2025-${m}-01`)),
      ...['07', '08', '09', '10'].map((m): RecordedCommitment => ({
        status: 'broken',
        dueOn: `2025-${m}-01`,
        closedOn: `2025-${m}-02`,
      })),
      kept('2025-11-01'),
    ]);
    const warnings = assessCommitmentLoad({
      ownerName: 'Lars',
      record: history,
      dueInNext14Days: 1,
    });
    expect(warnings.map((w) => w.reason)).toContain('falling-on-time-rate');
  });
});
