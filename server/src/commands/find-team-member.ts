import { DomainError, type TeamMember } from '@fulcrum/core';
import { type Db, listRecords, teamMemberTable } from '../db/index.ts';

/** Finds one live team member of a workspace by name or by email (their own, or that of the user
 * linked to them), ignoring case; says who exists when nobody or several people match. */
export const findTeamMemberByNameOrEmail = async (
  db: Db,
  workspaceId: string,
  by: { name: string } | { email: string },
): Promise<TeamMember> => {
  const all = (
    await listRecords<TeamMember>(db, teamMemberTable, workspaceId, {
      sort: { field: 'name', direction: 'asc' },
      limit: 10_000,
      archived: 'false',
    })
  ).data;
  const matches =
    'name' in by
      ? all.filter((m) => m.name.toLowerCase() === by.name.trim().toLowerCase())
      : await (async () => {
          const email = by.email.trim().toLowerCase();
          const linked = await db.query<{ id: string }>(
            `SELECT tm.id FROM team_members tm JOIN users u ON u.id = tm.user_id
             WHERE tm.workspace_id = $1 AND lower(u.email) = $2`,
            [workspaceId, email],
          );
          const ids = new Set(linked.map((row) => row.id));
          return all.filter((m) => m.email?.toLowerCase() === email || ids.has(m.id));
        })();
  const asked = 'name' in by ? `named "${by.name}"` : `with the email ${by.email}`;
  if (matches.length === 1) return matches[0]!;
  const names = all.slice(0, 20).map((m) => m.name);
  if (matches.length === 0) {
    throw new DomainError(
      'not-found',
      `No team member ${asked}. Team members: ${names.length > 0 ? names.join(', ') : 'none yet'}${all.length > names.length ? ', …' : ''}.`,
    );
  }
  throw new DomainError(
    'validation-failed',
    `${matches.length} team members are ${asked}; pick one by email instead.`,
  );
};
