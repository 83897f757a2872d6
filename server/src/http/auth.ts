import type { Actor, ShareActor, TokenActor } from '@fulcrum/core';
import { DomainError } from '@fulcrum/core';
import type { FastifyRequest } from 'fastify';
import { authenticateShareToken, hashSecret, parseApiToken } from '../commands/index.ts';
import {
  type AuditActor,
  type Db,
  findLiveSession,
  findMembershipRole,
  type SessionRecord,
  useApiToken,
} from '../db/index.ts';

/** Name of the browser session cookie. */
export const sessionCookie = 'fulcrum_session';

/** Who a request comes from, once credentials are checked. */
export type Credentials =
  | { kind: 'anonymous' }
  | { kind: 'session'; idHash: string; session: SessionRecord; actor: Actor | null }
  | { kind: 'token'; actor: TokenActor }
  /** A share link: reaches only the shared view under /api/shared, never the internal API. */
  | { kind: 'share'; share: ShareActor };

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Reads the bearer token or session cookie of a request; bad credentials are a 401. */
export const authenticate = async (db: Db, request: FastifyRequest): Promise<Credentials> => {
  const header = request.headers.authorization;
  if (header !== undefined) {
    // Share links authenticate with their own scheme, so a share token is never an API token.
    const shareToken = /^Share\s+(\S+)$/i.exec(header)?.[1];
    if (shareToken !== undefined) {
      return { kind: 'share', share: await authenticateShareToken(db, shareToken, new Date()) };
    }
    const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const parsed = bearer ? parseApiToken(bearer) : null;
    const token = parsed
      ? await useApiToken(db, parsed.workspaceId, hashSecret(parsed.secret))
      : null;
    if (token === null) {
      throw new DomainError(
        'unauthenticated',
        'The API token is not valid or has been revoked. Send `Authorization: Bearer <token>` with a live token.',
      );
    }
    // A token acts with the lower of its own role and its creator's current role.
    const creatorRole = await findMembershipRole(db, token.workspaceId, token.createdByUserId);
    if (creatorRole === null) {
      throw new DomainError(
        'unauthenticated',
        'The person who created this API token is no longer a member of its workspace.',
      );
    }
    const rank = ['viewer', 'member', 'admin', 'owner'];
    const role = rank.indexOf(creatorRole) < rank.indexOf(token.role) ? creatorRole : token.role;
    return {
      kind: 'token',
      actor: {
        kind: 'token',
        workspaceId: token.workspaceId,
        userId: token.createdByUserId,
        tokenId: token.id,
        role,
      },
    };
  }
  const cookie = request.cookies[sessionCookie];
  if (cookie === undefined || cookie === '') return { kind: 'anonymous' };
  const idHash = hashSecret(cookie);
  const session = await findLiveSession(db, idHash);
  if (session === null) return { kind: 'anonymous' };
  if (unsafeMethods.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
    throw new DomainError(
      'forbidden',
      'This request lacks the CSRF token of your session. Send the `x-csrf-token` header with the `csrfToken` from GET /api/session.',
    );
  }
  const workspaceId = session.currentWorkspaceId;
  const role = workspaceId ? await findMembershipRole(db, workspaceId, session.userId) : null;
  const actor: Actor | null =
    workspaceId && role
      ? { kind: 'member', workspaceId: workspaceId, userId: session.userId, role }
      : null;
  return { kind: 'session', idHash, session, actor };
};

/** Who the audit log names for the changes a request makes. */
export const auditActorOf = (credentials: Credentials): AuditActor | undefined => {
  switch (credentials.kind) {
    case 'anonymous':
      return undefined;
    case 'share':
      return { kind: 'share', shareLinkId: credentials.share.shareLinkId };
    case 'token':
      return {
        kind: 'token',
        userId: credentials.actor.userId,
        tokenId: credentials.actor.tokenId,
      };
    case 'session':
      return { kind: 'member', userId: credentials.session.userId };
  }
};

/** The actor of a request, or a 401 telling the caller how to authenticate. */
export const requireActor = (request: FastifyRequest): Actor => {
  const credentials = request.credentials;
  if (credentials.kind === 'anonymous' || credentials.kind === 'share') {
    throw new DomainError(
      'unauthenticated',
      'Sign in first, or send `Authorization: Bearer <token>` with an API token.',
    );
  }
  if (credentials.actor === null) {
    throw new DomainError(
      'forbidden',
      'You do not belong to any workspace yet. Create one with POST /api/workspaces.',
    );
  }
  return credentials.actor;
};

/** The share link of a request to the shared view, or a 401. */
export const requireShare = (request: FastifyRequest): ShareActor => {
  const credentials = request.credentials;
  if (credentials.kind !== 'share') {
    throw new DomainError(
      'unauthenticated',
      'The shared view opens with a share link: send `Authorization: Share <token>`.',
    );
  }
  return credentials.share;
};

/** The browser session of a request, or a 401. */
export const requireSession = (request: FastifyRequest) => {
  const credentials = request.credentials;
  if (credentials.kind !== 'session') {
    throw new DomainError(
      'unauthenticated',
      'This needs a signed-in browser session: POST /api/session first.',
    );
  }
  return credentials;
};

declare module 'fastify' {
  interface FastifyRequest {
    credentials: Credentials;
  }
}
