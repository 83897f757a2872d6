import {
  dayMs,
  defaultAlertThresholds,
  DomainError,
  parseSort,
  portfolioSortFields,
} from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  decodePortfolioCursor,
  encodePortfolioCursor,
  getPortfolioHistory,
  listPortfolio,
} from '../../../commands/index.ts';
import type { Db } from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { presentHistoryPoint, presentPortfolioRow } from '../../presenters/portfolio.ts';
import { portfolioHistoryQuery, portfolioQuery } from './schema.ts';

/** The portfolio: every live account at a glance, and the workspace's trust over time. */
export const portfolioRoutes = (app: FastifyInstance, db: Db) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/portfolio',
    {
      schema: {
        tags: ['Portfolio'],
        summary:
          'Every live account: the four dimensions with change and uncertainty, open alerts, overdue commitments and single-threading; sortable and filterable',
        querystring: portfolioQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { query } = request;
      const now = new Date();
      const page = await listPortfolio(db, actor.workspaceId, {
        now,
        filter: {
          owner: query.owner?.toLowerCase(),
          isFalling: query.falling,
          isSingleThreaded: query.singleThreaded,
          hasOverdue: query.overdue,
          q: query.q,
        },
        sort: parseSort(query.sort, portfolioSortFields, { field: 'name', direction: 'asc' }),
        cursor: query.cursor === undefined ? undefined : decodePortfolioCursor(query.cursor),
        limit: query.limit,
      });
      return {
        at: now.toISOString(),
        data: page.data.map((row) => presentPortfolioRow(row, actor)),
        page: {
          nextCursor: page.nextCursor === null ? null : encodePortfolioCursor(page.nextCursor),
          total: page.total,
        },
        thresholds: {
          enoughExpected: page.settings.enoughExpected,
          enoughMaxUncertainty: page.settings.enoughMaxUncertainty,
          trustFall30Days: defaultAlertThresholds.trustFall30Days,
        },
      };
    },
  );
  typed.get(
    '/api/portfolio/history',
    {
      schema: {
        tags: ['Portfolio'],
        summary:
          "The workspace's trust in each dimension over time, every live account's evidence fused as one",
        querystring: portfolioHistoryQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const to = request.query.to ?? new Date();
      const from = request.query.from ?? new Date(to.getTime() - 365 * dayMs);
      const stepDays = request.query.step ?? 7;
      if (from.getTime() > to.getTime()) {
        throw new DomainError('validation-failed', '`from` must be before `to`.', [
          { pointer: '/query/from', detail: 'is after `to`' },
        ]);
      }
      if ((to.getTime() - from.getTime()) / (stepDays * dayMs) > 2000) {
        throw new DomainError(
          'validation-failed',
          'That would be more than 2,000 samples; use a larger `step` or a shorter range.',
          [{ pointer: '/query/step', detail: 'is too small for this range' }],
        );
      }
      const history = await getPortfolioHistory(db, actor.workspaceId, {
        from,
        to,
        stepDays,
        owner: request.query.owner?.toLowerCase(),
      });
      return {
        from: from.toISOString(),
        to: to.toISOString(),
        stepDays,
        accounts: history.accounts,
        points: history.points.map(presentHistoryPoint),
      };
    },
  );
};
