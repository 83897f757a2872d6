import { DomainError } from '../errors.ts';
import type { Dimension, Polarity } from '../model/index.ts';

/** What a share link lets the account's people do: read the shared view, or also answer. */
export const shareScopes = ['view', 'respond'] as const;
/** The scope of one share link. */
export type ShareScope = (typeof shareScopes)[number];

/** Days a share link lives when its creator does not say (issue 5). */
export const shareLinkDefaultDays = 30;
/** The longest a share link may live. */
export const shareLinkMaxDays = 365;
/** One pulse per link per this many days. */
export const pulseIntervalDays = 14;

const dayMs = 86_400_000;

/** The customer side acting through a share link: one account's shared view, nothing else. */
export type ShareActor = {
  kind: 'share';
  workspaceId: string;
  shareLinkId: string;
  accountId: string;
  stakeholderId: string | null;
  scope: ShareScope;
};

/** When a link created at `now` for `days` days expires; days must be 1 to 365. */
export const computeShareExpiry = (now: Date, days: number = shareLinkDefaultDays): Date => {
  if (!Number.isInteger(days) || days < 1 || days > shareLinkMaxDays) {
    throw new DomainError(
      'validation-failed',
      `A share link lives from 1 to ${shareLinkMaxDays} days; ${String(days)} is outside that.`,
      [{ pointer: '/days', detail: `must be a whole number from 1 to ${shareLinkMaxDays}` }],
    );
  }
  return new Date(now.getTime() + days * dayMs);
};

/** Whether a link still opens: live until revoked or past its expiry. */
export type ShareLinkState = 'live' | 'expired' | 'revoked';

/** The state of a link at `now`. */
export const computeShareLinkState = (
  link: { expiresAt: Date; revokedAt: Date | null },
  now: Date,
): ShareLinkState =>
  link.revokedAt !== null
    ? 'revoked'
    : link.expiresAt.getTime() <= now.getTime()
      ? 'expired'
      : 'live';

/** What a share actor may do: every link reads; only `respond` links confirm, comment, propose
 * and answer the pulse. */
export const sharePolicy = {
  view: (_actor: ShareActor) => true,
  respond: (actor: ShareActor) => actor.scope === 'respond',
};

/** When the next pulse through a link is allowed, or null when it is allowed now. */
export const computeNextPulseAt = (lastPulseAt: Date | null, now: Date): Date | null => {
  if (lastPulseAt === null) return null;
  const next = new Date(lastPulseAt.getTime() + pulseIntervalDays * dayMs);
  return next.getTime() > now.getTime() ? next : null;
};

/** The three pulse questions, each 1 (not at all) to 5 (fully). */
export type PulseAnswers = { trustAnswer: number; valueAnswer: number; backingAnswer: number };

/** The dimension each pulse question speaks to (DESIGN.md: trust in a person, in what we offer,
 * in our organisation standing behind the sale). */
export const pulseQuestionDimensions = {
  trustAnswer: 'personal',
  valueAnswer: 'capability',
  backingAnswer: 'corporate',
} as const satisfies Record<keyof PulseAnswers, Dimension>;

/** The pulse questions as the account's people read them, each with the short topic the team
 * uses for it (alerts, digests). */
export const pulseQuestions = {
  trustAnswer: { topic: 'trust', question: 'Can you rely on the people you work with here?' },
  valueAnswer: {
    topic: 'value',
    question: 'How sure are you that what we offer will pay off for you?',
  },
  backingAnswer: { topic: 'backing', question: 'Will our company stand behind what it sold you?' },
} as const satisfies Record<keyof PulseAnswers, { topic: string; question: string }>;

/** The three pulse questions, in the order they are asked. */
export const pulseQuestionKeys = [
  'trustAnswer',
  'valueAnswer',
  'backingAnswer',
] as const satisfies readonly (keyof PulseAnswers)[];

/** One piece of evidence a pulse answer produces. */
export type PulseEvidence = { dimension: Dimension; polarity: Polarity; weight: number };

/** Turns an answer into evidence: 4–5 positive, 1–2 negative, 3 says nothing; a direct statement
 * weighs by its distance from the middle (0.5 for 2 or 4, 1.0 for 1 or 5). */
export const computeAnswerEvidence = (
  dimension: Dimension,
  answer: number,
): PulseEvidence | null => {
  if (!Number.isInteger(answer) || answer < 1 || answer > 5) {
    throw new DomainError('validation-failed', `A pulse answer is 1 to 5, not ${String(answer)}.`);
  }
  const distance = answer - 3;
  if (distance === 0) return null;
  return { dimension, polarity: distance > 0 ? 1 : -1, weight: Math.abs(distance) / 2 };
};

/** The evidence of a whole pulse, one row per answer that is not 3. */
export const computePulseEvidence = (answers: PulseAnswers): PulseEvidence[] =>
  (Object.keys(pulseQuestionDimensions) as (keyof PulseAnswers)[]).flatMap((question) => {
    const evidence = computeAnswerEvidence(pulseQuestionDimensions[question], answers[question]);
    return evidence ? [evidence] : [];
  });

/** Longest comment or proposed commitment the account's people may send through a link. */
export const shareTextMax = 2000;
