import { useState } from 'react';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { useTeamMemberOptions } from '../../team-members/hooks/use-team-member-options.ts';
import { Alert as Notice } from '../../../ui/alert.tsx';
import { Loading } from '../../../ui/section.tsx';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { listAlerts } from '../api.ts';
import type { Alert, AlertStatus } from '../api.ts';
import { AlertList } from './alert-list.tsx';

const filters: { value: AlertStatus | 'active'; label: string }[] = [
  { value: 'active', label: 'Not resolved' },
  { value: 'open', label: 'Open' },
  { value: 'acknowledged', label: 'Acknowledged' },
  { value: 'snoozed', label: 'Snoozed' },
  { value: 'resolved', label: 'Resolved' },
];

/** Every alert of the workspace, newest first, filtered by status and by owner. */
export const AlertsPage = () => {
  useDocumentTitle('Alerts');
  const [status, setStatus] = useState<AlertStatus | 'active'>('active');
  const [ownerTeamMemberId, setOwnerTeamMemberId] = useState('');
  const [changed, setChanged] = useState<Record<string, Alert>>({});
  const owners = useTeamMemberOptions();
  const list = useCursorList(`${status}:${ownerTeamMemberId}`, (cursor, signal) =>
    listAlerts(
      { status, ownerTeamMemberId: ownerTeamMemberId || undefined, cursor, limit: 50 },
      signal,
    ),
  );
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">Alerts</h1>
        <label>
          Show{' '}
          <select
            className="input input--select input--compact"
            value={status}
            onChange={(event) => setStatus(event.target.value as AlertStatus | 'active')}
          >
            {filters.map((filter) => (
              <option key={filter.value} value={filter.value}>
                {filter.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Owner{' '}
          <select
            className="input input--select input--compact"
            value={ownerTeamMemberId}
            onChange={(event) => setOwnerTeamMemberId(event.target.value)}
          >
            <option value="">Everyone</option>
            {(owners.options ?? []).map((owner) => (
              <option key={owner.value} value={owner.value}>
                {owner.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      {list.problem !== null ? <Notice>{list.problem.detail}</Notice> : null}
      {list.isLoading ? <Loading label="Loading alerts…" /> : null}
      {!list.isLoading && list.problem === null ? (
        <>
          <p>{list.total} alert(s)</p>
          <AlertList
            label="Workspace alerts"
            showAccount
            alerts={list.items.map((a) => changed[a.id] ?? a)}
            onChanged={(alert) => setChanged((previous) => ({ ...previous, [alert.id]: alert }))}
          />
          {list.nextCursor !== null ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={list.isLoadingMore}
              onClick={list.loadMore}
            >
              Show more
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
};
