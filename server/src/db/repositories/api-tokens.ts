import type { ApiTokenId, UserId, WorkspaceId, WorkspaceRole } from '@fulcrum/core';
import type { Db } from '../database.ts';
import { isUuid } from '../table.ts';

/** An API token as stored: never the secret, only its hash. */
export type ApiToken = {
  workspaceId: WorkspaceId;
  id: ApiTokenId;
  createdByUserId: UserId;
  name: string;
  role: WorkspaceRole;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const columns = `workspace_id AS "workspaceId", id, created_by_user_id AS "createdByUserId", name,
  role, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

/** Stores a new token. */
export const insertApiToken = async (
  db: Db,
  token: {
    workspaceId: string;
    id: string;
    userId: string;
    name: string;
    role: WorkspaceRole;
    tokenHash: string;
  },
): Promise<ApiToken> => {
  const rows = await db.query<ApiToken>(
    `INSERT INTO api_tokens (workspace_id, id, created_by_user_id, name, role, token_hash)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${columns}`,
    [token.workspaceId, token.id, token.userId, token.name, token.role, token.tokenHash],
  );
  return rows[0]!;
};

/** Finds a live token by its hash and marks it used. */
export const useApiToken = async (
  db: Db,
  workspaceId: string,
  tokenHash: string,
): Promise<ApiToken | null> => {
  if (!isUuid(workspaceId)) return null;
  const rows = await db.query<ApiToken>(
    `UPDATE api_tokens SET last_used_at = now()
     WHERE workspace_id = $1 AND token_hash = $2 AND revoked_at IS NULL RETURNING ${columns}`,
    [workspaceId, tokenHash],
  );
  return rows[0] ?? null;
};

/** The workspace's tokens, newest first. */
export const listApiTokens = async (db: Db, workspaceId: string): Promise<ApiToken[]> =>
  db.query<ApiToken>(
    `SELECT ${columns} FROM api_tokens WHERE workspace_id = $1 ORDER BY created_at DESC`,
    [workspaceId],
  );

/** Finds one of the workspace's tokens. */
export const findApiToken = async (
  db: Db,
  workspaceId: string,
  id: string,
): Promise<ApiToken | null> => {
  if (!isUuid(id)) return null;
  const rows = await db.query<ApiToken>(
    `SELECT ${columns} FROM api_tokens WHERE workspace_id = $1 AND id = $2`,
    [workspaceId, id],
  );
  return rows[0] ?? null;
};

/** Revokes a token at once; later requests with it are unauthenticated. */
export const revokeApiToken = async (db: Db, workspaceId: string, id: string) => {
  await db.query(
    `UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, now()) WHERE workspace_id = $1 AND id = $2`,
    [workspaceId, id],
  );
};
