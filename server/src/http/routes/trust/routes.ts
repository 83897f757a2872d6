import { dayMs, DomainError, workspacePolicy } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  getAccountTrust,
  getAccountTrustChanges,
  getAccountTrustHistory,
  replayTrust,
  updateTrustSettings,
} from '../../../commands/index.ts';
import { type Db, getTrustSettings } from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { idParam } from '../shared-schema.ts';
import { trustChangesQuery, trustHistoryQuery, trustSettingsBody } from './schema.ts';

const assertRange = (from: Date, to: Date, pointer: string) => {
  if (from.getTime() > to.getTime()) {
    throw new DomainError('validation-failed', '`from` must be before `to`.', [
      { pointer, detail: 'is after `to`' },
    ]);
  }
};

/** Trust scores of an account, their history and explanations, and the workspace's settings. */
export const trustRoutes = (app: FastifyInstance, db: Db) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/accounts/:accountId/trust',
    {
      schema: {
        tags: ['Trust'],
        summary:
          'The four dimensions of trust now, per stakeholder and per opportunity, with the evidence behind them',
        params: idParam('accountId'),
      },
    },
    async (request) =>
      getAccountTrust(db, requireActor(request).workspaceId, request.params.accountId, new Date()),
  );
  typed.get(
    '/api/accounts/:accountId/trust/history',
    {
      schema: {
        tags: ['Trust'],
        summary: 'The four dimensions sampled over time',
        params: idParam('accountId'),
        querystring: trustHistoryQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const to = request.query.to ?? new Date();
      const from = request.query.from ?? new Date(to.getTime() - 365 * dayMs);
      const stepDays = request.query.step ?? 7;
      assertRange(from, to, '/query/from');
      if ((to.getTime() - from.getTime()) / (stepDays * dayMs) > 2000) {
        throw new DomainError(
          'validation-failed',
          'That would be more than 2,000 samples; use a larger `step` or a shorter range.',
          [{ pointer: '/query/step', detail: 'is too small for this range' }],
        );
      }
      return getAccountTrustHistory(db, actor.workspaceId, request.params.accountId, {
        from,
        to,
        stepDays,
      });
    },
  );
  typed.get(
    '/api/accounts/:accountId/trust/changes',
    {
      schema: {
        tags: ['Trust'],
        summary: 'What changed between two dates, and which evidence did it',
        params: idParam('accountId'),
        querystring: trustChangesQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const to = request.query.to ?? new Date();
      assertRange(request.query.from, to, '/query/from');
      return getAccountTrustChanges(db, actor.workspaceId, request.params.accountId, {
        from: request.query.from,
        to,
      });
    },
  );
  typed.get(
    '/api/workspace/trust-settings',
    { schema: { tags: ['Trust'], summary: 'How trust is computed in this workspace' } },
    async (request) => {
      const actor = requireActor(request);
      return {
        settings: await getTrustSettings(db, actor.workspaceId),
        abilities: { update: workspacePolicy.update(actor) },
      };
    },
  );
  typed.put(
    '/api/workspace/trust-settings',
    {
      schema: {
        tags: ['Trust'],
        summary: 'Change how trust is computed; every score is recomputed from the ledger',
        body: trustSettingsBody,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const replay = await updateTrustSettings(db, actor, request.body);
      return { settings: request.body, abilities: { update: true }, replay };
    },
  );
  typed.post(
    '/api/workspace/trust/replay',
    {
      schema: {
        tags: ['Trust'],
        summary: 'Recompute every score from the ledger and report any drift',
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!workspacePolicy.update(actor))
        throw new DomainError('forbidden', 'Only owners and admins can replay the ledger.');
      return replayTrust(db, actor.workspaceId, { write: true });
    },
  );
};
