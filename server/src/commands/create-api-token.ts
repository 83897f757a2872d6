import { randomUUID } from 'node:crypto';
import { type Actor, DomainError, workspacePolicy, type WorkspaceRole } from '@fulcrum/core';
import { type ApiToken, type Db, insertApiToken } from '../db/index.ts';
import { generateSecret, hashSecret } from './secrets.ts';

const prefix = 'fulcrum';

/** A new token and its secret, which is shown this once and never stored. */
export type CreatedApiToken = { token: string; record: ApiToken };

/** Creates an API token for the actor's workspace with a role no higher than the actor's. */
export const createApiToken = async (
  db: Db,
  actor: Actor,
  options: { name: string; role: WorkspaceRole },
): Promise<CreatedApiToken> => {
  if (!workspacePolicy.createToken(actor, options.role)) {
    throw new DomainError(
      'forbidden',
      actor.kind === 'token'
        ? 'API tokens cannot create other tokens; sign in as a person to create one.'
        : `You are ${actor.role === 'admin' ? 'an' : 'a'} ${actor.role} here and cannot create a token with the ${options.role} role.`,
    );
  }
  const secret = generateSecret();
  const record = await insertApiToken(db, {
    workspaceId: actor.workspaceId,
    id: randomUUID(),
    userId: actor.userId,
    name: options.name.trim(),
    role: options.role,
    tokenHash: hashSecret(secret),
  });
  // The workspace id travels in the token so it is looked up within its tenant.
  return { token: `${prefix}_${actor.workspaceId}_${secret}`, record };
};

/** Splits a bearer token into its workspace and secret, or null when it is not one of ours. */
export const parseApiToken = (token: string): { workspaceId: string; secret: string } | null => {
  const match = /^fulcrum_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { workspaceId: match[1]!, secret: match[2]! } : null;
};
