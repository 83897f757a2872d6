import { randomUUID } from 'node:crypto';
import {
  buildAlertRaisedData,
  buildCommitmentStatusChangedData,
  buildPulseReceivedData,
  buildTrustChangedData,
  buildWebhookEvent,
  type Commitment,
  type CommitmentStatus,
  detectTrustShift,
  type TrustSettings,
  type WebhookEventData,
  type WebhookEventType,
  type WebhookNamed,
  type WebhookPerson,
  webhookMaxAttempts,
} from '@fulcrum/core';
import {
  commitmentTable,
  type Db,
  findRecord,
  findWebhookSubscriptions,
  insertWebhookDeliveries,
  type QueuedEvent,
  type ScoreChange,
} from '../db/index.ts';

// Every function here runs inside the transaction of the change it reports, so the event is
// queued exactly when the change commits. Each first asks whether any endpoint listens: a
// workspace without webhooks pays one small query per write.

/** Builds an event's JSON body (the exact bytes that will be signed and sent). */
export const serializeWebhookEvent = <Type extends WebhookEventType>(
  type: Type,
  workspaceId: string,
  data: WebhookEventData[Type],
  now: Date,
): QueuedEvent => {
  const id = randomUUID();
  const event = buildWebhookEvent(type, { id, createdAt: now, workspaceId, data });
  return { id, type, body: JSON.stringify(event) };
};

const queue = (tx: Db, workspaceId: string, events: QueuedEvent[], now: Date) =>
  insertWebhookDeliveries(tx, workspaceId, events, { now, maxAttempts: webhookMaxAttempts });

const named = (id: string | null, name: string | null): WebhookNamed | null =>
  id === null || name === null ? null : { id, name };

/** Queues `alert.raised` for alerts the evaluation raised or reopened; returns deliveries made. */
export const emitAlertsRaised = async (
  tx: Db,
  workspaceId: string,
  alerts: readonly { id: string; isReopened: boolean }[],
  now: Date,
): Promise<number> => {
  if (alerts.length === 0) return 0;
  const { events } = await findWebhookSubscriptions(tx, workspaceId);
  if (!events.has('alert.raised')) return 0;
  const rows = await tx.query<
    Parameters<typeof buildAlertRaisedData>[0] & {
      accountId: string;
      accountName: string;
      ownerId: string | null;
      ownerName: string | null;
    }
  >(
    `SELECT al.id, al.rule, al.severity, al.title, al.reason, al.suggestion, al.subject_type AS "subjectType",
            al.subject_id AS "subjectId", al.raised_at AS "raisedAt", a.id AS "accountId", a.name AS "accountName",
            tm.id AS "ownerId", tm.name AS "ownerName"
     FROM alerts al
     JOIN accounts a ON a.workspace_id = al.workspace_id AND a.id = al.account_id
     LEFT JOIN team_members tm ON tm.workspace_id = al.workspace_id AND tm.id = al.owner_team_member_id
     WHERE al.workspace_id = $1 AND al.id = ANY($2::uuid[])`,
    [workspaceId, alerts.map((alert) => alert.id)],
  );
  const reopened = new Set(alerts.filter((a) => a.isReopened).map((a) => a.id));
  return queue(
    tx,
    workspaceId,
    rows.map((row) =>
      serializeWebhookEvent(
        'alert.raised',
        workspaceId,
        buildAlertRaisedData({
          ...row,
          isReopened: reopened.has(row.id),
          account: { id: row.accountId, name: row.accountName },
          owner: named(row.ownerId, row.ownerName),
        }),
        now,
      ),
    ),
    now,
  );
};

/** A commitment's move along its lifecycle, as the commands know it. */
export type CommitmentStatusChange = {
  commitmentId: string;
  from: CommitmentStatus;
  to: CommitmentStatus;
  onDay: string;
  successor: { id: string; dueOn: string | null } | null;
  changedThrough: 'team' | 'share-link';
};

/** Queues `commitment.status_changed`, with the commitment's people and account by name. */
export const emitCommitmentStatusChanged = async (
  tx: Db,
  workspaceId: string,
  change: CommitmentStatusChange,
  now: Date,
): Promise<number> => {
  const { events } = await findWebhookSubscriptions(tx, workspaceId);
  if (!events.has('commitment.status_changed')) return 0;
  const row = await findRecord<Commitment>(tx, commitmentTable, workspaceId, change.commitmentId);
  if (row === null) return 0;
  const [account] = await tx.query<{ name: string }>(
    'SELECT name FROM accounts WHERE workspace_id = $1 AND id = $2',
    [workspaceId, row.accountId],
  );
  const personOf = (
    teamMemberId: string | null,
    stakeholderId: string | null,
    name: string | null,
  ): WebhookPerson | null =>
    name === null
      ? null
      : teamMemberId !== null
        ? { kind: 'team-member', id: teamMemberId, name }
        : stakeholderId !== null
          ? { kind: 'stakeholder', id: stakeholderId, name }
          : null;
  const data = buildCommitmentStatusChangedData({
    commitment: row,
    account: { id: row.accountId, name: account?.name ?? '' },
    from: change.from,
    to: change.to,
    onDay: change.onDay,
    owner: personOf(row.ownerTeamMemberId, row.ownerStakeholderId, row.ownerName),
    recipient: personOf(row.recipientTeamMemberId, row.recipientStakeholderId, row.recipientName),
    successor: change.successor,
    changedThrough: change.changedThrough,
  });
  return queue(
    tx,
    workspaceId,
    [serializeWebhookEvent('commitment.status_changed', workspaceId, data, now)],
    now,
  );
};

