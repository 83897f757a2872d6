import {
  type AuditAction,
  type AuditActorKind,
  type AuditEntityType,
  commitmentStatusLabels,
} from '@fulcrum/core';
import { formatDate, formatDateTime } from '../../ui/format.ts';

/** What each kind of record is called in the log. */
export const auditEntityLabels: Record<AuditEntityType, string> = {
  workspace: 'workspace',
  membership: 'membership',
  'api-token': 'API token',
  'team-member': 'team member',
  account: 'account',
  stakeholder: 'stakeholder',
  relationship: 'relationship',
  opportunity: 'opportunity',
  competitor: 'competitor',
  'trust-settings': 'trust settings',
  signal: 'signal',
  observation: 'observation',
  evidence: 'evidence',
  commitment: 'commitment',
  'mutual-plan': 'mutual plan',
  'plan-goal': 'plan goal',
  'plan-requirement': 'requirement',
  'plan-objective': 'shared objective',
  'value-delivery': 'value delivered',
  'self-check': 'self-check',
  'share-link': 'share link',
  'share-response': 'response through a share link',
  pulse: 'pulse',
  webhook: 'webhook',
  'webhook-secret': 'webhook signing secret',
  'webhook-settings': 'webhook settings',
};

/** What each kind of actor is called in the filters. */
export const auditActorLabels: Record<AuditActorKind, string> = {
  member: 'A member',
  token: 'An API token',
  share: 'A share link',
  system: 'Fulcrum itself',
};

const actionVerbs: Record<AuditAction, string> = {
  create: 'added',
  update: 'changed',
  archive: 'archived',
  restore: 'restored',
  delete: 'deleted',
};

/** "changed the commitment", "added a stakeholder": the verb phrase of an entry. */
export const describeAuditAction = (action: AuditAction, type: AuditEntityType): string =>
  `${actionVerbs[action]} the ${auditEntityLabels[type]}`;

/** "changed the commitment “Send the report”": an entry's verb phrase with its record's name,
 * which is left out when it only repeats the kind ("added the mutual plan"). */
export const describeAuditEntry = (entry: {
  action: AuditAction;
  entity: { type: AuditEntityType; label: string };
}): string => {
  const phrase = describeAuditAction(entry.action, entry.entity.type);
  const isKindOnly =
    entry.entity.label.toLowerCase() === auditEntityLabels[entry.entity.type].toLowerCase() ||
    entry.entity.label === entry.entity.type;
  return isKindOnly ? phrase : `${phrase} “${entry.entity.label}”`;
};

/** "dueOn" → "Due on": a field's name as a reader sees it. */
export const auditFieldLabel = (field: string): string => {
  const words = field
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const maxLength = 160;

/** A value of a change as a short text: days and instants formatted, statuses named, long text
 * and structures shortened. */
export const formatAuditValue = (field: string, value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (field === 'status' && value in commitmentStatusLabels)
      return commitmentStatusLabels[value as keyof typeof commitmentStatusLabels];
    if (dayPattern.test(value)) return formatDate(value);
    if (instantPattern.test(value)) return formatDateTime(value);
    return value.length > maxLength ? `${value.slice(0, maxLength - 1)}…` : value;
  }
  const text = JSON.stringify(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
};
