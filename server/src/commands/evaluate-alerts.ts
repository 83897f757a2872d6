import { randomUUID } from 'node:crypto';
import {
  type AlertCommitment,
  type AlertInput,
  type AlertOpportunity,
  type AlertOwner,
  type AlertPulse,
  type AlertThresholds,
  computeCommitmentRecord,
  computeCoverage,
  type Dimension,
  evaluateAlertRules,
  type RecordedCommitment,
  addDays,
  defaultAlertThresholds,
} from '@fulcrum/core';
import type { Db } from '../db/index.ts';
import { getAccountTrust } from './get-account-trust.ts';
import { loadCoverageInput } from './get-coverage.ts';
import { emitAlertsRaised } from './webhook-events.ts';

/** What one evaluation of an account did. */
export type AlertEvaluation = {
  accountId: string;
  /** False when nothing the rules read had changed since the last evaluation. */
  evaluated: boolean;
  raised: number;
  resolved: number;
  open: number;
};

/** A fingerprint of everything the rules read about an account, plus the day: the overdue,
 * silence, at-risk and pulse rules change with the date alone. Unchanged fingerprint, nothing to
 * re-evaluate. */
const fingerprintOf = async (db: Db, workspaceId: string, accountId: string, today: string) => {
  const touched = (table: string) =>
    `(SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM ${table} WHERE workspace_id = $1 AND account_id = $2)`;
  const [row] = await db.query<{ fingerprint: string }>(
    `SELECT concat_ws('|', $3::text,
       (SELECT updated_at::text FROM accounts WHERE workspace_id = $1 AND id = $2),
       ${touched('stakeholders')}, ${touched('relationships')}, ${touched('commitments')},
       ${touched('opportunities')}, ${touched('value_deliveries')},
       (SELECT count(*) || '/' || coalesce(max(c.updated_at)::text, '') FROM competitors c
          JOIN opportunities o ON o.workspace_id = c.workspace_id AND o.id = c.opportunity_id
          WHERE c.workspace_id = $1 AND o.account_id = $2),
       (SELECT count(*) || '/' || coalesce(max(created_at)::text, '') FROM evidence WHERE workspace_id = $1 AND account_id = $2),
       (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM team_members WHERE workspace_id = $1),
       (SELECT count(*) || '/' || coalesce(max(created_at)::text, '') FROM pulses WHERE workspace_id = $1 AND account_id = $2),
       -- The owners' records span every account: a commitment they close elsewhere counts here too.
       (SELECT count(*) || '/' || coalesce(max(c.updated_at)::text, '') FROM commitments c
          WHERE c.workspace_id = $1 AND c.owner_team_member_id IN (
            SELECT o.owner_team_member_id FROM commitments o
            WHERE o.workspace_id = $1 AND o.account_id = $2 AND o.status IN ('proposed', 'agreed')))
     ) AS fingerprint`,
    [workspaceId, accountId, today],
  );
  return row?.fingerprint ?? '';
};

