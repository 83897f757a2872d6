import type { Actor } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type DigestResult, getDigest } from '../../../commands/index.ts';
import type { Db } from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { presentAlert } from '../alerts/routes.ts';
import { digestQuery } from './schema.ts';

/** The JSON of a digest: its three parts and summary; alerts as the alert list shows them, with
 * what the actor may do about each. */
export const presentDigest = ({ digest, alerts }: DigestResult, actor: Actor) => {
  const alertsOf = (list: typeof digest.toDo) => ({
    items: list.items.flatMap((item) => {
      const stored = alerts.get(item.id);
      return stored === undefined ? [] : [presentAlert(stored, actor)];
    }),
    total: list.total,
  });
  return {
    teamMember: digest.teamMember,
    week: digest.week,
    summary: digest.summary,
    accounts: digest.accounts,
    changed: { ...digest.changed, newAlerts: alertsOf(digest.changed.newAlerts) },
    due: digest.due,
    toDo: alertsOf(digest.toDo),
  };
};

/** The weekly digest of one team member. */
export const digestRoutes = (app: FastifyInstance, db: Db) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/digest',
    {
      schema: {
        tags: ['Digest'],
        summary:
          "A team member's week: what changed on the accounts they carry, what is due, what to do",
        querystring: digestQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const result = await getDigest(
        db,
        actor.workspaceId,
        {
          teamMemberId: request.query.teamMemberId,
          userId: actor.userId,
          weekEnding: request.query.weekEnding,
        },
        new Date(),
      );
      return presentDigest(result, actor);
    },
  );
};
