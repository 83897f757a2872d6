import { auditActorKinds, auditEntityTypes, limits } from '@fulcrum/core';
import { z } from 'zod';
import { listQuery } from '../shared-schema.ts';

const page = {
  cursor: z
    .string()
    .regex(/^\d{1,19}$/, 'is not a cursor this API issued; pass the nextCursor of a previous page')
    .optional()
    .describe('The nextCursor of the previous page'),
  limit: listQuery.shape.limit,
};

/** Query of GET /api/accounts/{accountId}/audit-log. */
export const accountAuditQuery = z.strictObject({
  entityType: z.enum(auditEntityTypes).optional().describe('Only changes to this kind of record'),
  entityId: z.string().max(100).optional().describe('Only changes to this record'),
  actorKind: z.enum(auditActorKinds).optional().describe('Only changes made by this kind of actor'),
  q: z.string().max(limits.searchMax).optional().describe('Text search over the record’s name'),
  ...page,
});

/** Query of GET /api/audit-log: the account filter joins the others. */
export const workspaceAuditQuery = accountAuditQuery.extend({
  accountId: z.string().max(100).optional().describe('Only changes to this account’s records'),
});

/** Query of GET /api/shared/history. */
export const sharedHistoryQuery = z.strictObject(page);
