import {
  addDays,
  computeScorecard,
  DomainError,
  type Scorecard,
  type ScorecardCommitment,
  type ScorecardOpportunity,
  type ScorecardPeriod,
  type ScorecardPulse,
  type ScorecardRelationship,
  type ScorecardValueDelivery,
  type SortOrder,
  type TeamMember,
  toScorecardTable,
} from '@fulcrum/core';
import { stringify } from 'csv-stringify/sync';
import {
  type Db,
  findRecord,
  getTrustSettings,
  listRecords,
  listWorkspaceEvidence,
  teamMemberTable,
} from '../db/index.ts';
import { loadSubjectWeight } from './get-portfolio.ts';

/** The longest period a scorecard covers: ten years. */
const scorecardMaxDays = 3660;

/** The period asked for, as whole days: by default the 90 days up to today. Trust is read at the
 * start of `from` and at the end of `to`, or now when `to` is today or later. */
export const resolveScorecardPeriod = (
  range: { from?: string | undefined; to?: string | undefined },
  now: Date,
): ScorecardPeriod => {
  const to = range.to ?? now.toISOString().slice(0, 10);
  const from = range.from ?? addDays(to, -89);
  if (from > to) {
    throw new DomainError('validation-failed', '`from` must be on or before `to`.', [
      { pointer: '/query/from', detail: 'is after `to`' },
    ]);
  }
  const startAt = Date.parse(`${from}T00:00:00Z`);
  const endOfTo = Date.parse(`${addDays(to, 1)}T00:00:00Z`);
  if ((endOfTo - startAt) / 86_400_000 > scorecardMaxDays) {
    throw new DomainError(
      'validation-failed',
      `A scorecard covers at most ${scorecardMaxDays} days; choose a later \`from\` or an earlier \`to\`.`,
      [{ pointer: '/query/from', detail: 'is too far before `to`' }],
    );
  }
  return { from, to, startAt, endAt: Math.min(endOfTo, Math.max(startAt, now.getTime())) };
};

/** One team member's scorecard with who they are. */
export type TeamMemberScorecard = { teamMember: TeamMember; scorecard: Scorecard };

/** Computes the scorecards of some team members over one period: one query per kind of fact for
 * all of them (commitments, owned accounts, relationships, ledger, value, pulses, deals). */
