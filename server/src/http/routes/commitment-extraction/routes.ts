import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../../db/index.ts';
import { extractCommitments } from '../../../notes/index.ts';
import { requireActor } from '../../auth.ts';
import { commitmentExtractBody } from './schema.ts';

/** Proposes commitments from meeting notes; nothing is stored until a person confirms them. */
export const commitmentExtractionRoutes = (app: FastifyInstance, _db: Db) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post(
    '/api/commitments/extract',
    {
      schema: {
        tags: ['Commitments'],
        summary:
          'Read meeting notes and propose the commitments in them: whose, who owns them and when they are due',
        body: commitmentExtractBody,
      },
    },
    async (request) => {
      // Any member may ask: the notes are theirs and the answer reads no workspace data.
      requireActor(request);
      return { suggestions: extractCommitments(request.body) };
    },
  );
};
