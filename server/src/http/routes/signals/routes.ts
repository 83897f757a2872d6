import { type Actor, DomainError, type Signal, signalPolicy } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Db, findRecord, signalSortFields, signalTable } from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { presentRecord } from '../../presenters/record.ts';
import { abilitiesOf, registerRecordRoutes } from '../record-routes.ts';
import { idParam } from '../shared-schema.ts';
import { signalCreateBody, signalUpdateBody } from './schema.ts';

/** The JSON of a signal. */
export const presentSignal = (signal: Signal, actor: Actor) => ({
  ...presentRecord(signal, abilitiesOf(signalPolicy, actor, signal)),
  canDelete: signalPolicy.delete(actor, signal),
});

/** The signal catalogue: /api/signals. Archiving a signal retires it. */
export const signalRoutes = (app: FastifyInstance, db: Db) => {
  registerRecordRoutes<Signal, typeof signalCreateBody, typeof signalUpdateBody>(app, db, {
    tag: 'Signals',
    noun: 'signal',
    spec: signalTable,
    collectionPath: '/api/signals',
    itemPath: '/api/signals/:signalId',
    itemParam: 'signalId',
    createBody: signalCreateBody,
    updateBody: signalUpdateBody,
    sortFields: signalSortFields,
    filters: { dimension: 'dimension' },
    policy: signalPolicy,
    present: presentSignal,
  });
  app.withTypeProvider<ZodTypeProvider>().delete(
    '/api/signals/:signalId',
    {
      schema: {
        tags: ['Signals'],
        summary: 'Delete a signal that was never used',
        params: idParam('signalId'),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await db.transaction(async (tx) => {
        const signal = await findRecord<Signal>(
          tx,
          signalTable,
          actor.workspaceId,
          request.params.signalId,
        );
        if (signal === null)
          throw new DomainError('not-found', 'No signal with this id exists in your workspace.');
        if (!signalPolicy.update(actor, signal))
          throw new DomainError(
            'forbidden',
            'Only owners and admins can change the signal catalogue.',
          );
        if (signal.usageCount > 0) {
          throw new DomainError(
            'conflict',
            `"${signal.name}" has been used in ${signal.usageCount} observation(s); retire it (PATCH with archived: true) so the history keeps its meaning.`,
          );
        }
        await tx.query('DELETE FROM signals WHERE workspace_id = $1 AND id = $2', [
          actor.workspaceId,
          signal.id,
        ]);
      });
      return reply.status(204).send();
    },
  );
};
