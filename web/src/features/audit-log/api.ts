import type { AuditAction, AuditActorKind, AuditEntityType } from '@fulcrum/core';
import { api } from '../../api/client.ts';
import type { ListPage } from '../../api/types.ts';

/** One changed field of an audit entry. */
export type AuditChange = { field: string; before: unknown; after: unknown };

/** One change as our members read it: who, when, what, before and after. */
export type AuditEntry = {
  id: string;
  at: string;
  action: AuditAction;
  entity: { type: AuditEntityType; id: string; label: string };
  accountId: string | null;
  actor: { kind: AuditActorKind; name: string };
  changes: AuditChange[];
};

/** Filters of the audit log. */
export type AuditQuery = {
  entityType?: AuditEntityType | undefined;
  actorKind?: AuditActorKind | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
};

/** The history of one account and its records, newest first. */
export const listAccountAudit = (
  accountId: string,
  query: AuditQuery,
  signal?: AbortSignal,
): Promise<ListPage<AuditEntry>> =>
  api.get<ListPage<AuditEntry>>(`/api/accounts/${encodeURIComponent(accountId)}/audit-log`, {
    query,
    signal,
  });

/** The history of the whole workspace, newest first. */
export const listWorkspaceAudit = (
  query: AuditQuery & { accountId?: string | undefined },
  signal?: AbortSignal,
): Promise<ListPage<AuditEntry>> =>
  api.get<ListPage<AuditEntry>>('/api/audit-log', { query, signal });
