import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getCoverage } from '../../../commands/index.ts';
import type { Db } from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { coverageParams } from './schema.ts';

/** Relationship coverage of an account by seniority level, with its flags. */
export const coverageRoutes = (app: FastifyInstance, db: Db) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/accounts/:accountId/coverage',
    {
      schema: {
        tags: ['Coverage'],
        summary:
          'How many stakeholders we reach per seniority level and through how many of our people; single-threading, unreached levels and decision makers, stakeholders who left',
        params: coverageParams,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { coverage } = await getCoverage(db, actor.workspaceId, request.params.accountId);
      return { accountId: request.params.accountId, ...coverage };
    },
  );
};
