import {
  type AuditActorKind,
  auditActorKinds,
  type AuditEntityType,
  auditEntityTypes,
} from '@fulcrum/core';
import { auditActorLabels, auditEntityLabels } from '../format.ts';

/** The filters of an audit log view. */
export type AuditFilterValues = {
  entityType: AuditEntityType | '';
  actorKind: AuditActorKind | '';
  q: string;
};

/** Which records, which actors, and a text search, above an audit log. */
export const AuditFilters = ({
  value,
  onChange,
}: {
  value: AuditFilterValues;
  onChange: (value: AuditFilterValues) => void;
}) => (
  <div className="audit-log__filters">
    <label>
      Records{' '}
      <select
        className="input input--select input--compact"
        value={value.entityType}
        onChange={(event) =>
          onChange({ ...value, entityType: event.target.value as AuditEntityType | '' })
        }
      >
        <option value="">All</option>
        {auditEntityTypes.map((type) => (
          <option key={type} value={type}>
            {auditEntityLabels[type]}
          </option>
        ))}
      </select>
    </label>
    <label>
      Made by{' '}
      <select
        className="input input--select input--compact"
        value={value.actorKind}
        onChange={(event) =>
          onChange({ ...value, actorKind: event.target.value as AuditActorKind | '' })
        }
      >
        <option value="">Anyone</option>
        {auditActorKinds.map((kind) => (
          <option key={kind} value={kind}>
            {auditActorLabels[kind]}
          </option>
        ))}
      </select>
    </label>
    <label>
      Search{' '}
      <input
        className="input input--compact"
        type="search"
        value={value.q}
        placeholder="Name or text"
        onChange={(event) => onChange({ ...value, q: event.target.value })}
      />
    </label>
  </div>
);

/** No filter set. */
export const noAuditFilters: AuditFilterValues = { entityType: '', actorKind: '', q: '' };

/** The API query of a set of filter values. */
export const auditQueryOf = (value: AuditFilterValues) => ({
  entityType: value.entityType === '' ? undefined : value.entityType,
  actorKind: value.actorKind === '' ? undefined : value.actorKind,
  q: value.q.trim() === '' ? undefined : value.q.trim(),
});
