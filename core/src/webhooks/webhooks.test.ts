import { describe, expect, it } from 'vitest';
import { dayMs, defaultTrustSettings as settings } from '../trust/settings.ts';
import {
  buildAlertRaisedData,
  buildCommitmentStatusChangedData,
  buildTrustChangedData,
  buildWebhookEvent,
} from './payload.ts';
import {
  computeRetryDelayMs,
  isWebhookSuccess,
  planAfterAttempt,
  webhookBaseDelayMs,
  webhookMaxAttempts,
} from './retry.ts';
import { detectTrustShift } from './trust-shift.ts';

const minute = 60_000;

describe('webhook retry schedule', () => {
  it('doubles the wait after each failed attempt: 1, 2, 4, 8, 16, 32, 64 minutes', () => {
    const waits = Array.from(
      { length: webhookMaxAttempts - 1 },
      (_, index) => computeRetryDelayMs(index + 1) / minute,
    );
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(webhookBaseDelayMs).toBe(minute);
  });

  it('scales with an injected base delay', () => {
    expect([1, 2, 3].map((attempt) => computeRetryDelayMs(attempt, 10))).toEqual([10, 20, 40]);
  });

  it.each([
    [200, true],
    [204, true],
    [299, true],
    [301, false],
    [404, false],
    [500, false],
    [null, false],
  ])('counts HTTP %s as delivered: %s', (status, expected) => {
    expect(isWebhookSuccess(status)).toBe(expected);
  });

  it('schedules the next attempt after a failure, and gives up after the last one', () => {
    const attemptedAt = new Date('2026-05-01T10:00:00Z');
    expect(
      planAfterAttempt({ isSuccess: true, attemptsMade: 3, maxAttempts: 8, attemptedAt }),
    ).toEqual({ status: 'delivered' });
    expect(
      planAfterAttempt({ isSuccess: false, attemptsMade: 3, maxAttempts: 8, attemptedAt }),
    ).toEqual({ status: 'pending', nextAttemptAt: new Date('2026-05-01T10:04:00Z') });
    expect(
      planAfterAttempt({ isSuccess: false, attemptsMade: 8, maxAttempts: 8, attemptedAt }),
    ).toEqual({ status: 'failed' });
    // A delivery that may be tried once (a test, a manual retry) fails at once.
    expect(
      planAfterAttempt({ isSuccess: false, attemptsMade: 1, maxAttempts: 1, attemptedAt }),
    ).toEqual({ status: 'failed' });
  });
});

describe('trust shift past the threshold', () => {
  const shift = (
    before: { r: number; s: number; at: number } | null,
    after: { r: number; s: number; at: number },
    threshold = 0.1,
  ) => detectTrustShift({ before, after, dimension: 'personal', settings, threshold });

  it('reports a new score that leaves the base rate by the threshold or more', () => {
    // One kept promise of weight 1: E = 1/3 + 0.5·2/3 ≈ 0.667, up from the base rate 0.5.
    const up = shift(null, { r: 1, s: 0, at: 0 });
    expect(up).not.toBeNull();
    expect(up!.expectedBefore).toBeCloseTo(0.5, 9);
    expect(up!.expectedAfter).toBeCloseTo(2 / 3, 9);
    expect(up!.change).toBeCloseTo(1 / 6, 9);
  });

  it('ignores a move smaller than the threshold', () => {
    // Weight 0.2 positive: E ≈ 0.545, a move of 0.045.
    expect(shift(null, { r: 0.2, s: 0, at: 0 })).toBeNull();
  });

  it('reports falls as well as rises: negative evidence weighs three times', () => {
    // The same weight 0.2, negative: s = 0.6, E ≈ 0.385, a fall of 0.115.
    const down = shift(null, { r: 0, s: 0.6, at: 0 });
    expect(down!.change).toBeCloseTo(0.6 / 2.6 / -2, 9);
    expect(down!.change).toBeLessThan(-0.1);
  });

  it('counts a move that meets the threshold exactly', () => {
    // r = 2: E = 0.5 + 0.5·0.5 = 0.75, exactly 0.25 above the base rate.
    expect(shift(null, { r: 2, s: 0, at: 0 }, 0.25)).not.toBeNull();
  });

  it('compares with the score decayed to the same time, so elapsed time alone is not a change', () => {
    const halfLife = settings.halfLifeDays.personal * dayMs;
    const before = { r: 4, s: 0, at: 0 };
    // A tiny piece of evidence one half-life later: the score decayed from E ≈ 0.83 to 0.75 by
    // itself; the evidence moved it by ~0.001 only.
    const after = { r: 2.01, s: 0, at: halfLife };
    expect(shift(before, after, 0.05)).toBeNull();
    const bigger = { r: 6, s: 0, at: halfLife };
    expect(shift(before, bigger, 0.05)!.expectedBefore).toBeCloseTo(0.75, 9);
  });
});

