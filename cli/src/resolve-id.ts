import { type Db, isUuid } from '@fulcrum/server/db';
import { CliError } from './cli-error.ts';

/** The tables a record can be looked up in, with what the messages call one of their records. */
const nouns = {
  accounts: 'account',
  stakeholders: 'stakeholder',
  opportunities: 'opportunity',
  team_members: 'team member',
  signals: 'signal',
} as const;

/** A table `resolveId` looks records up in. */
export type ResolvableTable = keyof typeof nouns;

/** A record by id or by its exact name (case-insensitive); bad input exits 2. With `accountId`,
 * only that account's records count. With `nameWhenNoId`, a value that looks like an id but
 * matches none is tried as a name. */
export const resolveId = async (
  db: Db,
  table: ResolvableTable,
  workspaceId: string,
  idOrName: string,
  accountId?: string,
  options: { nameWhenNoId?: boolean } = {},
): Promise<string> => {
  const scoped = accountId ? ' AND account_id = $3' : '';
  const params = [workspaceId, idOrName, ...(accountId ? [accountId] : [])];
  const byName = () =>
    db.query<{ id: string }>(
      `SELECT id FROM ${table} WHERE workspace_id = $1 AND lower(name) = lower($2)${scoped}`,
      params,
    );
  let rows: { id: string }[];
  if (isUuid(idOrName)) {
    rows = await db.query<{ id: string }>(
      `SELECT id FROM ${table} WHERE workspace_id = $1 AND id = $2${scoped}`,
      params,
    );
    if (rows.length === 0 && options.nameWhenNoId) rows = await byName();
  } else {
    rows = await byName();
  }
  const noun = nouns[table];
  if (rows.length === 1) return rows[0]!.id;
  throw new CliError(
    rows.length === 0
      ? `No ${noun} named or with the id "${idOrName}"${accountId ? ' on that account' : ''}.`
      : `Several ${noun}s are named "${idOrName}"; pass the id instead.`,
    2,
  );
};
