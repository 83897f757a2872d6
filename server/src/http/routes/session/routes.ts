import { DomainError } from '@fulcrum/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { hashSecret, sessionLifetimeMs, signIn, signOut } from '../../../commands/index.ts';
import {
  type Db,
  findLiveSession,
  findUser,
  listUserWorkspaces,
  setSessionWorkspace,
} from '../../../db/index.ts';
import { requireSession, sessionCookie } from '../../auth.ts';
import { sessionCreateBody, sessionWorkspaceBody } from './schema.ts';

const presentSession = async (db: Db, idHash: string) => {
  const session = await findLiveSession(db, idHash);
  const user = session ? await findUser(db, session.userId) : null;
  if (session === null || user === null)
    throw new DomainError('unauthenticated', 'Your session has ended; sign in again.');
  const workspaces = await listUserWorkspaces(db, user.id);
  return {
    user: { id: user.id, email: user.email, name: user.name },
    workspaces,
    currentWorkspace: workspaces.find((w) => w.id === session.currentWorkspaceId) ?? null,
    csrfToken: session.csrfToken,
  };
};

const setCookie = (reply: FastifyReply, value: string, secure: boolean) =>
  reply.setCookie(sessionCookie, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: Math.floor(sessionLifetimeMs / 1000),
  });

/** Browser sessions: sign in, see who you are, switch workspace, sign out. */
export const sessionRoutes = (
  app: FastifyInstance,
  db: Db,
  options: { secureCookies: boolean; signInAttemptsPerMinute: number },
) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post(
    '/api/session',
    {
      schema: {
        tags: ['Session'],
        summary: 'Sign in with email and password',
        body: sessionCreateBody,
        security: [],
      },
      config: { rateLimit: { max: options.signInAttemptsPerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const signedIn = await signIn(db, { ...request.body, now: new Date() });
      setCookie(reply, signedIn.sessionToken, options.secureCookies);
      return presentSession(db, hashSecret(signedIn.sessionToken));
    },
  );
  typed.get(
    '/api/session',
    { schema: { tags: ['Session'], summary: 'The signed-in user and their workspaces' } },
    async (request) => presentSession(db, requireSession(request).idHash),
  );
  typed.put(
    '/api/session/workspace',
    {
      schema: {
        tags: ['Session'],
        summary: 'Switch the workspace this session acts in',
        body: sessionWorkspaceBody,
      },
    },
    async (request) => {
      const { idHash, session } = requireSession(request);
      const workspaces = await listUserWorkspaces(db, session.userId);
      if (!workspaces.some((w) => w.id === request.body.workspaceId)) {
        throw new DomainError('not-found', 'You are not a member of a workspace with this id.');
      }
      await setSessionWorkspace(db, idHash, request.body.workspaceId);
      return presentSession(db, idHash);
    },
  );
  typed.delete(
    '/api/session',
    { schema: { tags: ['Session'], summary: 'Sign out' } },
    async (request, reply) => {
      const cookie = request.cookies[sessionCookie];
      requireSession(request);
      if (cookie) await signOut(db, cookie);
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.status(204).send();
    },
  );
};
