import { useEffect, useState } from 'react';
import type { AuditEntityType } from '@fulcrum/core';
import { toApiProblem } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { EmptyState, Section } from '../../../ui/section.tsx';
import { AuditChanges } from '../../audit-log/components/audit-entry-list.tsx';
import { describeAuditEntry } from '../../audit-log/format.ts';
import { getSharedHistory, type SharedHistoryChange } from '../api.ts';

const whoOf = (actor: SharedHistoryChange['actor']) => {
  if (actor.side === 'team') return 'The account team';
  if (actor.isYou) return 'You';
  return actor.name ?? 'Someone on your side';
};

/** What changed in the shared plan and commitments, by which side and when: nothing shared
 * changes without the account seeing it. `version` reloads it after the page's own actions. */
export const SharedHistorySection = ({ token, version }: { token: string; version: unknown }) => {
  const [entries, setEntries] = useState<SharedHistoryChange[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    getSharedHistory(token).then(
      (page) => {
        if (!isCurrent) return;
        setEntries(page.data);
        setNextCursor(page.page.nextCursor);
      },
      (error: unknown) => isCurrent && setProblem(toApiProblem(error).detail),
    );
    return () => {
      isCurrent = false;
    };
  }, [token, version]);

  const loadMore = () => {
    if (nextCursor === null) return;
    getSharedHistory(token, nextCursor).then(
      (page) => {
        setEntries((previous) => [...previous, ...page.data]);
        setNextCursor(page.page.nextCursor);
      },
      (error: unknown) => setProblem(toApiProblem(error).detail),
    );
  };

  return (
    <Section
      title="History"
      description="Every change to what we share with you, which side made it, and what it was before."
    >
      {problem !== null ? <Alert tone="warning">{problem}</Alert> : null}
      {entries.length === 0 && problem === null ? (
        <EmptyState>Nothing has changed yet.</EmptyState>
      ) : null}
      <ol className="audit-log" aria-label="Shared history">
        {entries.map((entry) => {
          const what = describeAuditEntry({
            action: entry.action,
            entity: { type: entry.entity.type as AuditEntityType, label: entry.entity.label },
          });
          return (
            <li
              key={entry.id}
              className={`audit-log__entry${entry.actor.side === 'account' ? ' audit-log__entry--account' : ''}`}
              aria-label={`${whoOf(entry.actor)} ${what}`}
            >
              <div className="audit-log__line">
                <time className="audit-log__time" dateTime={entry.at}>
                  {formatDateTime(entry.at)}
                </time>
                <span>
                  <strong>{whoOf(entry.actor)}</strong> {what}
                </span>
              </div>
              <AuditChanges changes={entry.changes} isNew={entry.action === 'create'} />
            </li>
          );
        })}
      </ol>
      {nextCursor !== null ? (
        <div className="load-more">
          <button type="button" className="button button--secondary" onClick={loadMore}>
            Show earlier changes
          </button>
        </div>
      ) : null}
    </Section>
  );
};
