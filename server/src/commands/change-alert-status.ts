import { type Actor, accountRecordPolicy, DomainError } from '@fulcrum/core';
import type { Db } from '../db/index.ts';
import { type Alert, getAlert } from './list-alerts.ts';

const assertMayChange = (actor: Actor, alert: Alert) => {
  if (!accountRecordPolicy.update(actor, { archivedAt: null }))
    throw new DomainError('forbidden', `Your role (${actor.role}) cannot change alerts.`);
  if (alert.status === 'resolved')
    throw new DomainError(
      'conflict',
      'This alert is already resolved: its situation is gone, so there is nothing to acknowledge or snooze.',
    );
};

/** Marks an alert as seen and handled for now; it stays acknowledged until its situation is gone
 * (and is raised again if the situation comes back later). */
export const acknowledgeAlert = async (
  db: Db,
  actor: Actor,
  alertId: string,
  body: { reason?: string | null | undefined },
): Promise<Alert> => {
  const alert = await getAlert(db, actor.workspaceId, alertId);
  assertMayChange(actor, alert);
  await db.query(
    `UPDATE alerts SET status = 'acknowledged', status_reason = $3, snoozed_until = NULL,
       status_changed_at = now(), status_changed_by_user_id = $4, updated_at = now()
     WHERE workspace_id = $1 AND id = $2`,
    [actor.workspaceId, alert.id, body.reason ?? null, actor.userId],
  );
  return getAlert(db, actor.workspaceId, alert.id);
};

/** Hides an alert until a date, with the reason why; it is open again after that. */
export const snoozeAlert = async (
  db: Db,
  actor: Actor,
  alertId: string,
  body: { until: Date; reason: string },
  now: Date,
): Promise<Alert> => {
  const alert = await getAlert(db, actor.workspaceId, alertId);
  assertMayChange(actor, alert);
  if (body.until.getTime() <= now.getTime())
    throw new DomainError('business-rule', 'Snooze until a moment in the future.', [
      { pointer: '/until', detail: 'must be in the future' },
    ]);
  await db.query(
    `UPDATE alerts SET status = 'snoozed', status_reason = $3, snoozed_until = $4,
       status_changed_at = now(), status_changed_by_user_id = $5, updated_at = now()
     WHERE workspace_id = $1 AND id = $2`,
    [actor.workspaceId, alert.id, body.reason, body.until, actor.userId],
  );
  return getAlert(db, actor.workspaceId, alert.id);
};
