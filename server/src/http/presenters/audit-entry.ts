import type { AuditAction, AuditEntityType } from '@fulcrum/core';
import type { AuditRow } from '../../db/index.ts';

/** Who reads an entry: our own members, or the account's people through one share link. */
export type AuditAudience = { kind: 'member' } | { kind: 'share'; shareLinkId: string };

/** What the account's people see of the log: these records, and of them only these fields
 * (snake_case as stored). Notes, owners' ids, evidence, observations and our trust stay inside. */
export const sharedAuditFields = {
  commitment: ['text', 'side', 'status', 'due_on', 'closed_on', 'archived_at'],
  'mutual-plan': ['strategy', 'summary'],
  'plan-goal': ['name', 'description', 'kind', 'archived_at'],
  'plan-requirement': ['name', 'response', 'confirmed_on', 'archived_at'],
  'plan-objective': ['name', 'status', 'target_on', 'archived_at'],
  'value-delivery': ['name', 'description', 'delivered_on', 'archived_at'],
} as const satisfies Partial<Record<AuditEntityType, readonly string[]>>;

/** The record kinds the shared history shows. */
export const sharedAuditTypes = Object.keys(
  sharedAuditFields,
) as (keyof typeof sharedAuditFields)[];

/** One changed field of an entry. */
export type AuditChange = { field: string; before: unknown; after: unknown };

const camelCase = (column: string) =>
  column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const changesOf = (row: AuditRow, columns?: readonly string[]): AuditChange[] => {
  const before = row.before ?? {};
  const after = row.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => columns === undefined || columns.includes(key))
    .sort();
  return (
    keys
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
};

const labelOf = (row: AuditRow): string =>
  row.entityLabel ??
  fallbackLabels[row.entityType]?.({ ...row.before, ...row.after }) ??
  row.entityType;

const memberActorOf = (row: AuditRow) => {
  switch (row.actorKind) {
    case 'member':
      return { kind: row.actorKind, name: row.actorUserName ?? 'A former member' };
    case 'token':
      return {
        kind: row.actorKind,
        name: `${row.actorTokenName ?? 'An API token'} (API token of ${row.actorUserName ?? 'a former member'})`,
      };
    case 'share':
      return {
        kind: row.actorKind,
        name:
          row.actorStakeholderName !== null
            ? `Share link for ${row.actorStakeholderName}`
            : 'A share link',
      };
    case 'system':
      return { kind: row.actorKind, name: row.actorLabel ?? 'Fulcrum' };
  }
};

/** An audit entry's JSON. The shared view keeps only the shared fields and says "the account
 * team" instead of naming who on our side made a change. */
export const presentAuditEntry = (row: AuditRow, audience: AuditAudience) => {
  const common = {
    id: row.id,
    at: row.at.toISOString(),
    action: actionOf(row),
    entity: { type: row.entityType, id: row.entityId, label: labelOf(row) },
  };
  if (audience.kind === 'member') {
    return {
      ...common,
      accountId: row.accountId,
      actor: memberActorOf(row),
      changes: changesOf(row),
    };
  }
  const columns: readonly string[] =
    sharedAuditFields[row.entityType as keyof typeof sharedAuditFields] ?? [];
  return {
    ...common,
    actor:
      row.actorKind === 'share'
        ? {
            side: 'account' as const,
            name: row.actorStakeholderName,
            isYou: row.actorShareLinkId === audience.shareLinkId,
          }
        : { side: 'team' as const, name: null, isYou: false },
    changes: changesOf(row, columns),
  };
};
