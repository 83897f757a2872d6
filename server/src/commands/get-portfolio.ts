import {
  type AlertSeverity,
  type BuyingRole,
  computePortfolioRow,
  computeTrustHistory,
  type CurrentScore,
  dayMs,
  dimensions,
  DomainError,
  filterPortfolio,
  type PortfolioCursor,
  type PortfolioFilter,
  type PortfolioRow,
  type PortfolioSortField,
  pagePortfolio,
  type SortOrder,
  type SubjectWeight,
  type TrustHistoryPoint,
  type TrustSettings,
} from '@fulcrum/core';
import {
  type Db,
  type EvidenceRow,
  getTrustSettings,
  isUuid,
  listAccountScores,
  listWorkspaceEvidence,
} from '../db/index.ts';
import { loadWorkspaceCoverageInputs } from './get-coverage.ts';

type LiveAccount = {
  id: string;
  name: string;
  ownerTeamMemberId: string | null;
  ownerName: string | null;
};

/** The workspace's live accounts with their owners' names. */
const listLiveAccounts = (db: Db, workspaceId: string) =>
  db.query<LiveAccount>(
    `SELECT a.id, a.name, a.owner_team_member_id AS "ownerTeamMemberId", tm.name AS "ownerName"
     FROM accounts a
     LEFT JOIN team_members tm ON tm.workspace_id = a.workspace_id AND tm.id = a.owner_team_member_id
     WHERE a.workspace_id = $1 AND a.archived_at IS NULL`,
    [workspaceId],
  );

/** Each stakeholder's buying role, of the whole workspace or of some accounts only (archived
 * stakeholders too: they still count with their role, as on the account page). */
export const loadStakeholderRoles = async (
  db: Db,
  workspaceId: string,
  accountIds?: readonly string[],
): Promise<Map<string, BuyingRole>> => {
  const rows = await db.query<{ id: string; buyingRole: BuyingRole }>(
    `SELECT id, buying_role AS "buyingRole" FROM stakeholders WHERE workspace_id = $1
     ${accountIds === undefined ? '' : 'AND account_id = ANY($2::uuid[])'}`,
    accountIds === undefined ? [workspaceId] : [workspaceId, accountIds],
  );
  return new Map(rows.map((row) => [row.id, row.buyingRole]));
};

/** How much each subject counts when fused: a stakeholder by their role, anyone else as one. */
export const subjectWeightOf =
  (roles: ReadonlyMap<string, BuyingRole>, settings: TrustSettings): SubjectWeight =>
  (subject) =>
    subject.subjectType === 'stakeholder'
      ? settings.roleWeights[roles.get(subject.subjectId) ?? 'user']
      : 1;

/** The workspace's subject weights, read once for a whole portfolio or scorecard. */
export const loadSubjectWeight = async (
  db: Db,
  workspaceId: string,
  settings: TrustSettings,
): Promise<SubjectWeight> => subjectWeightOf(await loadStakeholderRoles(db, workspaceId), settings);

const groupBy = <T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
};

/** Every live account's portfolio row as of `now`. Set-based: one query per kind of fact for the
 * whole workspace (accounts, stored scores, ledger, roles, coverage, alerts, overdue commitments),
 * then the same core math the account page uses, per account in memory. */
