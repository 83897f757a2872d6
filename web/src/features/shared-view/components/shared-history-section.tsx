import { useEffect, useRef } from 'react';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { EmptyState, Section } from '../../../ui/section.tsx';
import type { AuditAuthor } from '../../audit-log/components/audit-entry-list.tsx';
import { AuditEntryList } from '../../audit-log/components/audit-entry-list.tsx';
import { getSharedHistory, type SharedHistoryChange } from '../api.ts';

// The account's people see who on their side made a change, never who on ours.
const whoOf = ({ actor }: SharedHistoryChange): AuditAuthor =>
  actor.side === 'team'
    ? { name: 'The account team', isAccountSide: false }
    : { name: actor.isYou ? 'You' : (actor.name ?? 'Someone on your side'), isAccountSide: true };

/** What changed in the shared plan and commitments, by which side and when: nothing shared
 * changes without the account seeing it. `version` reloads it after the page's own actions. */
export const SharedHistorySection = ({ token, version }: { token: string; version: unknown }) => {
  const list = useCursorList(token, (cursor, signal) => getSharedHistory(token, cursor, signal));
  const { reload } = list;
  // The first page loads with the list; a new version (a new object) loads it again.
  const shownVersion = useRef(version);
  useEffect(() => {
    if (shownVersion.current === version) return;
    shownVersion.current = version;
    reload();
  }, [version, reload]);

  return (
    <Section
      title="History"
      description="Every change to what we share with you, which side made it, and what it was before."
    >
      {list.problem !== null ? <Alert tone="warning">{list.problem.detail}</Alert> : null}
      {list.items.length === 0 && list.problem === null ? (
        <EmptyState>Nothing has changed yet.</EmptyState>
      ) : null}
      <AuditEntryList label="Shared history" entries={list.items} who={whoOf} />
      {list.nextCursor !== null ? (
        <div className="load-more">
          <button type="button" className="button button--secondary" onClick={list.loadMore}>
            Show earlier changes
          </button>
        </div>
      ) : null}
    </Section>
  );
};
