import { type AlertRule, type AlertSeverity, DomainError, type SortOrder } from '@fulcrum/core';
import { type Db, findRecord, listRecords, type TableSpec } from '../db/index.ts';

/** How an alert stands: `resolved` once its situation is gone, whatever it was before. */
export type AlertStatus = 'open' | 'acknowledged' | 'snoozed' | 'resolved';

/** One stored alert, as read. */
export type Alert = {
  workspaceId: string;
  id: string;
  accountId: string;
  accountName: string;
  dedupKey: string;
  rule: AlertRule;
  severity: AlertSeverity;
  subjectType: string;
  subjectId: string;
  ownerTeamMemberId: string | null;
  ownerName: string | null;
  title: string;
  reason: string;
  suggestion: string;
  figures: Record<string, string | number | null>;
  status: AlertStatus;
  statusReason: string | null;
  statusChangedAt: Date | null;
  snoozedUntil: Date | null;
  raisedAt: Date;
  resolvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

// A snooze that has run out is open again, without anyone having to write it back.
const effectiveStatus = `CASE WHEN t.resolved_at IS NOT NULL THEN 'resolved'
  WHEN t.status = 'snoozed' AND t.snoozed_until <= now() THEN 'open' ELSE t.status END`;

/** How alerts are read, with the account's and owner's names joined in. */
export const alertTable = {
  table: 'alerts',
  from: `alerts t
    JOIN accounts a ON a.workspace_id = t.workspace_id AND a.id = t.account_id
    LEFT JOIN team_members tm ON tm.workspace_id = t.workspace_id AND tm.id = t.owner_team_member_id`,
  select: {
    workspaceId: 't.workspace_id',
    id: 't.id',
    accountId: 't.account_id',
    accountName: 'a.name',
    dedupKey: 't.dedup_key',
    rule: 't.rule',
    severity: 't.severity',
    subjectType: 't.subject_type',
    subjectId: 't.subject_id',
    ownerTeamMemberId: 't.owner_team_member_id',
    ownerName: 'tm.name',
    title: 't.title',
    reason: 't.reason',
    suggestion: 't.suggestion',
    figures: 't.figures',
    status: effectiveStatus,
    statusReason: 't.status_reason',
    statusChangedAt: 't.status_changed_at',
    snoozedUntil: `CASE WHEN t.status = 'snoozed' AND t.snoozed_until > now() THEN t.snoozed_until END`,
    raisedAt: 't.raised_at',
    resolvedAt: 't.resolved_at',
    createdAt: 't.created_at',
    updatedAt: 't.updated_at',
  },
  write: {},
  search: ['t.title', 't.reason', 'a.name'],
  sort: {
    raisedAt: 't.raised_at',
    severity: `(CASE t.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END)::int`,
  },
} satisfies TableSpec<keyof Alert>;

/** Sortable alert fields. */
export const alertSortFields = Object.keys(alertTable.sort);

/** Which alerts a list shows: `active` (default) is everything not resolved. */
export type AlertStatusFilter = AlertStatus | 'active';

/** Lists the workspace's alerts, per account, per owner and by status, newest first by default. */
export const listAlerts = async (
  db: Db,
  workspaceId: string,
  options: {
    accountId?: string | undefined;
    ownerTeamMemberId?: string | undefined;
    status: AlertStatusFilter;
    q?: string | undefined;
    sort: SortOrder<string>;
    cursor?: string | undefined;
    limit: number;
  },
) =>
  listRecords<Alert>(db, alertTable, workspaceId, {
    q: options.q,
    sort: options.sort,
    cursor: options.cursor,
    limit: options.limit,
    archived: 'any',
    where: { account_id: options.accountId, owner_team_member_id: options.ownerTeamMemberId },
    condition: (bind) =>
      options.status === 'active'
        ? 't.resolved_at IS NULL'
        : `(${effectiveStatus}) = ${bind(options.status)}`,
  });

/** Finds one alert of the workspace, or throws not-found. */
export const getAlert = async (db: Db, workspaceId: string, alertId: string): Promise<Alert> => {
  const alert = await findRecord<Alert>(db, alertTable, workspaceId, alertId);
  if (alert === null)
    throw new DomainError('not-found', 'No alert with this id exists in your workspace.');
  return alert;
};
