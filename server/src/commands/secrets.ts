import { createHash, randomBytes } from 'node:crypto';

/** A random secret of 256 bits, URL-safe. */
export const generateSecret = (): string => randomBytes(32).toString('base64url');

/** SHA-256 of a high-entropy secret: enough for random tokens (passwords use Argon2 instead). */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('base64url');