/**
 * Queues `trust.changed` for every score a write moved by at least the workspace threshold,
 * compared with the same score just before the write. O(1) per touched score (two opinions);
 * names are read only for the scores that crossed.
 */
export const emitTrustChanges = async (
  tx: Db,
  workspaceId: string,
  changes: readonly ScoreChange[],
  settings: TrustSettings,
  now: Date,
): Promise<number> => {
  if (changes.length === 0) return 0;
  const { events, trustChangeThreshold } = await findWebhookSubscriptions(tx, workspaceId);
  if (!events.has('trust.changed')) return 0;
  const crossed = changes.flatMap((change) => {
    const shift = detectTrustShift({
      before: change.before,
      after: change.after,
      dimension: change.dimension,
      settings,
      threshold: trustChangeThreshold,
    });
    return shift === null ? [] : [{ change, shift }];
  });
  if (crossed.length === 0) return 0;
  const idsOf = (pick: (change: ScoreChange) => string | null) => [
    ...new Set(crossed.map(({ change }) => pick(change)).filter((id) => id !== null)),
  ];
  const names = await tx.query<{ kind: string; id: string; name: string }>(
    `SELECT 'account' AS kind, id, name FROM accounts WHERE workspace_id = $1 AND id = ANY($2::uuid[])
     UNION ALL SELECT 'stakeholder', id, name FROM stakeholders WHERE workspace_id = $1 AND id = ANY($3::uuid[])
     UNION ALL SELECT 'opportunity', id, name FROM opportunities WHERE workspace_id = $1 AND id = ANY($4::uuid[])
     UNION ALL SELECT 'team-member', id, name FROM team_members WHERE workspace_id = $1 AND id = ANY($5::uuid[])`,
    [
      workspaceId,
      idsOf((c) => c.accountId),
      idsOf((c) => (c.subject.subjectType === 'stakeholder' ? c.subject.subjectId : null)),
      idsOf((c) => (c.subject.subjectType === 'opportunity' ? c.subject.subjectId : null)),
      idsOf((c) => c.subject.aboutId),
    ],
  );
  const nameOf = new Map(names.map((row) => [`${row.kind}:${row.id}`, row.name]));
  const name = (kind: string, id: string) => nameOf.get(`${kind}:${id}`) ?? null;
  return queue(
    tx,
    workspaceId,
    crossed.map(({ change, shift }) => {
      const accountName = name('account', change.accountId) ?? '';
      const subjectName =
        change.subject.subjectType === 'account'
          ? accountName
          : (name(change.subject.subjectType, change.subject.subjectId) ?? '');
      return serializeWebhookEvent(
        'trust.changed',
        workspaceId,
        buildTrustChangedData({
          account: { id: change.accountId, name: accountName },
          subject: {
            type: change.subject.subjectType,
            id: change.subject.subjectId,
            name: subjectName,
          },
          about: named(change.subject.aboutId, name('team-member', change.subject.aboutId)),
          dimension: change.dimension,
          shift,
          threshold: trustChangeThreshold,
          cause: { source: change.lastRow.source, id: change.lastRow.sourceId },
        }),
        now,
      );
    }),
    now,
  );
};

/** Queues `pulse.received` with the account's and stakeholder's names. */
export const emitPulseReceived = async (
  tx: Db,
  workspaceId: string,
  pulse: {
    id: string;
    shareLinkId: string;
    accountId: string;
    stakeholderId: string | null;
    trustAnswer: number;
    valueAnswer: number;
    backingAnswer: number;
    comment: string | null;
  },
  now: Date,
): Promise<number> => {
  const { events } = await findWebhookSubscriptions(tx, workspaceId);
  if (!events.has('pulse.received')) return 0;
  const [names] = await tx.query<{ accountName: string; stakeholderName: string | null }>(
    `SELECT a.name AS "accountName", s.name AS "stakeholderName"
     FROM accounts a LEFT JOIN stakeholders s ON s.workspace_id = a.workspace_id AND s.id = $3
     WHERE a.workspace_id = $1 AND a.id = $2`,
    [workspaceId, pulse.accountId, pulse.stakeholderId],
  );
  const data = buildPulseReceivedData({
    ...pulse,
    receivedAt: now,
    account: { id: pulse.accountId, name: names?.accountName ?? '' },
    stakeholder: named(pulse.stakeholderId, names?.stakeholderName ?? null),
  });
  return queue(
    tx,
    workspaceId,
    [serializeWebhookEvent('pulse.received', workspaceId, data, now)],
    now,
  );
};
