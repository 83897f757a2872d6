import {
  addDays,
  buildDigest,
  type BuyingRole,
  type Digest,
  type DigestAlert,
  type DigestCommitmentEvent,
  type DigestOpenCommitment,
  type DigestPulse,
  type DigestStakeholderLeft,
  type DigestTrustPoint,
  defaultDigestSettings,
  digestWeekOf,
  DomainError,
  dimensions,
  fuseReplayed,
  replayLedger,
  type TeamMember,
  type TrustSettings,
} from '@fulcrum/core';
import {
  type Db,
  type EvidenceRow,
  findRecord,
  getTrustSettings,
  listEvidenceOfAccounts,
  listRecords,
  teamMemberTable,
} from '../db/index.ts';
import { listCarriedAccounts } from './carried-accounts.ts';
import { loadStakeholderRoles, subjectWeightOf } from './get-portfolio.ts';
import { type Alert, alertTable } from './list-alerts.ts';

/** Whose digest, and which week. */
export type DigestRequest = {
  /** The team member; without it, the one linked to `userId`. */
  teamMemberId?: string | undefined;
  /** The signed-in user, whose own team member is the default. */
  userId?: string | null | undefined;
  /** The week's last day, YYYY-MM-DD (default: today). */
  weekEnding?: string | undefined;
};

/** A digest with the stored alerts it lists, so the presenter can add what the actor may do. */
export type DigestResult = { digest: Digest; alerts: Map<string, Alert> };

/** Finds the team member a digest is for: the one asked for, or the user's own. */
const resolveDigestMember = async (
  db: Db,
  workspaceId: string,
  request: Pick<DigestRequest, 'teamMemberId' | 'userId'>,
): Promise<TeamMember> => {
  if (request.teamMemberId !== undefined) {
    const member = await findRecord<TeamMember>(
      db,
      teamMemberTable,
      workspaceId,
      request.teamMemberId,
    );
    if (member === null)
      throw new DomainError('not-found', 'No team member with this id exists in your workspace.');
    return member;
  }
  const [own] =
    request.userId === null || request.userId === undefined
      ? []
      : (
          await listRecords<TeamMember>(db, teamMemberTable, workspaceId, {
            sort: { field: 'createdAt', direction: 'asc' },
            limit: 1,
            archived: 'false',
            where: { user_id: request.userId },
          })
        ).data;
  if (own === undefined) {
    throw new DomainError(
      'business-rule',
      'You are not linked to a team member in this workspace, so there is no digest of your own. Ask for one team member’s digest with teamMemberId (GET /api/team-members lists them).',
      [{ pointer: '/teamMemberId', detail: 'is required when you are not a team member' }],
    );
  }
  return own;
};

/** Expected trust per carried account and dimension at the week's start and end, from one read
 * of their ledgers: the same fusion as the account's trust page. */
const trustPoints = (
  ledger: EvidenceRow[],
  accounts: { id: string; name: string }[],
  roles: ReadonlyMap<string, BuyingRole>,
  settings: TrustSettings,
  range: { from: number; to: number },
): DigestTrustPoint[] => {
  const weightOf = subjectWeightOf(roles, settings);
  const byAccount = new Map<string, EvidenceRow[]>();
  for (const row of ledger) {
    const rows = byAccount.get(row.accountId) ?? [];
    rows.push(row);
    byAccount.set(row.accountId, rows);
  }
  return accounts.flatMap((account) => {
    const entries = byAccount.get(account.id);
    // No evidence: every dimension stays at the base rate, nothing moved.
    if (entries === undefined) return [];
    const before = replayLedger(entries, settings, range.from);
    const after = replayLedger(entries, settings, range.to);
    return dimensions.map((dimension) => ({
      accountId: account.id,
      accountName: account.name,
      dimension,
      before: fuseReplayed(before, settings, dimension, weightOf).opinion.expected,
      after: fuseReplayed(after, settings, dimension, weightOf).opinion.expected,
    }));
  });
};

/**
 * Gathers one team member's week — trust on the accounts they carry, status changes, pulses,
 * departures, alerts, and their open commitments and those owed to them — with one set-based query
 * per kind of fact, and builds the digest in core. Reads only.
 */
