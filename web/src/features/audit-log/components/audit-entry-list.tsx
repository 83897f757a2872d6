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

/** What the list reads of an entry: the shared history's entries have the same fields, but
 * name who made a change their own way. */
type ListedAuditEntry = Pick<AuditEntry, 'id' | 'at' | 'action' | 'entity' | 'changes'> & {
  accountId?: string | null;
};

/** Who made a change, as the list names them, and whether they are on the account's side. */
export type AuditAuthor = { name: string; isAccountSide: boolean };

/** The author of an entry of our own audit log: a share link's changes come from the account. */
export const auditEntryAuthor = (entry: AuditEntry): AuditAuthor => ({
  name: entry.actor.name,
  isAccountSide: entry.actor.kind === 'share',
});

/** Audit entries, newest first: when, who, what, and each field before and after. */
export const AuditEntryList = <E extends ListedAuditEntry>({
  entries,
  label,
  who,
  showAccountLinks = false,
}: {
  entries: readonly E[];
  label: string;
  who: (entry: E) => AuditAuthor;
  showAccountLinks?: boolean;
}) => (
  <ol className="audit-log" aria-label={label}>
    {entries.map((entry) => {
      const author = who(entry);
      const what = describeAuditEntry(entry);
      return (
        <li
          key={entry.id}
          className={`audit-log__entry${author.isAccountSide ? ' audit-log__entry--account' : ''}`}
          aria-label={`${author.name} ${what}`}
        >
          <div className="audit-log__line">
            <time className="audit-log__time" dateTime={entry.at}>
              {formatDateTime(entry.at)}
            </time>
            <span>
              <strong>{author.name}</strong> {what}
            </span>
            {showAccountLinks && entry.accountId !== undefined && entry.accountId !== null ? (
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
