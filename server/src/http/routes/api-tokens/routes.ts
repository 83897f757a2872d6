import { type Actor, DomainError, workspacePolicy } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createApiToken } from '../../../commands/index.ts';
import {
  type ApiToken,
  type Db,
  findApiToken,
  listApiTokens,
  revokeApiToken,
} from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { idParam } from '../shared-schema.ts';
import { apiTokenCreateBody } from './schema.ts';

/** The JSON of an API token: never its secret. */
export const presentApiToken = (token: ApiToken, actor: Actor) => ({
  id: token.id,
  name: token.name,
  role: token.role,
  createdByUserId: token.createdByUserId,
  createdAt: token.createdAt.toISOString(),
  lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
  revokedAt: token.revokedAt?.toISOString() ?? null,
  abilities: { revoke: token.revokedAt === null && workspacePolicy.revokeToken(actor, token) },
});

/** API tokens for integrations: create (secret shown once), list, revoke. Creating and revoking
 * are rate-limited per client address: a leaked session must not mint tokens in bulk. */
export const apiTokenRoutes = (
  app: FastifyInstance,
  db: Db,
  options: { writesPerMinute: number },
) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const config = { rateLimit: { max: options.writesPerMinute, timeWindow: '1 minute' } };
  typed.get(
    '/api/api-tokens',
    { schema: { tags: ['API tokens'], summary: "List the workspace's API tokens" } },
    async (request) => {
      const actor = requireActor(request);
      const tokens = await listApiTokens(db, actor.workspaceId);
      return {
        data: tokens.map((token) => presentApiToken(token, actor)),
        page: { nextCursor: null, total: tokens.length },
      };
    },
  );
  typed.post(
    '/api/api-tokens',
    {
      schema: {
        tags: ['API tokens'],
        summary: 'Create an API token; the response is the only time its secret is shown',
        body: apiTokenCreateBody,
      },
      config,
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await createApiToken(db, actor, request.body);
      return reply
        .status(201)
        .send({ ...presentApiToken(created.record, actor), token: created.token });
    },
  );
  typed.delete(
    '/api/api-tokens/:tokenId',
    {
      schema: {
        tags: ['API tokens'],
        summary: 'Revoke an API token at once',
        params: idParam('tokenId'),
      },
      config,
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const token = await findApiToken(db, actor.workspaceId, request.params.tokenId);
      if (token === null)
        throw new DomainError('not-found', 'No API token with this id exists in your workspace.');
      if (!workspacePolicy.revokeToken(actor, token)) {
        throw new DomainError(
          'forbidden',
          'Only the person who created this token or an admin can revoke it.',
        );
      }
      await revokeApiToken(db, actor.workspaceId, token.id);
      return reply.status(204).send();
    },
  );
};
