import { type Db, isUuid } from '@fulcrum/server/db';
import { CliError } from './cli-error.ts';

/** An account, stakeholder or team member by id or by its exact name (case-insensitive); bad
 * input exits 2. */
export const resolveId = async (
  db: Db,
  table: 'accounts' | 'stakeholders' | 'team_members',
  workspaceId: string,
  idOrName: string,
  accountId?: string,
): Promise<string> => {
  const scoped = accountId ? ' AND account_id = $3' : '';
  const params = [workspaceId, idOrName, ...(accountId ? [accountId] : [])];
  const rows = await db.query<{ id: string }>(
    isUuid(idOrName)
      ? `SELECT id FROM ${table} WHERE workspace_id = $1 AND id = $2${scoped}`
      : `SELECT id FROM ${table} WHERE workspace_id = $1 AND lower(name) = lower($2)${scoped}`,
    params,
  );
  const noun = { accounts: 'account', stakeholders: 'stakeholder', team_members: 'team member' }[
    table
  ];
  if (rows.length === 1) return rows[0]!.id;
  throw new CliError(
    rows.length === 0
      ? `No ${noun} named or with the id "${idOrName}"${accountId ? ' on that account' : ''}.`
      : `Several ${noun}s are named "${idOrName}"; pass the id instead.`,
    2,
  );
};
