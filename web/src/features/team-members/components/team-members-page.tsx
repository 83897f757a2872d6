import { limits } from '@fulcrum/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { ArchiveButton } from '../../../ui/archive-button.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { CheckboxField } from '../../../ui/field.tsx';
import { Modal } from '../../../ui/modal.tsx';
import { EmptyState, Loading } from '../../../ui/section.tsx';
import { SortHeader } from '../../../ui/sort-header.tsx';
import { useDebouncedValue } from '../../../ui/use-debounced-value.ts';
import { useSession } from '../../session/hooks/use-session.tsx';
import { listTeamMembers, updateTeamMember } from '../api.ts';
import type { TeamMember } from '../api.ts';
import { TeamMemberForm } from './team-member-form.tsx';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';

/** Our people: list with search and sort, add and edit. */
export const TeamMembersPage = () => {
  useDocumentTitle('Team members');
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const sort = params.get('sort') ?? 'name';
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<TeamMember | 'new' | null>(null);

  const query = { q, sort, archived: showArchived ? ('any' as const) : undefined };
  const list = useCursorList<TeamMember>(JSON.stringify(query), (cursor, signal) =>
    listTeamMembers({ ...query, cursor, limit: limits.pageSizeDefault }, signal),
  );
  // The list may carry its own create ability; otherwise viewers are the ones who cannot add.
  const canCreate = list.canCreate ?? session.currentWorkspace.role !== 'viewer';
  const onSort = (value: string) => setParams({ sort: value }, { replace: true });

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Team members</h1>
          <p className="page__subtitle">
            {list.isLoading
              ? '\u00a0'
              : `${list.total} ${list.total === 1 ? 'person' : 'people'} on our side`}
          </p>
        </div>
        {canCreate ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing('new')}
          >
            New team member
          </button>
        ) : null}
      </header>

      <div className="toolbar">
        <div className="toolbar__search">
          <label htmlFor="team-member-search" className="visually-hidden">
            Search team members
          </label>
          <input
            id="team-member-search"
            className="input"
            type="search"
            placeholder="Search team members"
            value={search}
            maxLength={limits.searchMax}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <CheckboxField label="Show archived" checked={showArchived} onChange={setShowArchived} />
      </div>

      {list.problem !== null ? (
        <Alert title={list.problem.title}>{list.problem.detail}</Alert>
      ) : null}

      <div className="card card--flush">
        <table className="table">
          <thead>
            <tr>
              <SortHeader field="name" sort={sort} onSort={onSort}>
                Name
              </SortHeader>
              <th scope="col">Email</th>
              <th scope="col">Title</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((teamMember) => (
              <tr
                key={teamMember.id}
                className={teamMember.archivedAt !== null ? 'is-archived' : ''}
              >
                <td>
                  <span className="table__primary">{teamMember.name}</span>
                  {teamMember.archivedAt !== null ? <Badge>Archived</Badge> : null}
                </td>
                <td>{teamMember.email ?? '—'}</td>
                <td>{teamMember.title ?? '—'}</td>
                <td className="table__actions">
                  {teamMember.abilities.update ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`Edit ${teamMember.name}`}
                      onClick={() => setEditing(teamMember)}
                    >
                      Edit
                    </button>
                  ) : null}
                  <ArchiveButton
                    resource={teamMember}
                    label={teamMember.name}
                    isSmall
                    onToggle={async (isArchived) => {
                      await updateTeamMember(teamMember.id, { archived: isArchived });
                      list.reload();
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.isLoading ? <Loading /> : null}
        {!list.isLoading && list.items.length === 0 && list.problem === null ? (
          <EmptyState>
            {q === '' ? 'No team members yet.' : `No team members match “${q}”.`}
          </EmptyState>
        ) : null}
      </div>

      {list.nextCursor !== null && !list.isLoading ? (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            onClick={list.loadMore}
            disabled={list.isLoadingMore}
          >
            {list.isLoadingMore ? 'Loading…' : 'Load more'}
          </button>
          <span className="load-more__count">
            Showing {list.items.length} of {list.total}
          </span>
        </div>
      ) : null}

      {editing !== null ? (
        <Modal
          title={editing === 'new' ? 'New team member' : `Edit ${editing.name}`}
          onClose={() => setEditing(null)}
        >
          <TeamMemberForm
            teamMember={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              list.reload();
            }}
          />
        </Modal>
      ) : null}
    </div>
  );
};
