import {
  type Account,
  computeCoverage,
  type Coverage,
  type CoverageRelationship,
  type CoverageStakeholder,
  DomainError,
} from '@fulcrum/core';
import { accountTable, type Db, findRecord } from '../db/index.ts';

type CoverageInput = { stakeholders: CoverageStakeholder[]; relationships: CoverageRelationship[] };

// One pair of queries for one account or for all of them: the portfolio reads every account's
// coverage at once instead of asking once per account.
const queryCoverage = async (db: Db, workspaceId: string, accountId: string | null) => {
  const [stakeholders, relationships] = await Promise.all([
    db.query<CoverageStakeholder & { accountId: string }>(
      `SELECT id, account_id AS "accountId", name, seniority, buying_role AS "buyingRole", status,
              left_on::text AS "leftOn"
       FROM stakeholders WHERE workspace_id = $1 AND ($2::uuid IS NULL OR account_id = $2)
         AND archived_at IS NULL
       ORDER BY lower(name), id`,
      [workspaceId, accountId],
    ),
    db.query<CoverageRelationship & { accountId: string }>(
      `SELECT r.account_id AS "accountId", r.team_member_id AS "teamMemberId", tm.name AS "teamMemberName",
              r.stakeholder_id AS "stakeholderId", r.strength
       FROM relationships r
       JOIN team_members tm ON tm.workspace_id = r.workspace_id AND tm.id = r.team_member_id
       JOIN stakeholders s ON s.workspace_id = r.workspace_id AND s.id = r.stakeholder_id
       WHERE r.workspace_id = $1 AND ($2::uuid IS NULL OR r.account_id = $2) AND r.archived_at IS NULL
         AND s.archived_at IS NULL AND tm.archived_at IS NULL
       ORDER BY lower(tm.name), r.id`,
      [workspaceId, accountId],
    ),
  ]);
  return { stakeholders, relationships };
};

/** The people and live relationships of one account, as coverage reads them. */
export const loadCoverageInput = async (
  db: Db,
  workspaceId: string,
  accountId: string,
): Promise<CoverageInput> => {
  const { stakeholders, relationships } = await queryCoverage(db, workspaceId, accountId);
  return {
    stakeholders: stakeholders.map(({ accountId: _, ...person }) => person),
    relationships: relationships.map(({ accountId: _, ...link }) => link),
  };
};

/** The coverage inputs of every account of the workspace, by account id, in two queries. */
export const loadWorkspaceCoverageInputs = async (
  db: Db,
  workspaceId: string,
): Promise<Map<string, CoverageInput>> => {
  const { stakeholders, relationships } = await queryCoverage(db, workspaceId, null);
  const byAccount = new Map<string, CoverageInput>();
  const inputOf = (accountId: string) => {
    let input = byAccount.get(accountId);
    if (input === undefined) {
      input = { stakeholders: [], relationships: [] };
      byAccount.set(accountId, input);
    }
    return input;
  };
  for (const { accountId, ...person } of stakeholders) inputOf(accountId).stakeholders.push(person);
  for (const { accountId, ...link } of relationships) inputOf(accountId).relationships.push(link);
  return byAccount;
};

/** The relationship coverage of one account by seniority level, with its flags; 404 when the
 * account is not in the workspace. */
export const getCoverage = async (
  db: Db,
  workspaceId: string,
  accountId: string,
): Promise<{ accountId: string; coverage: Coverage }> => {
  const account = await findRecord<Account>(db, accountTable, workspaceId, accountId);
  if (account === null)
    throw new DomainError('not-found', 'No account with this id exists in your workspace.');
  return {
    accountId,
    coverage: computeCoverage(await loadCoverageInput(db, workspaceId, accountId)),
  };
};
