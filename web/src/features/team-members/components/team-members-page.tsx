import { limits } from '@fulcrum/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { ArchivedBadge, archivedClassName } from '../../../ui/archived-badge.tsx';
import { RecordFormModal, useRecordEditor } from '../../../ui/record-form-modal.tsx';
import { RecordListPage } from '../../../ui/record-list-page.tsx';
import { RowActions } from '../../../ui/row-actions.tsx';
import { SortHeader } from '../../../ui/sort-header.tsx';
import { useDebouncedValue } from '../../../ui/use-debounced-value.ts';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { useSession } from '../../session/hooks/use-session.tsx';
import { listTeamMembers, updateTeamMember } from '../api.ts';
import type { TeamMember } from '../api.ts';
import { TeamMemberForm } from './team-member-form.tsx';

/** Our people: list with search and sort, add and edit. */
export const TeamMembersPage = () => {
  useDocumentTitle('Team members');
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const sort = params.get('sort') ?? 'name';
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const [showArchived, setShowArchived] = useState(false);
  const editor = useRecordEditor<TeamMember>();

  const query = { q, sort, archived: showArchived ? ('any' as const) : undefined };
  const list = useCursorList<TeamMember>(JSON.stringify(query), (cursor, signal) =>
    listTeamMembers({ ...query, cursor, limit: limits.pageSizeDefault }, signal),
  );
  // The list may carry its own create ability; otherwise viewers are the ones who cannot add.
  const canCreate = list.canCreate ?? session.currentWorkspace.role !== 'viewer';
  const onSort = (value: string) => setParams({ sort: value }, { replace: true });

  return (
    <RecordListPage
      title="Team members"
      subtitle={`${list.total} ${list.total === 1 ? 'person' : 'people'} on our side`}
      createLabel="New team member"
      canCreate={canCreate}
      actions={
        <Link to="/scorecard" className="button button--secondary">
          Team scorecard
        </Link>
      }
      onCreate={editor.add}
      searchLabel="Search team members"
      search={search}
      onSearch={setSearch}
      showArchived={showArchived}
      onShowArchivedChange={setShowArchived}
      list={list}
      columns={
        <>
          <SortHeader field="name" sort={sort} onSort={onSort}>
            Name
          </SortHeader>
          <th scope="col">Email</th>
          <th scope="col">Title</th>
        </>
      }
      hasActions
      emptyText={q === '' ? 'No team members yet.' : `No team members match “${q}”.`}
      dialog={
        <RecordFormModal
          editor={editor}
          addTitle="New team member"
          editTitle={(teamMember) => `Edit ${teamMember.name}`}
          onSaved={list.reload}
          renderForm={(props) => <TeamMemberForm {...props} />}
        />
      }
    >
      {list.items.map((teamMember) => (
        <tr key={teamMember.id} className={archivedClassName(teamMember)}>
          <td>
            <Link className="table__link" to={`/team-members/${encodeURIComponent(teamMember.id)}`}>
              {teamMember.name}
            </Link>
            <ArchivedBadge record={teamMember} />
          </td>
          <td>{teamMember.email ?? '—'}</td>
          <td>{teamMember.title ?? '—'}</td>
          <td className="table__actions">
            <RowActions
              record={teamMember}
              label={teamMember.name}
              onEdit={() => editor.edit(teamMember)}
              setArchived={(isArchived) =>
                updateTeamMember(teamMember.id, { archived: isArchived })
              }
              onChanged={list.reload}
            />
          </td>
        </tr>
      ))}
    </RecordListPage>
  );
};
