import type { Db } from '../db/index.ts';

/** One commitment found overdue. */
export type OverdueCommitment = {
  workspaceId: string;
  id: string;
  accountId: string;
  text: string;
  dueOn: string;
  ownerName: string | null;
};

/** Marks open commitments whose due day has passed as overdue (once, with the day it was found)
 * and lists every open overdue commitment. Runs as a server job and as `fulcrum commitments overdue`. */
export const detectOverdueCommitments = async (
  db: Db,
  options: { today: string; workspaceId?: string },
): Promise<{ newlyOverdue: number; overdue: OverdueCommitment[] }> =>
  db.transaction(async (tx) => {
    const scope = options.workspaceId ? 'AND c.workspace_id = $2' : '';
    const params = options.workspaceId ? [options.today, options.workspaceId] : [options.today];
    const marked = await tx.query(
      `UPDATE commitments c SET overdue_since = $1 WHERE c.status IN ('proposed', 'agreed') AND c.archived_at IS NULL
         AND c.due_on < $1 AND c.overdue_since IS NULL ${scope} RETURNING c.id`,
      params,
    );
    const overdue = await tx.query<OverdueCommitment>(
      `SELECT c.workspace_id AS "workspaceId", c.id, c.account_id AS "accountId", c.text, c.due_on::text AS "dueOn",
              COALESCE(tm.name, s.name) AS "ownerName"
       FROM commitments c
       LEFT JOIN team_members tm ON tm.workspace_id = c.workspace_id AND tm.id = c.owner_team_member_id
       LEFT JOIN stakeholders s ON s.workspace_id = c.workspace_id AND s.id = c.owner_stakeholder_id
       WHERE c.status IN ('proposed', 'agreed') AND c.archived_at IS NULL AND c.due_on < $1 ${scope}
       ORDER BY c.due_on`,
      params,
    );
    return { newlyOverdue: marked.length, overdue };
  });