describe('webhook payloads', () => {
  it('wraps data in a stable envelope with an ISO time', () => {
    const event = buildWebhookEvent('webhook.test', {
      id: 'e1',
      createdAt: new Date(Date.UTC(2026, 4, 1, 9, 30)),
      workspaceId: 'w1',
      data: {
        webhook: { id: 'h1', url: 'https://x.test', description: null },
        message: 'm',
        requestedBy: null,
      },
    });
    expect(Object.keys(event)).toEqual(['id', 'type', 'createdAt', 'workspaceId', 'data']);
    expect(event.createdAt).toBe('2026-05-01T09:30:00.000Z');
  });

  it('keeps only the fields a receiver may see, whatever the caller passes', () => {
    const commitment = {
      id: 'c1',
      text: 'Send the security review',
      side: 'ours' as const,
      dueOn: '2026-05-10',
      // Internal fields a command might hand over by accident: they must not leave.
      notes: 'internal: they are shopping around',
      createdByUserId: 'u1',
    };
    const data = buildCommitmentStatusChangedData({
      commitment,
      account: { id: 'a1', name: 'Globex', notes: 'secret' } as { id: string; name: string },
      from: 'agreed',
      to: 'kept',
      onDay: '2026-05-09',
      owner: { kind: 'team-member', id: 't1', name: 'Priya' },
      recipient: null,
      successor: null,
      changedThrough: 'team',
    });
    const json = JSON.stringify(data);
    expect(json).not.toMatch(/internal|secret|createdByUserId/);
    expect(data.commitment).toEqual({
      id: 'c1',
      text: 'Send the security review',
      side: 'ours',
      dueOn: '2026-05-10',
      status: 'kept',
    });
  });

  it('rounds trust to four decimals and says which way it moved', () => {
    const data = buildTrustChangedData({
      account: { id: 'a1', name: 'Globex' },
      subject: { type: 'stakeholder', id: 's1', name: 'Eva' },
      about: null,
      dimension: 'corporate',
      shift: {
        expectedBefore: 0.5,
        expectedAfter: 0.384615384,
        change: -0.115384616,
        uncertaintyAfter: 0.769230769,
      },
      threshold: 0.1,
      cause: { source: 'observation', id: 'o1' },
    });
    expect(data).toMatchObject({
      direction: 'down',
      expectedAfter: 0.3846,
      change: -0.1154,
      uncertainty: 0.7692,
    });
  });

  it('says whether an alert is new or came back', () => {
    const data = buildAlertRaisedData({
      id: 'al1',
      rule: 'stakeholder-left',
      severity: 'high',
      title: 'Eva left Globex',
      reason: 'r',
      suggestion: 's',
      subjectType: 'stakeholder',
      subjectId: 's1',
      raisedAt: new Date(Date.UTC(2026, 0, 2)),
      isReopened: true,
      account: { id: 'a1', name: 'Globex' },
      owner: null,
    });
    expect(data.alert).toMatchObject({ isReopened: true, raisedAt: '2026-01-02T00:00:00.000Z' });
  });
});
