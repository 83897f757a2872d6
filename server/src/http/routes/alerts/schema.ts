import { limits } from '@fulcrum/core';
import { z } from 'zod';

const id = z.string().max(100);
const reason = z.string().trim().max(limits.notesMax);

/** Extra filters of GET /api/alerts. */
export const alertFilters = {
  accountId: id.optional(),
  ownerTeamMemberId: id.optional(),
  status: z
    .enum(['active', 'open', 'acknowledged', 'snoozed', 'resolved'])
    .default('active')
    .describe('active (default): everything not resolved'),
};

/** Body of POST /api/alerts/{alertId}/acknowledge. */
export const alertAcknowledgeBody = z.strictObject({
  reason: reason.nullable().optional(),
});

/** Body of POST /api/alerts/{alertId}/snooze. */
export const alertSnoozeBody = z.strictObject({
  until: z.iso
    .datetime({ offset: true })
    .or(z.iso.date())
    .describe('Until when: an instant, or a day (the alert returns at its start, UTC)'),
  reason: reason.min(1, 'say why the alert can wait'),
});

/** Body of POST /api/accounts/{accountId}/alerts/evaluate. */
export const alertEvaluateBody = z.strictObject({
  force: z.boolean().optional().describe('Re-evaluate even if nothing changed'),
});