export const getDigest = async (
  db: Db,
  workspaceId: string,
  request: DigestRequest,
  now: Date,
): Promise<DigestResult> => {
  const today = now.toISOString().slice(0, 10);
  const weekEnding = request.weekEnding ?? today;
  if (weekEnding > today) {
    throw new DomainError(
      'validation-failed',
      `The week ending ${weekEnding} has not happened yet; pick ${today} or an earlier day.`,
      [{ pointer: '/weekEnding', detail: `must be ${today} or earlier` }],
    );
  }
  const member = await resolveDigestMember(db, workspaceId, request);
  const { start } = digestWeekOf(weekEnding);
  const afterEnd = addDays(weekEnding, 1);
  const startAt = new Date(`${start}T00:00:00Z`);
  const endAt = new Date(Math.min(Date.parse(`${afterEnd}T00:00:00Z`), now.getTime()));
  const accounts = await listCarriedAccounts(db, workspaceId, member.id);
  const ids = accounts.map((a) => a.id);
  // The day after the last one "due soon" counts (the core files each commitment).
  const dueBy = addDays(weekEnding, defaultDigestSettings.dueWithinDays + 1);

  const [ledger, roles, settings, events, pulses, left, open, alerts] = await Promise.all([
    ids.length === 0 ? Promise.resolve([]) : listEvidenceOfAccounts(db, workspaceId, ids),
    loadStakeholderRoles(db, workspaceId, ids),
    getTrustSettings(db, workspaceId),
    db.query<DigestCommitmentEvent>(
      `SELECT e.commitment_id AS "commitmentId", c.account_id AS "accountId", a.name AS "accountName", c.text,
              c.side, COALESCE(otm.name, os.name) AS "ownerName", e.from_status AS "fromStatus",
              e.to_status AS "toStatus", e.on_day::text AS "onDay"
       FROM commitment_events e
       JOIN commitments c ON c.workspace_id = e.workspace_id AND c.id = e.commitment_id
       JOIN accounts a ON a.workspace_id = c.workspace_id AND a.id = c.account_id
       LEFT JOIN team_members otm ON otm.workspace_id = c.workspace_id AND otm.id = c.owner_team_member_id
       LEFT JOIN stakeholders os ON os.workspace_id = c.workspace_id AND os.id = c.owner_stakeholder_id
       WHERE e.workspace_id = $1 AND e.from_status IS NOT NULL AND e.on_day BETWEEN $3::date AND $4::date
         AND c.archived_at IS NULL AND (c.account_id = ANY($2::uuid[]) OR c.owner_team_member_id = $5)
       ORDER BY e.on_day DESC, e.created_at DESC`,
      [workspaceId, ids, start, weekEnding, member.id],
    ),
    db.query<Omit<DigestPulse, 'answeredAt'> & { answeredAt: Date }>(
      `SELECT p.id AS "pulseId", p.account_id AS "accountId", a.name AS "accountName",
              p.stakeholder_id AS "stakeholderId", s.name AS "stakeholderName", p.created_at AS "answeredAt",
              p.trust_answer AS "trustAnswer", p.value_answer AS "valueAnswer",
              p.backing_answer AS "backingAnswer", p.comment
       FROM pulses p
       JOIN accounts a ON a.workspace_id = p.workspace_id AND a.id = p.account_id
       LEFT JOIN stakeholders s ON s.workspace_id = p.workspace_id AND s.id = p.stakeholder_id
       WHERE p.workspace_id = $1 AND p.account_id = ANY($2::uuid[]) AND p.created_at >= $3 AND p.created_at < $4
       ORDER BY p.created_at DESC`,
      [workspaceId, ids, startAt, new Date(`${afterEnd}T00:00:00Z`)],
    ),
    db.query<DigestStakeholderLeft>(
      `SELECT s.id AS "stakeholderId", s.account_id AS "accountId", a.name AS "accountName", s.name,
              s.buying_role AS "buyingRole", s.left_on::text AS "leftOn"
       FROM stakeholders s JOIN accounts a ON a.workspace_id = s.workspace_id AND a.id = s.account_id
       WHERE s.workspace_id = $1 AND s.account_id = ANY($2::uuid[]) AND s.status = 'left'
         AND s.archived_at IS NULL AND s.left_on BETWEEN $3::date AND $4::date`,
      [workspaceId, ids, start, weekEnding],
    ),
    // Open at the week's end: made by then and not closed by then, with its status as it was.
    db.query<DigestOpenCommitment>(
      `SELECT c.id AS "commitmentId", c.account_id AS "accountId", a.name AS "accountName", c.text, c.side,
              COALESCE((SELECT ce.to_status FROM commitment_events ce
                        WHERE ce.workspace_id = c.workspace_id AND ce.commitment_id = c.id AND ce.on_day <= $3::date
                        ORDER BY ce.on_day DESC, ce.created_at DESC LIMIT 1), c.status) AS status,
              COALESCE(otm.name, os.name) AS "ownerName", c.owner_team_member_id AS "ownerTeamMemberId",
              COALESCE(rtm.name, rs.name) AS "recipientName", c.recipient_team_member_id AS "recipientTeamMemberId",
              c.due_on::text AS "dueOn"
       FROM commitments c
       JOIN accounts a ON a.workspace_id = c.workspace_id AND a.id = c.account_id
       LEFT JOIN team_members otm ON otm.workspace_id = c.workspace_id AND otm.id = c.owner_team_member_id
       LEFT JOIN stakeholders os ON os.workspace_id = c.workspace_id AND os.id = c.owner_stakeholder_id
       LEFT JOIN team_members rtm ON rtm.workspace_id = c.workspace_id AND rtm.id = c.recipient_team_member_id
       LEFT JOIN stakeholders rs ON rs.workspace_id = c.workspace_id AND rs.id = c.recipient_stakeholder_id
       WHERE c.workspace_id = $1 AND c.archived_at IS NULL AND a.archived_at IS NULL
         AND c.due_on IS NOT NULL AND c.due_on < $4::date
         AND (c.created_at AT TIME ZONE 'UTC')::date <= $3::date
         AND (c.status IN ('proposed', 'agreed') OR c.closed_on > $3::date)
         AND ((c.side = 'ours' AND c.owner_team_member_id = $5)
           OR (c.side = 'theirs' AND c.account_id = ANY($2::uuid[])
               AND (c.recipient_team_member_id IS NULL OR c.recipient_team_member_id = $5)))
       ORDER BY c.due_on, c.id`,
      [workspaceId, ids, weekEnding, dueBy, member.id],
    ),
    // Everything not resolved, plus what was raised during the week (resolved or not).
    listRecords<Alert>(db, alertTable, workspaceId, {
      sort: { field: 'severity', direction: 'asc' },
      limit: 10_000,
      archived: 'any',
      condition: (bind) =>
        `(t.account_id = ANY(${bind(ids)}::uuid[]) OR t.owner_team_member_id = ${bind(member.id)})
         AND (t.resolved_at IS NULL OR (t.raised_at >= ${bind(startAt)} AND t.raised_at < ${bind(endAt)}))`,
    }),
  ]);

  const digest = buildDigest({
    teamMember: { id: member.id, name: member.name },
    weekEnding,
    accounts,
    trust: trustPoints(ledger, accounts, roles, settings, {
      from: startAt.getTime(),
      to: endAt.getTime(),
    }),
    commitmentEvents: events,
    pulses: pulses.map((p) => ({ ...p, answeredAt: new Date(p.answeredAt).toISOString() })),
    stakeholdersLeft: left,
    openCommitments: open,
    alerts: alerts.data.map((a): DigestAlert => ({
      id: a.id,
      accountId: a.accountId,
      accountName: a.accountName,
      rule: a.rule,
      severity: a.severity,
      title: a.title,
      reason: a.reason,
      suggestion: a.suggestion,
      status: a.status,
      raisedAt: new Date(a.raisedAt).toISOString(),
    })),
  });
  return { digest, alerts: new Map(alerts.data.map((a) => [a.id, a])) };
};
