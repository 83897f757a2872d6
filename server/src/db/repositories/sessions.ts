import type { UserId, WorkspaceId } from '@fulcrum/core';
import type { Db } from '../database.ts';

/** A signed-in browser session; only the hash of its cookie value is stored. */
export type SessionRecord = {
  userId: UserId;
  currentWorkspaceId: WorkspaceId | null;
  csrfToken: string;
  expiresAt: Date;
};

/** Stores a new session. */
export const insertSession = async (
  db: Db,
  session: {
    idHash: string;
    userId: string;
    workspaceId: string | null;
    csrfToken: string;
    expiresAt: Date;
  },
) => {
  await db.query(
    `INSERT INTO sessions (id_hash, user_id, current_workspace_id, csrf_token, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [session.idHash, session.userId, session.workspaceId, session.csrfToken, session.expiresAt],
  );
};

/** Finds a session that has not expired. */
export const findLiveSession = async (db: Db, idHash: string): Promise<SessionRecord | null> => {
  const rows = await db.query<SessionRecord>(
    `SELECT user_id AS "userId", current_workspace_id AS "currentWorkspaceId",
            csrf_token AS "csrfToken", expires_at AS "expiresAt"
     FROM sessions WHERE id_hash = $1 AND expires_at > now()`,
    [idHash],
  );
  return rows[0] ?? null;
};

/** Switches the workspace a session acts in. */
export const setSessionWorkspace = async (db: Db, idHash: string, workspaceId: string) => {
  await db.query(`UPDATE sessions SET current_workspace_id = $2 WHERE id_hash = $1`, [
    idHash,
    workspaceId,
  ]);
};

/** Ends a session. */
export const deleteSession = async (db: Db, idHash: string) => {
  await db.query(`DELETE FROM sessions WHERE id_hash = $1`, [idHash]);
};
