import { describe, expect, it } from 'vitest';
import {
  computeAnswerEvidence,
  computeNextPulseAt,
  computePulseEvidence,
  computeShareExpiry,
  computeShareLinkState,
  sharePolicy,
  type ShareActor,
} from './share-link.ts';

const now = new Date('2026-03-01T10:00:00Z');
const day = 86_400_000;

describe('share link expiry', () => {
  it('defaults to 30 days and allows up to 365', () => {
    expect(computeShareExpiry(now).getTime() - now.getTime()).toBe(30 * day);
    expect(computeShareExpiry(now, 365).getTime() - now.getTime()).toBe(365 * day);
  });

  it.each([0, 366, 1.5, -3])('refuses %s days', (days) => {
    expect(() => computeShareExpiry(now, days)).toThrow(/1 to 365/);
  });

  it.each([
    [{ expiresAt: new Date(now.getTime() + 1), revokedAt: null }, 'live'],
    [{ expiresAt: now, revokedAt: null }, 'expired'],
    [{ expiresAt: new Date(now.getTime() + day), revokedAt: now }, 'revoked'],
  ] as const)('reads %o as %s', (link, state) => {
    expect(computeShareLinkState(link, now)).toBe(state);
  });
});

describe('share policy', () => {
  const actor = (scope: ShareActor['scope']): ShareActor => ({
    kind: 'share',
    workspaceId: 'w',
    shareLinkId: 'l',
    accountId: 'a',
    stakeholderId: null,
    scope,
  });
  it('lets every link read and only respond links answer', () => {
    expect(sharePolicy.view(actor('view'))).toBe(true);
    expect(sharePolicy.respond(actor('view'))).toBe(false);
    expect(sharePolicy.respond(actor('respond'))).toBe(true);
  });
});

describe('pulse', () => {
  it.each([
    [1, -1, 1],
    [2, -1, 0.5],
    [4, 1, 0.5],
    [5, 1, 1],
  ] as const)('answer %s is polarity %s with weight %s', (answer, polarity, weight) => {
    expect(computeAnswerEvidence('personal', answer)).toEqual({
      dimension: 'personal',
      polarity,
      weight,
    });
  });

  it('says nothing for a 3 and maps the questions to personal, capability and corporate', () => {
    expect(computeAnswerEvidence('corporate', 3)).toBeNull();
    expect(computePulseEvidence({ trustAnswer: 5, valueAnswer: 3, backingAnswer: 1 })).toEqual([
      { dimension: 'personal', polarity: 1, weight: 1 },
      { dimension: 'corporate', polarity: -1, weight: 1 },
    ]);
    expect(computePulseEvidence({ trustAnswer: 2, valueAnswer: 4, backingAnswer: 3 })).toEqual([
      { dimension: 'personal', polarity: -1, weight: 0.5 },
      { dimension: 'capability', polarity: 1, weight: 0.5 },
    ]);
  });

  it('allows one pulse per 14 days', () => {
    expect(computeNextPulseAt(null, now)).toBeNull();
    const last = new Date(now.getTime() - 3 * day);
    expect(computeNextPulseAt(last, now)).toEqual(new Date(last.getTime() + 14 * day));
    expect(computeNextPulseAt(new Date(now.getTime() - 14 * day), now)).toBeNull();
  });
});
