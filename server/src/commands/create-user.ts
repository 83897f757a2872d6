import { randomUUID } from 'node:crypto';
import { DomainError, limits } from '@fulcrum/core';
import { type Db, findUserByEmail, insertUser, type User } from '../db/index.ts';
import { hashPassword } from './passwords.ts';

/** What a new user needs. */
export type CreateUserOptions = { email: string; name: string; password: string };

/** Creates a user with a hashed password; refuses an email already in use. */
export const createUser = async (db: Db, options: CreateUserOptions): Promise<User> => {
  const email = options.email.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new DomainError('validation-failed', `"${email}" is not an email address.`, [
      { pointer: '/email', detail: 'must be an email address' },
    ]);
  }
  if (options.password.length < limits.passwordMin) {
    throw new DomainError(
      'validation-failed',
      `The password is too short: use at least ${limits.passwordMin} characters.`,
      [{ pointer: '/password', detail: `must have at least ${limits.passwordMin} characters` }],
    );
  }
  if ((await findUserByEmail(db, email)) !== null) {
    throw new DomainError('email-taken', `A user with the email ${email} already exists.`);
  }
  const passwordHash = await hashPassword(options.password);
  return insertUser(db, { id: randomUUID(), email, name: options.name.trim(), passwordHash });
};
