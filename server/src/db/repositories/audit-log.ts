import { type AuditActorKind, type AuditEntityType, auditEntityTypes } from '@fulcrum/core';
import type { Db } from '../database.ts';
import { escapeLike, isUuid } from '../table.ts';

/** The table behind each kind of record the audit log follows (migrations 0008 and 0011 put
 * the same tables under audit). */
const auditTables = {
  workspace: 'workspaces',
  membership: 'memberships',
  'api-token': 'api_tokens',
  'team-member': 'team_members',
  account: 'accounts',
  stakeholder: 'stakeholders',
  relationship: 'relationships',
  opportunity: 'opportunities',
  competitor: 'competitors',
  'trust-settings': 'trust_settings',
  signal: 'signals',
  observation: 'observations',
  evidence: 'evidence',
  commitment: 'commitments',
  'mutual-plan': 'mutual_plans',
  'plan-goal': 'plan_goals',
  'plan-requirement': 'plan_requirements',
  'plan-objective': 'plan_objectives',
  'value-delivery': 'value_deliveries',
  'self-check': 'self_checks',
  'share-link': 'share_links',
  'share-response': 'share_responses',
  pulse: 'pulses',
  webhook: 'webhook_endpoints',
  'webhook-secret': 'webhook_secrets',
  'webhook-settings': 'webhook_settings',
} as const satisfies Record<AuditEntityType, string>;

const entityTypeOfTable = new Map<string, AuditEntityType>(
  Object.entries(auditTables).map(([type, table]) => [table, type as AuditEntityType]),
);

/** One audit entry as stored, with the names of who made it. */
export type AuditRow = {
  id: string;
  at: Date;
  accountId: string | null;
  entityType: AuditEntityType;
  entityId: string;
  entityLabel: string | null;
  action: 'create' | 'update' | 'delete';
  /** Column → value, snake_case as stored; for an update only the columns that changed. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  actorKind: AuditActorKind;
  actorLabel: string | null;
  actorShareLinkId: string | null;
  /** The member's name, or the name of the user an API token belongs to. */
  actorUserName: string | null;
  actorTokenName: string | null;
  /** The stakeholder a share link was made for, if it names one. */
  actorStakeholderName: string | null;
};

/** Which entries to list: newest first, from before the cursor. */
export type AuditListOptions = {
  accountId?: string | undefined;
  entityTypes?: readonly AuditEntityType[] | undefined;
  entityId?: string | undefined;
  actorKind?: AuditActorKind | undefined;
  /** Text search over the record's name or text. */
  q?: string | undefined;
  /** Per table, the columns an update must have touched to be listed (the shared view). */
  updatesTouching?: Partial<Record<AuditEntityType, readonly string[]>> | undefined;
  /** The id of the last entry of the previous page. */
  cursor?: string | undefined;
  limit: number;
};

/** A page of audit entries. */
export type AuditPage = { data: AuditRow[]; nextCursor: string | null; total: number };

/** Lists a workspace's audit entries, newest first. */
export const listAuditEntries = async (
  db: Db,
  workspaceId: string,
  options: AuditListOptions,
): Promise<AuditPage> => {
  const params: unknown[] = [workspaceId];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = ['a.workspace_id = $1'];
  if (options.accountId !== undefined) {
    if (!isUuid(options.accountId)) return { data: [], nextCursor: null, total: 0 };
    conditions.push(`a.account_id = ${bind(options.accountId)}`);
  }
  // Only the kinds named here are listed, so every entry read has a known type.
  const types = options.entityTypes ?? auditEntityTypes;
  conditions.push(`a.entity_type = ANY(${bind(types.map((type) => auditTables[type]))}::text[])`);
  if (options.entityId !== undefined) conditions.push(`a.entity_id = ${bind(options.entityId)}`);
  if (options.actorKind !== undefined) conditions.push(`a.actor_kind = ${bind(options.actorKind)}`);
  if (options.q !== undefined && options.q.trim() !== '') {
    conditions.push(`a.entity_label ILIKE ${bind(`%${escapeLike(options.q.trim())}%`)}`);
  }
  if (options.updatesTouching !== undefined) {
    const touching = Object.entries(options.updatesTouching).map(
      ([type, columns]) =>
        `(a.entity_type = ${bind(auditTables[type as AuditEntityType])} AND (a.action <> 'update' OR a.after ?| ${bind(columns)}::text[]))`,
    );
    conditions.push(touching.length > 0 ? `(${touching.join(' OR ')})` : 'false');
  }
  const filtered = conditions.join(' AND ');
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM audit_log a WHERE ${filtered}`,
    params,
  );
  const pageConditions =
    options.cursor !== undefined
      ? `${filtered} AND a.id < ${bind(options.cursor)}::bigint`
      : filtered;
  const rows = await db.query<Omit<AuditRow, 'entityType'> & { entityTable: string }>(
    `SELECT a.id::text AS id, a.at, a.account_id AS "accountId", a.entity_type AS "entityTable",
            a.entity_id AS "entityId", a.entity_label AS "entityLabel", a.action, a.before, a.after,
            a.actor_kind AS "actorKind", a.actor_label AS "actorLabel",
            a.actor_share_link_id AS "actorShareLinkId", u.name AS "actorUserName",
            t.name AS "actorTokenName", s.name AS "actorStakeholderName"
     FROM audit_log a
     LEFT JOIN users u ON u.id = a.actor_user_id
     LEFT JOIN api_tokens t ON t.workspace_id = a.workspace_id AND t.id = a.actor_token_id
     LEFT JOIN share_links l ON l.workspace_id = a.workspace_id AND l.id = a.actor_share_link_id
     LEFT JOIN stakeholders s ON s.workspace_id = l.workspace_id AND s.id = l.stakeholder_id
     WHERE ${pageConditions}
     ORDER BY a.id DESC
     LIMIT ${bind(options.limit + 1)}`,
    params,
  );
  const data = rows.slice(0, options.limit).map(({ entityTable, ...row }) => ({
    ...row,
    entityType: entityTypeOfTable.get(entityTable)!,
  }));
  return {
    data,
    nextCursor: rows.length > options.limit ? (data.at(-1)?.id ?? null) : null,
    total: count?.total ?? 0,
  };
};
