import { type Actor, accountRecordPolicy, DomainError } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createShareLink,
  listShareLinks,
  reissueShareLink,
  revokeShareLink,
  type ShareLink,
  shareLinkStateOf,
} from '../../../commands/index.ts';
import { accountTable, type Db, findRecord } from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { idParam } from '../shared-schema.ts';
import { shareLinkCreateBody, shareLinkReissueBody } from './schema.ts';

/** The JSON of a share link for the team: never its token. */
export const presentShareLink = (link: ShareLink, actor: Actor, now = new Date()) => {
  const state = shareLinkStateOf(link, now);
  return {
    id: link.id,
    accountId: link.accountId,
    stakeholderId: link.stakeholderId,
    stakeholderName: link.stakeholderName,
    scope: link.scope,
    state,
    expiresAt: link.expiresAt.toISOString(),
    revokedAt: link.revokedAt?.toISOString() ?? null,
    lastUsedAt: link.lastUsedAt?.toISOString() ?? null,
    createdByName: link.createdByName,
    createdAt: link.createdAt.toISOString(),
    pulseCount: link.pulseCount,
    lastPulseAt: link.lastPulseAt?.toISOString() ?? null,
    abilities: {
      revoke: state === 'live' && accountRecordPolicy.update(actor, { archivedAt: null }),
      reissue: accountRecordPolicy.update(actor, { archivedAt: null }),
    },
  };
};

/** A link just issued: the team's view of it, with its token and address shown this once. */
const presentIssuedShareLink = (issued: { link: ShareLink; token: string }, actor: Actor) => ({
  ...presentShareLink(issued.link, actor),
  token: issued.token,
  url: `/s/${issued.token}`,
});

const presentPulse = (row: {
  id: string;
  shareLinkId: string;
  stakeholderName: string | null;
  trustAnswer: number;
  valueAnswer: number;
  backingAnswer: number;
  comment: string | null;
  createdAt: Date;
}) => ({ ...row, createdAt: row.createdAt.toISOString() });

/** Share links of an account (create: the token is shown once; list with last use and pulse
 * answers; revoke; re-issue: a new token in place of the old one). */
export const shareLinkRoutes = (app: FastifyInstance, db: Db) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/api/accounts/:accountId/share-links',
    {
      schema: {
        tags: ['Share links'],
        summary: "An account's share links with their last use, and the pulse answers they brought",
        params: idParam('accountId'),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { accountId } = request.params;
      if ((await findRecord(db, accountTable, actor.workspaceId, accountId)) === null)
        throw new DomainError('not-found', 'No account with this id exists in your workspace.');
      const now = new Date();
      const links = await listShareLinks(db, actor.workspaceId, accountId);
      const pulses = await db.query<Parameters<typeof presentPulse>[0]>(
        `SELECT p.id, p.share_link_id AS "shareLinkId", s.name AS "stakeholderName", p.trust_answer AS "trustAnswer",
                p.value_answer AS "valueAnswer", p.backing_answer AS "backingAnswer", p.comment, p.created_at AS "createdAt"
         FROM pulses p LEFT JOIN stakeholders s ON s.workspace_id = p.workspace_id AND s.id = p.stakeholder_id
         WHERE p.workspace_id = $1 AND p.account_id = $2 ORDER BY p.created_at DESC LIMIT 100`,
        [actor.workspaceId, accountId],
      );
      const respondLinks = links.filter((link) => link.scope === 'respond');
      return {
        data: links.map((link) => presentShareLink(link, actor, now)),
        page: { nextCursor: null, total: links.length },
        pulses: pulses.map(presentPulse),
        // Response rate: of the links that may answer the pulse, how many did.
        responseRate: {
          respondLinks: respondLinks.length,
          answered: respondLinks.filter((link) => link.pulseCount > 0).length,
        },
        abilities: { create: accountRecordPolicy.create(actor) },
      };
    },
  );

  typed.post(
    '/api/accounts/:accountId/share-links',
    {
      schema: {
        tags: ['Share links'],
        summary:
          'Share an account: the response is the only time the token (and its /s/<token> address) is shown',
        params: idParam('accountId'),
        body: shareLinkCreateBody,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await createShareLink(
        db,
        actor,
        request.params.accountId,
        request.body,
        new Date(),
      );
      return reply.status(201).send(presentIssuedShareLink(created, actor));
    },
  );

  typed.post(
    '/api/share-links/:shareLinkId/revoke',
    {
      schema: {
        tags: ['Share links'],
        summary: 'Revoke a share link at once',
        params: idParam('shareLinkId'),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const link = await revokeShareLink(db, actor, request.params.shareLinkId, new Date());
      return presentShareLink(link, actor);
    },
  );

  typed.post(
    '/api/share-links/:shareLinkId/reissue',
    {
      schema: {
        tags: ['Share links'],
        summary:
          'Re-issue a share link: the old token stops working and a new one (shown only in this response) takes its place',
        params: idParam('shareLinkId'),
        body: shareLinkReissueBody,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await reissueShareLink(
        db,
        actor,
        request.params.shareLinkId,
        { days: request.body?.days },
        new Date(),
      );
      return reply.status(201).send({
        ...presentIssuedShareLink(created, actor),
        replacedShareLinkId: created.replacedShareLinkId,
      });
    },
  );
};
