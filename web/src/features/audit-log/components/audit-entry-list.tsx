import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/format.ts';
import type { AuditChange, AuditEntry } from '../api.ts';
import { auditFieldLabel, describeAuditEntry, formatAuditValue } from '../format.ts';
import '../audit-log.css';

/** The fields of one change: before → after, or the values of a new record. */
export const AuditChanges = ({
  changes,
  isNew,
}: {
  changes: readonly AuditChange[];
  isNew: boolean;
}) => {
  if (changes.length === 0) return null;
  const table = (
    <table className="audit-log__changes">
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{auditFieldLabel(change.field)}</th>
            {isNew ? null : (
              <td className="audit-log__before">{formatAuditValue(change.field, change.before)}</td>
            )}
            <td>{formatAuditValue(change.field, change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  // A new record's fields are many and rarely the point: folded away until asked for.
  return isNew ? (
    <details className="audit-log__details">
      <summary>Details</summary>
      {table}
    </details>
  ) : (
    table
  );
};

/** Audit entries, newest first: when, who, what, and each field before and after. */
export const AuditEntryList = ({
  entries,
  label,
  showAccountLinks = false,
}: {
  entries: readonly AuditEntry[];
  label: string;
  showAccountLinks?: boolean;
}) => (
  <ol className="audit-log" aria-label={label}>
    {entries.map((entry) => {
      const summary = `${entry.actor.name} ${describeAuditEntry(entry)}`;
      return (
        <li
          key={entry.id}
          className={`audit-log__entry${entry.actor.kind === 'share' ? ' audit-log__entry--account' : ''}`}
          aria-label={summary}
        >
          <div className="audit-log__line">
            <time className="audit-log__time" dateTime={entry.at}>
              {formatDateTime(entry.at)}
            </time>
            <span>
              <strong>{entry.actor.name}</strong> {describeAuditEntry(entry)}
            </span>
            {showAccountLinks && entry.accountId !== null ? (
              <Link to={`/accounts/${entry.accountId}`} className="table__link">
                Open account
              </Link>
            ) : null}
          </div>
          <AuditChanges changes={entry.changes} isNew={entry.action === 'create'} />
        </li>
      );
    })}
  </ol>
);
