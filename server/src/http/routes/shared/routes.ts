import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  commentOnSharedCommitment,
  confirmSharedCommitment,
  confirmSharedRequirement,
  getSharedView,
  listSharedHistory,
  proposeSharedCommitment,
  PulseTooSoonError,
  recordPulse,
} from '../../../commands/index.ts';
import type { Db } from '../../../db/index.ts';
import { requireShare } from '../../auth.ts';
import { presentSharedHistoryEntry } from '../../presenters/audit-entry.ts';
import { sendProblem } from '../../problems.ts';
import { sharedHistoryQuery } from '../audit-log/schema.ts';
import { idParam } from '../shared-schema.ts';
import { pulseBody, sharedCommentBody, sharedProposalBody } from './schema.ts';

const security = [{ share: [] }];

/** The account's side of Fulcrum: the shared view a share link opens, and with a `respond` link
 * the answers its people may give. Authenticated only by `Authorization: Share <token>` (the
 * global hook lets no other credential in here, and this credential nowhere else); rate-limited
 * per client address. */
export const sharedRoutes = (
  app: FastifyInstance,
  db: Db,
  options: { requestsPerMinute: number },
) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const config = { rateLimit: { max: options.requestsPerMinute, timeWindow: '1 minute' } };
  const tags = ['Shared view'];

  typed.get(
    '/api/shared',
    {
      schema: {
        tags,
        summary: 'What a share link shows: the mutual plan and both sides’ commitments',
        security,
      },
      config,
    },
    async (request) => getSharedView(db, requireShare(request), new Date()),
  );

  typed.get(
    '/api/shared/history',
    {
      schema: {
        tags,
        summary: 'The history of everything shared: each change, when, and which side made it',
        querystring: sharedHistoryQuery,
        security,
      },
      config,
    },
    async (request) => {
      const actor = requireShare(request);
      const page = await listSharedHistory(db, actor, request.query);
      return {
        data: page.data.map((entry) => presentSharedHistoryEntry(entry, actor.shareLinkId)),
        page: { nextCursor: page.nextCursor, total: page.total },
      };
    },
  );

  typed.post(
    '/api/shared/commitments/:commitmentId/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm a commitment (a proposed one becomes agreed)',
        params: idParam('commitmentId'),
        security,
      },
      config,
    },
    async (request) => {
      const actor = requireShare(request);
      await confirmSharedCommitment(db, actor, request.params.commitmentId, new Date());
      return getSharedView(db, actor, new Date());
    },
  );

  typed.post(
    '/api/shared/commitments/:commitmentId/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a commitment',
        params: idParam('commitmentId'),
        body: sharedCommentBody,
        security,
      },
      config,
    },
    async (request, reply) => {
      const actor = requireShare(request);
      await commentOnSharedCommitment(
        db,
        actor,
        request.params.commitmentId,
        request.body.text,
        new Date(),
      );
      return reply.status(201).send(await getSharedView(db, actor, new Date()));
    },
  );

  typed.post(
    '/api/shared/requirements/:requirementId/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm a requirement and our response to it',
        params: idParam('requirementId'),
        security,
      },
      config,
    },
    async (request) => {
      const actor = requireShare(request);
      await confirmSharedRequirement(db, actor, request.params.requirementId, new Date());
      return getSharedView(db, actor, new Date());
    },
  );

  typed.post(
    '/api/shared/commitments',
    {
      schema: {
        tags,
        summary: 'Propose a commitment of yours; the account team agrees it',
        body: sharedProposalBody,
        security,
      },
      config,
    },
    async (request, reply) => {
      const actor = requireShare(request);
      const { id } = await proposeSharedCommitment(db, actor, request.body, new Date());
      return reply.status(201).send({ id, view: await getSharedView(db, actor, new Date()) });
    },
  );

  typed.post(
    '/api/shared/pulse',
    {
      schema: {
        tags,
        summary: 'Answer the pulse: three questions, 1 to 5, at most once per link every 14 days',
        body: pulseBody,
        security,
      },
      config,
    },
    async (request, reply) => {
      const actor = requireShare(request);
      try {
        const pulse = await recordPulse(db, actor, request.body, new Date());
        return await reply.status(201).send({
          id: pulse.id,
          evidenceCount: pulse.evidenceCount,
          nextPulseAt: pulse.nextPulseAt.toISOString(),
        });
      } catch (error) {
        if (!(error instanceof PulseTooSoonError)) throw error;
        return sendProblem(reply, {
          type: '/problems/conflict',
          title: 'Conflict',
          status: 409,
          code: 'conflict',
          detail: error.detail,
          instance: '/api/shared/pulse',
          nextPulseAt: error.nextPulseAt.toISOString(),
        } as Parameters<typeof sendProblem>[1]);
      }
    },
  );
};
