import { type Actor, accountRecordPolicy, DomainError, parseSort } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  acknowledgeAlert,
  type Alert,
  alertSortFields,
  evaluateAccountAlerts,
  listAlerts,
  snoozeAlert,
} from '../../../commands/index.ts';
import { accountTable, type Db, findRecord } from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { isoOrNull } from '../../presenters/record.ts';
import { idParam, listQuery } from '../shared-schema.ts';
import {
  alertAcknowledgeBody,
  alertEvaluateBody,
  alertFilters,
  alertSnoozeBody,
} from './schema.ts';

/** The JSON of an alert: what, why, what to do, how it stands, and what the actor may do. */
export const presentAlert = (alert: Alert, actor: Actor) => {
  const mayChange = accountRecordPolicy.update(actor, { archivedAt: null });
  const isResolved = alert.status === 'resolved';
  return {
    id: alert.id,
    accountId: alert.accountId,
    accountName: alert.accountName,
    rule: alert.rule,
    severity: alert.severity,
    subjectType: alert.subjectType,
    subjectId: alert.subjectId,
    ownerTeamMemberId: alert.ownerTeamMemberId,
    ownerName: alert.ownerName,
    title: alert.title,
    reason: alert.reason,
    suggestion: alert.suggestion,
    figures: alert.figures,
    status: alert.status,
    statusReason: alert.statusReason,
    statusChangedAt: isoOrNull(alert.statusChangedAt),
    snoozedUntil: isoOrNull(alert.snoozedUntil),
    raisedAt: isoOrNull(alert.raisedAt),
    resolvedAt: isoOrNull(alert.resolvedAt),
    abilities: {
      acknowledge: mayChange && !isResolved && alert.status !== 'acknowledged',
      snooze: mayChange && !isResolved,
    },
  };
};

/** Alerts: the workspace-wide list, acknowledging and snoozing, and evaluating an account now. */
export const alertRoutes = (app: FastifyInstance, db: Db) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/api/alerts',
    {
      schema: {
        tags: ['Alerts'],
        summary: 'List alerts across the workspace, per account, per owner or by status',
        querystring: listQuery.extend(alertFilters),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { query } = request;
      const page = await listAlerts(db, actor.workspaceId, {
        accountId: query.accountId,
        ownerTeamMemberId: query.ownerTeamMemberId,
        status: query.status,
        q: query.q,
        sort: parseSort(query.sort, alertSortFields, { field: 'raisedAt', direction: 'desc' }),
        cursor: query.cursor,
        limit: query.limit,
      });
      return {
        data: page.data.map((alert) => presentAlert(alert, actor)),
        page: { nextCursor: page.nextCursor, total: page.total },
      };
    },
  );
  typed.post(
    '/api/alerts/:alertId/acknowledge',
    {
      schema: {
        tags: ['Alerts'],
        summary: 'Acknowledge an alert, optionally saying why',
        params: idParam('alertId'),
        body: alertAcknowledgeBody,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentAlert(
        await acknowledgeAlert(db, actor, request.params.alertId, request.body),
        actor,
      );
    },
  );
  typed.post(
    '/api/alerts/:alertId/snooze',
    {
      schema: {
        tags: ['Alerts'],
        summary: 'Snooze an alert until a date, with a reason',
        params: idParam('alertId'),
        body: alertSnoozeBody,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const until = new Date(
        request.body.until.length === 10 ? `${request.body.until}T00:00:00Z` : request.body.until,
      );
      return presentAlert(
        await snoozeAlert(
          db,
          actor,
          request.params.alertId,
          { until, reason: request.body.reason },
          new Date(),
        ),
        actor,
      );
    },
  );
  typed.post(
    '/api/accounts/:accountId/alerts/evaluate',
    {
      schema: {
        tags: ['Alerts'],
        summary:
          "Evaluate an account's alerts now; skipped when nothing the rules read has changed",
        params: idParam('accountId'),
        body: alertEvaluateBody,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (
        (await findRecord(db, accountTable, actor.workspaceId, request.params.accountId)) === null
      )
        throw new DomainError('not-found', 'No account with this id exists in your workspace.');
      if (!accountRecordPolicy.update(actor, { archivedAt: null }))
        throw new DomainError('forbidden', `Your role (${actor.role}) cannot evaluate alerts.`);
      return evaluateAccountAlerts(db, actor.workspaceId, request.params.accountId, {
        now: new Date(),
        force: request.body.force ?? false,
      });
    },
  );
};
