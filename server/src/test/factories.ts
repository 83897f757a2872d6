import { randomUUID } from 'node:crypto';
import type {
  Account,
  Actor,
  Opportunity,
  Stakeholder,
  TeamMember,
  UserId,
  WorkspaceId,
  WorkspaceRole,
} from '@fulcrum/core';
import { createApiToken, seedSignalCatalogue } from '../commands/index.ts';
import { hashPassword } from '../commands/passwords.ts';
import {
  accountTable,
  insertRecord,
  insertUser,
  insertWorkspace,
  opportunityTable,
  stakeholderTable,
  teamMemberTable,
  upsertMembership,
} from '../db/index.ts';
import { getTestDb } from './test-db.ts';
import { api } from './test-server.ts';

/** The password every factory-built user has. */
export const testPassword = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

/** Builds a user who can sign in with `testPassword`. */
export const buildUser = async (overrides: { email?: string; name?: string } = {}) => {
  const db = await getTestDb();
  const id = randomUUID();
  return insertUser(db, {
    id,
    email: overrides.email ?? `user-${id}@example.test`,
    name: overrides.name ?? 'Test User',
    passwordHash: await (passwordHash ??= hashPassword(testPassword)),
  });
};

/** Builds a fresh workspace: the isolation unit of every server test. */
export const buildWorkspace = async (name = 'Test workspace') => {
  const db = await getTestDb();
  const workspace = await insertWorkspace(db, { id: randomUUID(), name });
  await seedSignalCatalogue(db, workspace.id);
  return workspace;
};

/** A workspace member with an API token of their role, ready to send requests as. */
export type TestMember = {
  workspaceId: WorkspaceId;
  userId: UserId;
  role: WorkspaceRole;
  actor: Actor;
  headers: Record<string, string>;
};

/** Builds a member with a role (default `member`) in a workspace (default: a new one). */
export const buildMember = async (
  overrides: { role?: WorkspaceRole; workspaceId?: string } = {},
): Promise<TestMember> => {
  const db = await getTestDb();
  const workspaceId = (overrides.workspaceId ?? (await buildWorkspace()).id) as WorkspaceId;
  const role = overrides.role ?? 'member';
  const user = await buildUser();
  await upsertMembership(db, { workspaceId, userId: user.id, role });
  const actor: Actor = { kind: 'member', workspaceId, userId: user.id, role };
  const { token } = await createApiToken(db, actor, { name: 'test', role });
  return {
    workspaceId,
    userId: user.id,
    role,
    actor,
    headers: { authorization: `Bearer ${token}` },
  };
};

/** Builds an account in a workspace. */
export const buildAccount = async (workspaceId: string, overrides: Partial<Account> = {}) =>
  insertRecord<Account>(await getTestDb(), accountTable, workspaceId, {
    name: 'Acme Corp',
    ...overrides,
  });

/** Builds a stakeholder on an account. */
export const buildStakeholder = async (
  workspaceId: string,
  accountId: string,
  overrides: Partial<Stakeholder> = {},
) =>
  insertRecord<Stakeholder>(await getTestDb(), stakeholderTable, workspaceId, {
    accountId,
    name: 'Jamie Buyer',
    buyingRole: 'decision_maker',
    seniority: 'executive',
    ...overrides,
  });

/** Builds one of our team members. */
export const buildTeamMember = async (workspaceId: string, overrides: Partial<TeamMember> = {}) =>
  insertRecord<TeamMember>(await getTestDb(), teamMemberTable, workspaceId, {
    name: 'Sam Seller',
    ...overrides,
  });

/** Builds an opportunity on an account. */
export const buildOpportunity = async (
  workspaceId: string,
  accountId: string,
  overrides: Partial<Opportunity> = {},
) =>
  insertRecord<Opportunity>(await getTestDb(), opportunityTable, workspaceId, {
    accountId,
    name: 'Platform deal',
    stage: 'discovery',
    ...overrides,
  });

/** Builds a member and signs them in through the API, so requests carry a session cookie and
 * its CSRF token, as the web app sends them. */
export const buildSignedInMember = async (
  overrides: { role?: WorkspaceRole; workspaceId?: string } = {},
): Promise<TestMember> => {
  const member = await buildMember(overrides);
  const db = await getTestDb();
  const [user] = await db.query<{ email: string }>('SELECT email FROM users WHERE id = $1', [
    member.userId,
  ]);
  const response = await api.post('/api/session', null, {
    email: user!.email,
    password: testPassword,
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { ...member, headers: { cookie, 'x-csrf-token': response.body.csrfToken } };
};
