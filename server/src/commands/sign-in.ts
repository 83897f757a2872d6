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
  const lockedUntil = user ? await findLockedUntil(db, user.id) : null;
  if (lockedUntil !== null && lockedUntil > options.now) {
    const minutes = Math.ceil((lockedUntil.getTime() - options.now.getTime()) / 60_000);
    throw new DomainError(
      'rate-limited',
      `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
  }
  const isValid = await verifyPassword(
    user?.passwordHash ?? (await getDecoyHash()),
    options.password,
  );
  if (user === null || !isValid) {
    if (user) await recordFailedSignIn(db, user.id, options.now);
    throw new DomainError(
      'unauthenticated',
      'The email or password is not right. Check both and try again.',
    );
  }
  await db.query('UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE id = $1', [
    user.id,
  ]);
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

/** Failed sign-ins in a row before an account is locked, and for how long. */
export const signInLockout = { attempts: 5, minutes: 15 } as const;

const findLockedUntil = async (db: Db, userId: string): Promise<Date | null> => {
  const [row] = await db.query<{ lockedUntil: Date | null }>(
    'SELECT locked_until AS "lockedUntil" FROM users WHERE id = $1',
    [userId],
  );
  return row?.lockedUntil ?? null;
};

// Counts one more failure; the fifth in a row locks the account and starts the count again.
const recordFailedSignIn = async (db: Db, userId: string, now: Date) => {
  await db.query(
    `UPDATE users SET
       locked_until = CASE WHEN failed_sign_ins + 1 >= $2 THEN $3::timestamptz ELSE locked_until END,
       failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= $2 THEN 0 ELSE failed_sign_ins + 1 END
     WHERE id = $1`,
    [userId, signInLockout.attempts, new Date(now.getTime() + signInLockout.minutes * 60_000)],
  );
};
