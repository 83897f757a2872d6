import type { Actor, WorkspaceRole } from '@fulcrum/core';
import type { Db } from '@fulcrum/server/db';
import { CliError } from './cli-error.ts';

/** Who a CLI write acts as: the member with that email, or else the workspace's first owner (the
 * person running the CLI holds the database, so they may act as any member). */
export const resolveActor = async (db: Db, workspaceId: string, email?: string): Promise<Actor> => {
  const rows = await db.query<{ userId: string; role: WorkspaceRole }>(
    `SELECT m.user_id AS "userId", m.role FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.workspace_id = $1 AND ($2::text IS NULL OR lower(u.email) = lower($2))
     ORDER BY (m.role = 'owner') DESC, m.created_at LIMIT 1`,
    [workspaceId, email ?? null],
  );
  const member = rows[0];
  if (!member)
    throw new CliError(
      email ? `${email} is not a member of this workspace.` : 'This workspace has no members.',
      2,
    );
  return { kind: 'member', workspaceId, userId: member.userId, role: member.role } as Actor;
};
