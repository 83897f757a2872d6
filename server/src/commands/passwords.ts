import { hash, verify } from '@node-rs/argon2';

/** Hashes a password with Argon2id (the library's default variant and parameters). */
export const hashPassword = (password: string): Promise<string> => hash(password);

/** Checks a password against a stored hash. */
export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false);

// A valid hash to verify against when the email is unknown, so a wrong email takes as long as a
// wrong password and response times do not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;
/** A hash of nothing in particular, made once. */
export const getDecoyHash = (): Promise<string> =>
  (decoyHash ??= hash('decoy-password-never-used'));
