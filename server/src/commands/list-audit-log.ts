import type { AuditAction, AuditActorKind, AuditEntityType, ShareActor } from '@fulcrum/core';
import { type AuditListOptions, type AuditRow, type Db, listAuditEntries } from '../db/index.ts';

/** One changed field of an audit entry, named as the API names fields (camelCase). */
export type AuditChange = { field: string; before: unknown; after: unknown };

/** One change as people read it: who, when, which record, and each field before and after. */
export type AuditEntry = {
  id: string;
  at: Date;
  accountId: string | null;
  action: AuditAction;
  entity: { type: AuditEntityType; id: string; label: string };
  actor: {
    kind: AuditActorKind;
    /** "Ana Lima", "CRM sync (API token of Ana Lima)", "Share link for Rosa Diaz", "fulcrum import". */
    name: string;
    shareLinkId: string | null;
    /** The stakeholder a share link was made for. */
    stakeholderName: string | null;
  };
  changes: AuditChange[];
};

/** A page of audit entries. */
export type AuditEntryPage = { data: AuditEntry[]; nextCursor: string | null; total: number };

/** What the account's people see of the log: these records, and of them only these fields
 * (as stored). Notes, owners' ids, evidence, observations and our trust in them stay inside. */
const sharedAuditFields = {
  commitment: ['text', 'side', 'status', 'due_on', 'closed_on', 'archived_at'],
  'mutual-plan': ['strategy', 'summary'],
  'plan-goal': ['name', 'description', 'kind', 'archived_at'],
  'plan-requirement': ['name', 'response', 'confirmed_on', 'archived_at'],
  'plan-objective': ['name', 'status', 'target_on', 'archived_at'],
  'value-delivery': ['name', 'description', 'delivered_on', 'archived_at'],
} as const satisfies Partial<Record<AuditEntityType, readonly string[]>>;

const camelCase = (column: string) =>
  column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const changesOf = (row: AuditRow, columns?: readonly string[]): AuditChange[] => {
  const before = row.before ?? {};
  const after = row.after ?? {};
  return (
    [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .filter((key) => columns === undefined || columns.includes(key))
      .sort()
      .map((key) => ({
        field: camelCase(key),
        before: before[key] ?? null,
        after: after[key] ?? null,
      }))
      // A new record's empty fields say nothing.
      .filter((change) => row.action !== 'create' || change.after !== null)
  );
};

const actionOf = (row: AuditRow): AuditAction => {
  if (row.action !== 'update' || row.after === null || !('archived_at' in row.after))
    return row.action;
  return row.after.archived_at === null ? 'restore' : 'archive';
};

const textOf = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);

// Records without a name or text of their own are labelled by kind.
const fallbackLabels: Partial<
  Record<AuditEntityType, (values: Record<string, unknown>) => string>
> = {
  evidence: (values) =>
    `${textOf(values.dimension, 'trust')} evidence from ${textOf(values.source, 'a record')}`,
  'mutual-plan': () => 'Mutual plan',
  'trust-settings': () => 'Trust settings',
  pulse: () => 'Pulse answers',
  'self-check': () => 'Self-check',
  'share-link': (values) => `Share link (${textOf(values.scope, 'view')})`,
  membership: (values) => `Membership (${textOf(values.role, 'member')})`,
  webhook: (values) => textOf(values.url, 'Webhook'),
  'webhook-secret': () => 'Webhook signing secret',
  'webhook-settings': () => 'Webhook settings',
};

const labelOf = (row: AuditRow): string =>
  row.entityLabel ??
  fallbackLabels[row.entityType]?.({ ...row.before, ...row.after }) ??
  row.entityType;

const actorNameOf = (row: AuditRow): string => {
  switch (row.actorKind) {
    case 'member':
      return row.actorUserName ?? 'A former member';
    case 'token':
      return `${row.actorTokenName ?? 'An API token'} (API token of ${row.actorUserName ?? 'a former member'})`;
    case 'share':
      return row.actorStakeholderName !== null
        ? `Share link for ${row.actorStakeholderName}`
        : 'A share link';
    case 'system':
      return row.actorLabel ?? 'Fulcrum';
  }
};

const entryOf = (row: AuditRow, columns?: readonly string[]): AuditEntry => ({
  id: row.id,
  at: row.at,
  accountId: row.accountId,
  action: actionOf(row),
  entity: { type: row.entityType, id: row.entityId, label: labelOf(row) },
  actor: {
    kind: row.actorKind,
    name: actorNameOf(row),
    shareLinkId: row.actorShareLinkId,
    stakeholderName: row.actorStakeholderName,
  },
  changes: changesOf(row, columns),
});

/** Lists a workspace's audit log, newest first, as our members read it. */
export const listAuditLog = async (
  db: Db,
  workspaceId: string,
  options: AuditListOptions,
): Promise<AuditEntryPage> => {
  const page = await listAuditEntries(db, workspaceId, options);
  return { ...page, data: page.data.map((row) => entryOf(row)) };
};

/** The history of what one share link shows: changes to the account's plan and commitments,
 * each with only its shared fields; updates that touched none of them are left out. */
export const listSharedHistory = async (
  db: Db,
  actor: ShareActor,
  options: { cursor?: string | undefined; limit: number },
): Promise<AuditEntryPage> => {
  const page = await listAuditEntries(db, actor.workspaceId, {
    ...options,
    accountId: actor.accountId,
    entityTypes: Object.keys(sharedAuditFields) as (keyof typeof sharedAuditFields)[],
    updatesTouching: sharedAuditFields,
  });
  return {
    ...page,
    data: page.data.map((row) =>
      entryOf(row, sharedAuditFields[row.entityType as keyof typeof sharedAuditFields]),
    ),
  };
};
