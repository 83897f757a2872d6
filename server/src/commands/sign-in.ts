import type { UserId } from '@fulcrum/core';
import { DomainError } from '@fulcrum/core';
import {
  type Db,
  deleteSession,
  findUserByEmail,
  insertSession,
  listUserWorkspaces,
} from '../db/index.ts';
import { getDecoyHash, verifyPassword } from './passwords.ts';
import { generateSecret, hashSecret } from './secrets.ts';

/** How long a browser session lasts. */
export const sessionLifetimeMs = 14 * 24 * 60 * 60 * 1000;

/** A new session: the cookie value to hand the browser, and what it grants. */
export type SignedIn = { sessionToken: string; userId: UserId; expiresAt: Date };

/** Checks an email and password and opens a session in the user's first workspace. */
export const signIn = async (
  db: Db,
  options: { email: string; password: string; now: Date },
): Promise<SignedIn> => {
  const user = await findUserByEmail(db, options.email.trim());
  const isValid = await verifyPassword(
    user?.passwordHash ?? (await getDecoyHash()),
    options.password,
  );
  if (user === null || !isValid) {
    throw new DomainError(
      'unauthenticated',
      'The email or password is not right. Check both and try again.',
    );
  }
  const workspaces = await listUserWorkspaces(db, user.id);
  const sessionToken = generateSecret();
  const expiresAt = new Date(options.now.getTime() + sessionLifetimeMs);
  await insertSession(db, {
    idHash: hashSecret(sessionToken),
    userId: user.id,
    workspaceId: workspaces[0]?.id ?? null,
    csrfToken: generateSecret(),
    expiresAt,
  });
  return { sessionToken, userId: user.id, expiresAt };
};

/** Ends the session a cookie value belongs to. */
export const signOut = async (db: Db, sessionToken: string): Promise<void> =>
  deleteSession(db, hashSecret(sessionToken));
