import { type Actor, DomainError, parseSort, type Observation } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordObservations, retractObservation } from '../../../commands/index.ts';
import {
  accountTable,
  type Db,
  findRecord,
  listRecords,
  observationSortFields,
  observationTable,
} from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { idParam, listQuery } from '../shared-schema.ts';
import { observationBatchBody, observationBody } from './schema.ts';

/** The JSON of an observation. */
export const presentObservation = (observation: Observation, actor: Actor) => {
  const { workspaceId: _workspaceId, ...rest } = observation;
  return {
    ...rest,
    observedAt: observation.observedAt.toISOString(),
    createdAt: observation.createdAt.toISOString(),
    retractedAt: observation.retractedAt?.toISOString() ?? null,
    abilities: { retract: observation.retractedAt === null && actor.role !== 'viewer' },
  };
};

const load = async (db: Db, actor: Actor, ids: string[]) => {
  const page = await listRecords<Observation>(db, observationTable, actor.workspaceId, {
    sort: { field: 'observedAt', direction: 'asc' },
    limit: ids.length,
    archived: 'any',
    where: {},
    ids,
  });
  return page.data.map((observation) => presentObservation(observation, actor));
};

/** Observations: log what you saw (one or up to 1,000 at once), list them per account, retract. */
export const observationRoutes = (app: FastifyInstance, db: Db) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/accounts/:accountId/observations',
    {
      schema: {
        tags: ['Observations'],
        summary: "List an account's observations",
        params: idParam('accountId'),
        querystring: listQuery.extend({ stakeholderId: z.string().max(100).optional() }),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (
        (await findRecord(db, accountTable, actor.workspaceId, request.params.accountId)) === null
      ) {
        throw new DomainError('not-found', 'No account with this id exists in your workspace.');
      }
      const query = request.query;
      const page = await listRecords<Observation>(db, observationTable, actor.workspaceId, {
        q: query.q,
        sort: parseSort(query.sort, observationSortFields, {
          field: 'observedAt',
          direction: 'desc',
        }),
        cursor: query.cursor,
        limit: query.limit,
        archived: 'any',
        where: { account_id: request.params.accountId, stakeholder_id: query.stakeholderId },
      });
      return {
        data: page.data.map((o) => presentObservation(o, actor)),
        page: { nextCursor: page.nextCursor, total: page.total },
      };
    },
  );
  typed.post(
    '/api/observations',
    {
      schema: {
        tags: ['Observations'],
        summary: 'Log one observation; its evidence updates the scores at once',
        body: observationBody,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const [id] = await recordObservations(db, actor, [request.body], { now: new Date() });
      const [observation] = await load(db, actor, [id!]);
      return reply.status(201).send(observation);
    },
  );
  typed.post(
    '/api/observations/batch',
    {
      schema: {
        tags: ['Observations'],
        summary: 'Log up to 1,000 observations in one transaction: all or none',
        body: observationBatchBody,
      },
      bodyLimit: 2 * 1024 * 1024,
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const ids = await recordObservations(db, actor, request.body.observations, {
        now: new Date(),
        pointerPrefix: (index) => `/observations/${index}`,
      });
      return reply.status(201).send({ created: ids.length, ids });
    },
  );
  typed.post(
    '/api/observations/:observationId/retract',
    {
      schema: {
        tags: ['Observations'],
        summary: 'Retract an observation logged in error (the ledger gains reversing rows)',
        params: idParam('observationId'),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await retractObservation(db, actor, request.params.observationId);
      const [observation] = await load(db, actor, [request.params.observationId]);
      return observation;
    },
  );
};