/** Gathers the figures the alert rules read about one account from the existing read models. */
const loadAlertInput = async (
  db: Db,
  workspaceId: string,
  accountId: string,
  now: Date,
  /** How far back pulses matter (`lowPulseWithinDays`). */
  pulseDays: number,
): Promise<AlertInput> => {
  const today = now.toISOString().slice(0, 10);
  // Throws not-found for an account outside the workspace.
  const trust = await getAccountTrust(db, workspaceId, accountId, now);
  const pulsesSince = addDays(today, -pulseDays);
  const [coverageInput, account, commitments, lastEvidence, lastValue, pulses] = await Promise.all([
    loadCoverageInput(db, workspaceId, accountId),
    db.query<{ name: string; createdOn: string; ownerTeamMemberId: string | null }>(
      `SELECT name, (created_at AT TIME ZONE 'UTC')::date::text AS "createdOn",
              owner_team_member_id AS "ownerTeamMemberId"
       FROM accounts WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, accountId],
    ),
    db.query<AlertCommitment>(
      `SELECT c.id, c.side, c.status, c.text, COALESCE(otm.name, os.name) AS "ownerName",
              c.owner_team_member_id AS "ownerTeamMemberId", COALESCE(rtm.name, rs.name) AS "recipientName",
              c.due_on::text AS "dueOn"
       FROM commitments c
       LEFT JOIN team_members otm ON otm.workspace_id = c.workspace_id AND otm.id = c.owner_team_member_id
       LEFT JOIN stakeholders os ON os.workspace_id = c.workspace_id AND os.id = c.owner_stakeholder_id
       LEFT JOIN team_members rtm ON rtm.workspace_id = c.workspace_id AND rtm.id = c.recipient_team_member_id
       LEFT JOIN stakeholders rs ON rs.workspace_id = c.workspace_id AND rs.id = c.recipient_stakeholder_id
       WHERE c.workspace_id = $1 AND c.account_id = $2 AND c.archived_at IS NULL
         AND c.status IN ('proposed', 'agreed')
       ORDER BY c.due_on NULLS LAST, c.id`,
      [workspaceId, accountId],
    ),
    db.query<{ day: string | null }>(
      `SELECT (max(observed_at) AT TIME ZONE 'UTC')::date::text AS day FROM evidence WHERE workspace_id = $1 AND account_id = $2`,
      [workspaceId, accountId],
    ),
    db.query<{ day: string | null }>(
      `SELECT max(delivered_on)::text AS day FROM value_deliveries WHERE workspace_id = $1 AND account_id = $2 AND archived_at IS NULL`,
      [workspaceId, accountId],
    ),
    db.query<Omit<AlertPulse, 'answeredAt'> & { answeredAt: Date }>(
      `SELECT p.id, p.share_link_id AS "shareLinkId", p.stakeholder_id AS "stakeholderId", s.name AS "stakeholderName",
              p.created_at AS "answeredAt", p.trust_answer AS "trustAnswer", p.value_answer AS "valueAnswer",
              p.backing_answer AS "backingAnswer", p.comment
       FROM pulses p
       LEFT JOIN stakeholders s ON s.workspace_id = p.workspace_id AND s.id = p.stakeholder_id
       WHERE p.workspace_id = $1 AND p.account_id = $2 AND p.created_at >= $3::date
       ORDER BY p.created_at, p.id`,
      [workspaceId, accountId, pulsesSince],
    ),
  ]);

  // Owners with open commitments here: their whole record, across accounts, says what they keep.
  const ownerIds = [
    ...new Set(
      commitments
        .filter((c) => c.side === 'ours' && c.ownerTeamMemberId !== null)
        .map((c) => c.ownerTeamMemberId!),
    ),
  ];
  const ownerRows =
    ownerIds.length === 0
      ? []
      : await db.query<RecordedCommitment & { ownerId: string; ownerName: string }>(
          `SELECT c.owner_team_member_id AS "ownerId", tm.name AS "ownerName", c.status,
                  c.due_on::text AS "dueOn", c.closed_on::text AS "closedOn"
           FROM commitments c JOIN team_members tm ON tm.workspace_id = c.workspace_id AND tm.id = c.owner_team_member_id
           WHERE c.workspace_id = $1 AND c.owner_team_member_id = ANY($2::uuid[]) AND c.archived_at IS NULL`,
          [workspaceId, ownerIds],
        );
  const inTwoWeeks = addDays(today, 14);
  const owners: AlertOwner[] = ownerIds.map((id) => {
    const theirs = ownerRows.filter((row) => row.ownerId === id);
    return {
      teamMemberId: id,
      name: theirs[0]?.ownerName ?? 'A team member',
      record: computeCommitmentRecord(theirs),
      dueInNext14Days: theirs.filter(
        (c) =>
          (c.status === 'proposed' || c.status === 'agreed') &&
          c.dueOn !== null &&
          c.dueOn >= today &&
          c.dueOn <= inTwoWeeks,
      ).length,
    };
  });

  const opportunities: AlertOpportunity[] = trust.opportunities
    .filter((o) => o.stage !== 'won' && o.stage !== 'lost')
    .map((o) => {
      const best = o.competitors
        .filter((c) => c.expected !== null)
        .sort((a, b) => b.expected! - a.expected!)[0];
      return {
        id: o.opportunityId,
        name: o.name,
        ourCapability: o.capability.expected,
        leader: best === undefined ? null : { name: best.name, expected: best.expected! },
      };
    });

  return {
    accountId,
    accountName: account[0]?.name ?? 'this account',
    today,
    accountCreatedOn: account[0]?.createdOn ?? today,
    accountOwnerTeamMemberId: account[0]?.ownerTeamMemberId ?? null,
    dimensions: trust.dimensions as Record<
      Dimension,
      { expected: number; uncertainty: number; change30Days: number }
    >,
    lastEvidenceOn: lastEvidence[0]?.day ?? null,
    coverage: computeCoverage(coverageInput),
    openCommitments: commitments,
    owners,
    opportunities,
    lastValueDeliveredOn: lastValue[0]?.day ?? null,
    pulses: pulses.map((p) => ({ ...p, answeredAt: new Date(p.answeredAt).toISOString() })),
  };
};

/**
 * Evaluates the alert rules for one account and stores the result: new situations are raised,
 * known ones updated (a resolved one that comes back is reopened), and alerts whose situation is
 * gone are resolved. Skipped when nothing the rules read has changed, unless `force`.
 */
export const evaluateAccountAlerts = async (
  db: Db,
  workspaceId: string,
  accountId: string,
  options: { now: Date; force?: boolean; thresholds?: Partial<AlertThresholds> },
): Promise<AlertEvaluation> => {
  const today = options.now.toISOString().slice(0, 10);
  const fingerprint = await fingerprintOf(db, workspaceId, accountId, today);
  const [last] = await db.query<{ fingerprint: string }>(
    'SELECT fingerprint FROM alert_evaluations WHERE workspace_id = $1 AND account_id = $2',
    [workspaceId, accountId],
  );
  const countOpen = async (conn: Db) =>
    (
      await conn.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM alerts WHERE workspace_id = $1 AND account_id = $2 AND resolved_at IS NULL',
        [workspaceId, accountId],
      )
    )[0]?.count ?? 0;
  if (options.force !== true && last?.fingerprint === fingerprint) {
    return { accountId, evaluated: false, raised: 0, resolved: 0, open: await countOpen(db) };
  }
  const input = await loadAlertInput(
    db,
    workspaceId,
    accountId,
    options.now,
    options.thresholds?.lowPulseWithinDays ?? defaultAlertThresholds.lowPulseWithinDays,
  );
  const computed = evaluateAlertRules({ ...input, thresholds: options.thresholds });
  return db.transaction(async (tx) => {
    const raised: { id: string; isReopened: boolean }[] = [];
    for (const alert of computed) {
      const [row] = await tx.query<{ id: string; isInserted: boolean; isNew: boolean }>(
        `INSERT INTO alerts (workspace_id, id, account_id, dedup_key, rule, severity, subject_type, subject_id,
           owner_team_member_id, title, reason, suggestion, figures, raised_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14)
         ON CONFLICT (workspace_id, dedup_key) DO UPDATE SET
           severity = EXCLUDED.severity, owner_team_member_id = EXCLUDED.owner_team_member_id,
           title = EXCLUDED.title, reason = EXCLUDED.reason, suggestion = EXCLUDED.suggestion,
           figures = EXCLUDED.figures, updated_at = now(),
           -- A situation that comes back after it was resolved is a new alert for the team.
           raised_at = CASE WHEN alerts.resolved_at IS NULL THEN alerts.raised_at ELSE EXCLUDED.raised_at END,
           status = CASE WHEN alerts.resolved_at IS NULL THEN alerts.status ELSE 'open' END,
           status_reason = CASE WHEN alerts.resolved_at IS NULL THEN alerts.status_reason ELSE NULL END,
           snoozed_until = CASE WHEN alerts.resolved_at IS NULL THEN alerts.snoozed_until ELSE NULL END,
           resolved_at = NULL
         RETURNING id, (xmax = 0) AS "isInserted", (xmax = 0 OR raised_at = $14) AS "isNew"`,
        [
          workspaceId,
          randomUUID(),
          accountId,
          alert.dedupKey,
          alert.rule,
          alert.severity,
          alert.subjectType,
          alert.subjectId,
          alert.ownerTeamMemberId,
          alert.title,
          alert.reason,
          alert.suggestion,
          JSON.stringify(alert.figures),
          options.now,
        ],
      );
      if (row?.isNew === true) raised.push({ id: row.id, isReopened: !row.isInserted });
    }
    const resolved = await tx.query(
      `UPDATE alerts SET resolved_at = $4, updated_at = now()
       WHERE workspace_id = $1 AND account_id = $2 AND resolved_at IS NULL AND NOT (dedup_key = ANY($3::text[]))
       RETURNING id`,
      [workspaceId, accountId, computed.map((a) => a.dedupKey), options.now],
    );
    await tx.query(
      `INSERT INTO alert_evaluations (workspace_id, account_id, fingerprint, evaluated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (workspace_id, account_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, evaluated_at = EXCLUDED.evaluated_at`,
      [workspaceId, accountId, fingerprint, options.now],
    );
    await emitAlertsRaised(tx, workspaceId, raised, options.now);
    return {
      accountId,
      evaluated: true,
      raised: raised.length,
      resolved: resolved.length,
      open: computed.length,
    };
  });
};

/** Evaluates the alerts of every live account, of one workspace or of all of them. Runs as a
 * server job and as `fulcrum alerts run`; unchanged accounts are skipped unless `force`. */
export const evaluateWorkspaceAlerts = async (
  db: Db,
  options: { now: Date; workspaceId?: string; force?: boolean },
): Promise<{
  accounts: number;
  evaluated: number;
  raised: number;
  resolved: number;
  open: number;
}> => {
  const accounts = await db.query<{ workspaceId: string; id: string }>(
    `SELECT workspace_id AS "workspaceId", id FROM accounts
     WHERE archived_at IS NULL ${options.workspaceId ? 'AND workspace_id = $1' : ''} ORDER BY workspace_id, id`,
    options.workspaceId ? [options.workspaceId] : [],
  );
  const total = { accounts: accounts.length, evaluated: 0, raised: 0, resolved: 0, open: 0 };
  for (const account of accounts) {
    const result = await evaluateAccountAlerts(db, account.workspaceId, account.id, options);
    total.evaluated += result.evaluated ? 1 : 0;
    total.raised += result.raised;
    total.resolved += result.resolved;
    total.open += result.open;
  }
  return total;
};