export const computeScorecards = async (
  db: Db,
  workspaceId: string,
  members: readonly TeamMember[],
  period: ScorecardPeriod,
): Promise<TeamMemberScorecard[]> => {
  if (members.length === 0) return [];
  const memberIds = members.map((member) => member.id as string);
  const settings = await getTrustSettings(db, workspaceId);
  const [weightOf, commitments, accounts, relationships, ledger] = await Promise.all([
    loadSubjectWeight(db, workspaceId, settings),
    db.query<ScorecardCommitment & { ownerId: string }>(
      `SELECT owner_team_member_id AS "ownerId", status, due_on::text AS "dueOn",
              closed_on::text AS "closedOn", (created_at AT TIME ZONE 'UTC')::date::text AS "createdOn"
       FROM commitments
       WHERE workspace_id = $1 AND side = 'ours' AND archived_at IS NULL
         AND owner_team_member_id = ANY($2::uuid[])`,
      [workspaceId, memberIds],
    ),
    db.query<{ id: string; name: string; ownerId: string }>(
      `SELECT id, name, owner_team_member_id AS "ownerId" FROM accounts
       WHERE workspace_id = $1 AND archived_at IS NULL AND owner_team_member_id = ANY($2::uuid[])
       ORDER BY lower(name), id`,
      [workspaceId, memberIds],
    ),
    // Every relationship, to tell who reached a person or a level first; one ends when it, its
    // stakeholder or its team member is archived.
    db.query<ScorecardRelationship & { isLive: boolean }>(
      `SELECT r.team_member_id AS "teamMemberId", r.stakeholder_id AS "stakeholderId",
              s.name AS "stakeholderName", s.account_id AS "accountId", a.name AS "accountName",
              s.seniority, (extract(epoch FROM r.created_at) * 1000)::float8 AS "startedAt",
              (extract(epoch FROM LEAST(r.archived_at, s.archived_at, tm.archived_at)) * 1000)::float8 AS "endedAt",
              (r.archived_at IS NULL AND s.archived_at IS NULL) AS "isLive"
       FROM relationships r
       JOIN stakeholders s ON s.workspace_id = r.workspace_id AND s.id = r.stakeholder_id
       JOIN accounts a ON a.workspace_id = s.workspace_id AND a.id = s.account_id
       JOIN team_members tm ON tm.workspace_id = r.workspace_id AND tm.id = r.team_member_id
       WHERE r.workspace_id = $1
       ORDER BY lower(s.name), r.id`,
      [workspaceId],
    ),
    listWorkspaceEvidence(db, workspaceId),
  ]);
  const accountIds = accounts.map((account) => account.id);
  const [valueDeliveries, pulses, opportunities] = await Promise.all([
    db.query<ScorecardValueDelivery>(
      `SELECT account_id AS "accountId", name, delivered_on::text AS "deliveredOn"
       FROM value_deliveries WHERE workspace_id = $1 AND archived_at IS NULL AND account_id = ANY($2::uuid[])`,
      [workspaceId, accountIds],
    ),
    db.query<ScorecardPulse>(
      `SELECT account_id AS "accountId", (extract(epoch FROM created_at) * 1000)::float8 AS at,
              trust_answer AS "trustAnswer", value_answer AS "valueAnswer", backing_answer AS "backingAnswer"
       FROM pulses WHERE workspace_id = $1 AND account_id = ANY($2::uuid[])`,
      [workspaceId, accountIds],
    ),
    // A deal is dated by its decision day; one recorded without it, by when it last changed.
    db.query<ScorecardOpportunity>(
      `SELECT account_id AS "accountId", stage, amount::float8 AS amount, currency,
              CASE WHEN stage IN ('won', 'lost')
                THEN COALESCE(expected_decision_on, (updated_at AT TIME ZONE 'UTC')::date)::text END AS "decidedOn"
       FROM opportunities WHERE workspace_id = $1 AND archived_at IS NULL AND account_id = ANY($2::uuid[])`,
      [workspaceId, accountIds],
    ),
  ]);
  return members.map((teamMember) => {
    const id = teamMember.id as string;
    const owned = accounts.filter((account) => account.ownerId === id);
    const ownedIds = new Set(owned.map((account) => account.id));
    const carried = relationships.filter((r) => r.teamMemberId === id && r.isLive);
    return {
      teamMember,
      scorecard: computeScorecard({
        teamMemberId: id,
        period,
        settings,
        weightOf,
        commitments: commitments.filter((c) => c.ownerId === id),
        accounts: owned.map(({ id: accountId, name }) => ({ id: accountId, name })),
        ledger: ledger.filter(
          (row) =>
            ownedIds.has(row.accountId) ||
            (row.subjectType === 'stakeholder' && row.aboutId === id),
        ),
        stakeholders: carried.map((r) => ({
          id: r.stakeholderId,
          name: r.stakeholderName,
          accountId: r.accountId,
          accountName: r.accountName,
        })),
        relationships,
        // The core keeps only those of the member's accounts.
        valueDeliveries,
        pulses,
        opportunities,
      }),
    };
  });
};

/** One team member's scorecard over a period; 404 when they are not in the workspace. */
export const getTeamMemberScorecard = async (
  db: Db,
  workspaceId: string,
  teamMemberId: string,
  period: ScorecardPeriod,
): Promise<TeamMemberScorecard> => {
  const member = await findRecord<TeamMember>(db, teamMemberTable, workspaceId, teamMemberId);
  if (member === null)
    throw new DomainError('not-found', 'No team member with this id exists in your workspace.');
  const [card] = await computeScorecards(db, workspaceId, [member], period);
  return card!;
};

/** One page of the team's scorecards (live team members by name). */
export const listScorecards = async (
  db: Db,
  workspaceId: string,
  options: {
    period: ScorecardPeriod;
    q?: string | undefined;
    sort: SortOrder<string>;
    cursor?: string | undefined;
    limit: number;
  },
) => {
  const page = await listRecords<TeamMember>(db, teamMemberTable, workspaceId, {
    q: options.q,
    sort: options.sort,
    cursor: options.cursor,
    limit: options.limit,
    archived: 'false',
  });
  return {
    data: await computeScorecards(db, workspaceId, page.data, options.period),
    nextCursor: page.nextCursor,
    total: page.total,
  };
};

// A cell a spreadsheet would run as a formula is written as text (OWASP's CSV injection advice).
const defuse = (cell: string | number | null) =>
  typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;

/** Every live team member's scorecard over a period as CSV, a header row first. */
export const exportScorecardsCsv = async (
  db: Db,
  workspaceId: string,
  period: ScorecardPeriod,
): Promise<string> => {
  const members = await listRecords<TeamMember>(db, teamMemberTable, workspaceId, {
    sort: { field: 'name', direction: 'asc' },
    limit: 10_000,
    archived: 'false',
  });
  const cards = await computeScorecards(db, workspaceId, members.data, period);
  const table = toScorecardTable(
    cards.map((card) => ({ name: card.teamMember.name, scorecard: card.scorecard })),
  );
  return stringify([table.header, ...table.rows.map((row) => row.map(defuse))]);
};