export const computeWorkspacePortfolio = async (
  db: Db,
  workspaceId: string,
  now: Date,
): Promise<{ rows: PortfolioRow[]; settings: TrustSettings }> => {
  const at = now.getTime();
  const today = now.toISOString().slice(0, 10);
  const settings = await getTrustSettings(db, workspaceId);
  const [accounts, scores, ledger, weightOf, coverage, alertCounts, overdueCounts] =
    await Promise.all([
      listLiveAccounts(db, workspaceId),
      listAccountScores(db, workspaceId),
      listWorkspaceEvidence(db, workspaceId),
      loadSubjectWeight(db, workspaceId, settings),
      loadWorkspaceCoverageInputs(db, workspaceId),
      // "Open" for a lead: not resolved, and not snoozed by someone who said it can wait.
      db.query<{ accountId: string; severity: AlertSeverity; count: number }>(
        `SELECT account_id AS "accountId", severity, count(*)::int AS count FROM alerts
         WHERE workspace_id = $1 AND resolved_at IS NULL
           AND NOT (status = 'snoozed' AND snoozed_until > $2)
         GROUP BY account_id, severity`,
        [workspaceId, now],
      ),
      // Overdue as the alert rule sees it: still open, due before today.
      db.query<{ accountId: string; side: 'ours' | 'theirs'; count: number }>(
        `SELECT account_id AS "accountId", side, count(*)::int AS count FROM commitments
         WHERE workspace_id = $1 AND archived_at IS NULL AND status IN ('proposed', 'agreed')
           AND due_on < $2::date
         GROUP BY account_id, side`,
        [workspaceId, today],
      ),
    ]);
  const ledgerByAccount = groupBy(ledger, (row) => row.accountId);
  const scoresByAccount = groupBy(scores, (score) => score.accountId);
  const alertsByAccount = groupBy(alertCounts, (row) => row.accountId);
  const overdueByAccount = groupBy(overdueCounts, (row) => row.accountId);
  const rows = accounts.map((account) => {
    const current: CurrentScore[] = (scoresByAccount.get(account.id) ?? []).map((score) => ({
      subject: score,
      dimension: score.dimension,
      state: score.state,
      count: score.evidenceCount,
    }));
    const overdue = overdueByAccount.get(account.id) ?? [];
    return computePortfolioRow(
      {
        accountId: account.id,
        name: account.name,
        ownerTeamMemberId: account.ownerTeamMemberId,
        ownerName: account.ownerName,
        ledger: ledgerByAccount.get(account.id) ?? [],
        current,
        coverage: coverage.get(account.id) ?? { stakeholders: [], relationships: [] },
        openAlerts: Object.fromEntries(
          (alertsByAccount.get(account.id) ?? []).map((row) => [row.severity, row.count]),
        ),
        overdue: {
          ours: overdue.find((row) => row.side === 'ours')?.count ?? 0,
          theirs: overdue.find((row) => row.side === 'theirs')?.count ?? 0,
        },
      },
      { settings, at, weightOf },
    );
  });
  return { rows, settings };
};

/** One page of the portfolio: every live account's trust, alerts, overdue promises and coverage,
 * filtered and sorted, with the cursor of the next page. */
export const listPortfolio = async (
  db: Db,
  workspaceId: string,
  options: {
    now: Date;
    filter: PortfolioFilter;
    sort: SortOrder<PortfolioSortField>;
    cursor?: PortfolioCursor | undefined;
    limit: number;
  },
) => {
  const { rows, settings } = await computeWorkspacePortfolio(db, workspaceId, options.now);
  const page = pagePortfolio(filterPortfolio(rows, options.filter), options);
  return { ...page, settings };
};

/** The workspace's trust in each dimension over time: every live account's evidence fused as if
 * the accounts were one (cumulative fusion in evidence space, stakeholders weighted by role, the
 * same function the account chart uses), so an account counts as much as it has evidence. With
 * `owner`, only the accounts that team member owns (`none`: accounts without an owner). */
export const getPortfolioHistory = async (
  db: Db,
  workspaceId: string,
  range: { from: Date; to: Date; stepDays: number; owner?: string | undefined },
): Promise<{ accounts: number; settings: TrustSettings; points: TrustHistoryPoint[] }> => {
  const settings = await getTrustSettings(db, workspaceId);
  const [accounts, ledger, weightOf] = await Promise.all([
    listLiveAccounts(db, workspaceId),
    listWorkspaceEvidence(db, workspaceId),
    loadSubjectWeight(db, workspaceId, settings),
  ]);
  const kept = new Set(
    accounts
      .filter(
        (account) =>
          range.owner === undefined ||
          (range.owner === 'none'
            ? account.ownerTeamMemberId === null
            : account.ownerTeamMemberId === range.owner),
      )
      .map((account) => account.id),
  );
  const entries: EvidenceRow[] = ledger.filter((row) => kept.has(row.accountId));
  return {
    accounts: kept.size,
    settings,
    points: computeTrustHistory({
      entries,
      settings,
      from: range.from.getTime(),
      to: range.to.getTime(),
      stepMs: range.stepDays * dayMs,
      weightOf,
      dimensions,
    }),
  };
};

/** The opaque `nextCursor` of a portfolio page: its sort value and account id. */
export const encodePortfolioCursor = (cursor: PortfolioCursor): string =>
  Buffer.from(JSON.stringify([cursor.value, cursor.name, cursor.id]), 'utf8').toString('base64url');

/** Reads a `cursor` this API issued, or explains that it is not one. */
export const decodePortfolioCursor = (text: string): PortfolioCursor => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      typeof parsed[1] === 'string' &&
      typeof parsed[2] === 'string' &&
      isUuid(parsed[2]) &&
      (parsed[0] === null || typeof parsed[0] === 'string' || typeof parsed[0] === 'number')
    ) {
      return { value: parsed[0] as string | number | null, name: parsed[1], id: parsed[2] };
    }
  } catch {
    // not base64 JSON: reported below
  }
  throw new DomainError(
    'validation-failed',
    'The cursor is not one this API issued. Pass the `nextCursor` of a previous page, or leave it out to start from the beginning.',
    [{ pointer: '/cursor', detail: 'is not a valid cursor' }],
  );
};
