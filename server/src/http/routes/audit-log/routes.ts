import { type AuditEntityType, DomainError } from '@fulcrum/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AuditEntryPage, listAuditLog } from '../../../commands/index.ts';
import { accountTable, type Db, findRecord } from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { presentAuditEntry } from '../../presenters/audit-entry.ts';
import { idParam } from '../shared-schema.ts';
import { accountAuditQuery, workspaceAuditQuery } from './schema.ts';

const tags = ['Audit log'];

/** The query's one entity type as the list's filter of types, the other filters as they are. */
const filtersOf = <Query extends { entityType?: AuditEntityType | undefined }>({
  entityType,
  ...filters
}: Query) => ({ ...filters, entityTypes: entityType ? [entityType] : undefined });

const presentAuditPage = (page: AuditEntryPage) => ({
  data: page.data.map(presentAuditEntry),
  page: { nextCursor: page.nextCursor, total: page.total },
});

/** The audit log as our members read it: a whole account's history, or the workspace's. Every
 * member may read it, viewers included; nobody may change it. */
export const auditLogRoutes = (app: FastifyInstance, db: Db) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/api/accounts/:accountId/audit-log',
    {
      schema: {
        tags,
        summary: 'Every change to an account and its records: who, when, before and after',
        params: idParam('accountId'),
        querystring: accountAuditQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { accountId } = request.params;
      if ((await findRecord(db, accountTable, actor.workspaceId, accountId)) === null)
        throw new DomainError('not-found', 'No account with this id exists in your workspace.');
      return presentAuditPage(
        await listAuditLog(db, actor.workspaceId, { ...filtersOf(request.query), accountId }),
      );
    },
  );

  typed.get(
    '/api/audit-log',
    {
      schema: {
        tags,
        summary: 'Every change in the workspace, newest first, with filters',
        querystring: workspaceAuditQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentAuditPage(await listAuditLog(db, actor.workspaceId, filtersOf(request.query)));
    },
  );
};
