import { dimensions, limits } from '@fulcrum/core';
import { z } from 'zod';

const instant = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .transform((text) => new Date(text.length === 10 ? `${text}T00:00:00Z` : text));

/** Query of GET /api/accounts/{accountId}/trust/history. */
export const trustHistoryQuery = z.strictObject({
  from: instant.optional().describe('Start (default: one year ago)'),
  to: instant.optional().describe('End (default: now)'),
  step: z
    .string()
    .regex(/^\d+d?$/, 'must be a number of days, e.g. 7 or 7d')
    .transform((text) => Number.parseInt(text, 10))
    .pipe(z.number().int().min(1, 'must be at least 1 day').max(366))
    .optional()
    .describe('Days between samples (default: 7)'),
});

/** Query of GET /api/accounts/{accountId}/trust/changes. */
export const trustChangesQuery = z.strictObject({ from: instant, to: instant.optional() });

const halfLife = z
  .number()
  .min(1, 'must be at least 1 day')
  .max(3650, 'must be at most 3,650 days');
const share = z.number().min(0).max(1);

/** Body of PUT /api/workspace/trust-settings: every parameter of the trust model. */
export const trustSettingsBody = z.strictObject({
  halfLifeDays: z.strictObject(
    Object.fromEntries(dimensions.map((d) => [d, halfLife])) as Record<
      (typeof dimensions)[number],
      typeof halfLife
    >,
  ),
  asymmetry: z.number().min(1, 'must be at least 1: bad news never weighs less than good').max(20),
  priorWeight: z.number().gt(0).max(limits.amountMax),
  baseRate: share.describe("The workspace's trust default"),
  enoughExpected: share,
  enoughMaxUncertainty: share,
  roleWeights: z.strictObject({
    decision_maker: share,
    influencer: share,
    user: share,
    champion: share,
    gatekeeper: share,
  }),
});
