import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { DomainError, hasRole } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exportWorkspace } from '../../../commands/index.ts';
import type { Db } from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { exportQuery } from './schema.ts';

/** `GET /api/export`: every table of the caller's workspace, streamed as JSON Lines from one
 * consistent snapshot. Owners and admins only: it is the whole workspace at once. */
export const exportRoutes = (app: FastifyInstance, db: Db) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/export',
    {
      schema: {
        tags: ['Export'],
        summary: 'Export the whole workspace as JSON Lines (streamed)',
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!hasRole(actor, 'admin'))
        throw new DomainError(
          'forbidden',
          `Your role (${actor.role}) cannot export the whole workspace; ask an owner or admin.`,
        );
      const stream = new PassThrough();
      exportWorkspace(db, actor.workspaceId, {
        onRow: async (table, row) => {
          // A client that went away ends the snapshot instead of holding it open.
          if (stream.destroyed) throw new Error('the client closed the export');
          if (!stream.write(`{"table":${JSON.stringify(table.name)},"row":${row}}\n`))
            await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
        },
      }).then(
        () => stream.end(),
        (error: unknown) => {
          request.log.error(error);
          stream.destroy(error instanceof Error ? error : new Error(String(error)));
        },
      );
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="fulcrum-export-${day}.jsonl"`)
        .send(stream);
    },
  );
};
