import type { UserId, WorkspaceId, WorkspaceRole } from '@fulcrum/core';
import type { Db } from '../database.ts';
import { isUuid } from '../table.ts';

/** A person who can sign in. */
export type User = { id: UserId; email: string; name: string; createdAt: Date };

/** A workspace a user belongs to, with their role there. */
export type WorkspaceMembership = { id: WorkspaceId; name: string; role: WorkspaceRole };

/** A workspace: the tenant. */
export type Workspace = { id: WorkspaceId; name: string; createdAt: Date };

/** Finds a user by email (case-insensitive), with the hash to verify a password against. */
export const findUserByEmail = async (
  db: Db,
  email: string,
): Promise<(User & { passwordHash: string }) | null> => {
  const rows = await db.query<User & { passwordHash: string }>(
    `SELECT id, email, name, created_at AS "createdAt", password_hash AS "passwordHash"
     FROM users WHERE lower(email) = lower($1)`,
    [email],
  );
  return rows[0] ?? null;
};

/** Finds a user by id. */
export const findUser = async (db: Db, userId: string): Promise<User | null> => {
  if (!isUuid(userId)) return null;
  const rows = await db.query<User>(
    `SELECT id, email, name, created_at AS "createdAt" FROM users WHERE id = $1`,
    [userId],
  );
  return rows[0] ?? null;
};

/** Inserts a user with an already hashed password. */
export const insertUser = async (
  db: Db,
  user: { id: string; email: string; name: string; passwordHash: string },
): Promise<User> => {
  const rows = await db.query<User>(
    `INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)
     RETURNING id, email, name, created_at AS "createdAt"`,
    [user.id, user.email, user.name, user.passwordHash],
  );
  return rows[0]!;
};

/** Inserts a workspace. */
export const insertWorkspace = async (
  db: Db,
  workspace: { id: string; name: string },
): Promise<Workspace> => {
  const rows = await db.query<Workspace>(
    `INSERT INTO workspaces (workspace_id, name) VALUES ($1, $2)
     RETURNING workspace_id AS id, name, created_at AS "createdAt"`,
    [workspace.id, workspace.name],
  );
  return rows[0]!;
};

/** Finds a workspace by id. */
export const findWorkspace = async (db: Db, workspaceId: string): Promise<Workspace | null> => {
  if (!isUuid(workspaceId)) return null;
  const rows = await db.query<Workspace>(
    `SELECT workspace_id AS id, name, created_at AS "createdAt" FROM workspaces WHERE workspace_id = $1`,
    [workspaceId],
  );
  return rows[0] ?? null;
};

/** Renames a workspace. */
export const updateWorkspaceName = async (db: Db, workspaceId: string, name: string) => {
  await db.query(`UPDATE workspaces SET name = $2, updated_at = now() WHERE workspace_id = $1`, [
    workspaceId,
    name,
  ]);
};

/** Finds workspaces by exact name (for the CLI, which accepts a name or an id). */
export const findWorkspacesByName = async (db: Db, name: string): Promise<Workspace[]> =>
  db.query<Workspace>(
    `SELECT workspace_id AS id, name, created_at AS "createdAt" FROM workspaces WHERE name = $1`,
    [name],
  );

/** Gives a user a role in a workspace, or changes the role they have. */
export const upsertMembership = async (
  db: Db,
  membership: { workspaceId: string; userId: string; role: WorkspaceRole },
) => {
  await db.query(
    `INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
    [membership.workspaceId, membership.userId, membership.role],
  );
};

/** The workspaces a user belongs to, oldest first. */
export const listUserWorkspaces = async (db: Db, userId: string): Promise<WorkspaceMembership[]> =>
  db.query<WorkspaceMembership>(
    `SELECT w.workspace_id AS id, w.name, m.role FROM memberships m
     JOIN workspaces w ON w.workspace_id = m.workspace_id
     WHERE m.user_id = $1 ORDER BY m.created_at, w.name`,
    [userId],
  );

/** A user's role in one workspace, or null when they are not a member. */
export const findMembershipRole = async (
  db: Db,
  workspaceId: string,
  userId: string,
): Promise<WorkspaceRole | null> => {
  if (!isUuid(workspaceId)) return null;
  const rows = await db.query<{ role: WorkspaceRole }>(
    `SELECT role FROM memberships WHERE workspace_id = $1 AND user_id = $2`,
    [workspaceId, userId],
  );
  return rows[0]?.role ?? null;
};

/** A member of a workspace as the members list shows them. */
export type MemberListing = { userId: UserId; email: string; name: string; role: WorkspaceRole };

/** Everyone with a role in a workspace. */
export const listMemberships = async (db: Db, workspaceId: string): Promise<MemberListing[]> =>
  db.query<MemberListing>(
    `SELECT u.id AS "userId", u.email, u.name, m.role FROM memberships m
     JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1 ORDER BY lower(u.name)`,
    [workspaceId],
  );
