import type { Db } from '../db/index.ts';

/** An account a team member carries. */
export type CarriedAccount = { id: string; name: string };

/**
 * The one definition of "the accounts a team member carries": live accounts they own, or where
 * they have a live relationship with one of the account's people (neither archived), or own an
 * open (proposed or agreed) commitment. A relationship with someone who has since left still
 * counts, so the member hears about that departure.
 */
export const listCarriedAccounts = (
  db: Db,
  workspaceId: string,
  teamMemberId: string,
): Promise<CarriedAccount[]> =>
  db.query<CarriedAccount>(
    `SELECT a.id, a.name FROM accounts a
     WHERE a.workspace_id = $1 AND a.archived_at IS NULL AND (
       a.owner_team_member_id = $2
       OR EXISTS (SELECT 1 FROM relationships r
               JOIN stakeholders s ON s.workspace_id = r.workspace_id AND s.id = r.stakeholder_id
               WHERE r.workspace_id = a.workspace_id AND r.account_id = a.id AND r.team_member_id = $2
                 AND r.archived_at IS NULL AND s.archived_at IS NULL)
       OR EXISTS (SELECT 1 FROM commitments c
                  WHERE c.workspace_id = a.workspace_id AND c.account_id = a.id AND c.owner_team_member_id = $2
                    AND c.status IN ('proposed', 'agreed') AND c.archived_at IS NULL))
     ORDER BY lower(a.name), a.id`,
    [workspaceId, teamMemberId],
  );
