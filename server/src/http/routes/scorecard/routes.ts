import { parseSort } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  exportScorecardsCsv,
  getTeamMemberScorecard,
  listScorecards,
  resolveScorecardPeriod,
} from '../../../commands/index.ts';
import type { Db } from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { presentScorecard } from '../../presenters/scorecard.ts';
import { idParam } from '../shared-schema.ts';
import { scorecardListQuery, scorecardQuery } from './schema.ts';

/** Team scorecards: each member's long game (promises, trust, coverage, value, pulse) beside
 * their short game (deals won, pipeline), one member, the whole team, or the team as CSV. */
export const scorecardRoutes = (app: FastifyInstance, db: Db) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/team-members/:teamMemberId/scorecard',
    {
      schema: {
        tags: ['Scorecard'],
        summary:
          "A team member's scorecard over a period: commitments kept, trust of what they carry, coverage gained, value, pulses, deals",
        params: idParam('teamMemberId'),
        querystring: scorecardQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const period = resolveScorecardPeriod(request.query, new Date());
      const { teamMember, scorecard } = await getTeamMemberScorecard(
        db,
        actor.workspaceId,
        request.params.teamMemberId,
        period,
      );
      return presentScorecard(teamMember, scorecard, period);
    },
  );
  typed.get(
    '/api/scorecard',
    {
      schema: {
        tags: ['Scorecard'],
        summary: "Every live team member's scorecard over a period, by name",
        querystring: scorecardListQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { query } = request;
      const period = resolveScorecardPeriod(query, new Date());
      const page = await listScorecards(db, actor.workspaceId, {
        period,
        q: query.q,
        sort: parseSort(query.sort, ['name'], { field: 'name', direction: 'asc' }),
        cursor: query.cursor,
        limit: query.limit,
      });
      return {
        period: { from: period.from, to: period.to },
        data: page.data.map((card) => presentScorecard(card.teamMember, card.scorecard, period)),
        page: { nextCursor: page.nextCursor, total: page.total },
      };
    },
  );
  typed.get(
    '/api/scorecard.csv',
    {
      schema: {
        tags: ['Scorecard'],
        summary: "Every live team member's scorecard over a period as CSV, one row each",
        querystring: scorecardQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const period = resolveScorecardPeriod(request.query, new Date());
      const csv = await exportScorecardsCsv(db, actor.workspaceId, period);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="scorecard-${period.from}-to-${period.to}.csv"`,
        )
        .send(csv);
    },
  );
};
