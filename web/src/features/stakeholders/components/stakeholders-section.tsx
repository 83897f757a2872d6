import { labels, limits } from '@fulcrum/core';
import { useState } from 'react';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { ArchivedBadge, archivedClassName } from '../../../ui/archived-badge.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { formatDate } from '../../../ui/format.ts';
import { RecordFormModal, useRecordEditor } from '../../../ui/record-form-modal.tsx';
import { RecordSection } from '../../../ui/record-section.tsx';
import { RowActions } from '../../../ui/row-actions.tsx';
import { listStakeholders, updateStakeholder } from '../api.ts';
import type { Stakeholder } from '../api.ts';
import { StakeholderForm } from './stakeholder-form.tsx';

/** The account's stakeholders: table, add and edit. */
export const StakeholdersSection = ({
  accountId,
  canCreate,
  onChanged,
}: {
  accountId: string;
  canCreate: boolean;
  /** Called after any change, so sections that show stakeholder names can refresh. */
  onChanged?: () => void;
}) => {
  const [showArchived, setShowArchived] = useState(false);
  const editor = useRecordEditor<Stakeholder>();
  const archived = showArchived ? ('any' as const) : undefined;
  const list = useCursorList<Stakeholder>(`${accountId}:${String(archived)}`, (cursor, signal) =>
    listStakeholders(
      accountId,
      { sort: 'name', archived, cursor, limit: limits.pageSizeMax },
      signal,
    ),
  );
  const afterChange = () => {
    list.reload();
    onChanged?.();
  };

  return (
    <RecordSection
      title="Stakeholders"
      description="The account's people and their part in the buying decision."
      showArchivedLabel="Show archived stakeholders"
      showArchived={showArchived}
      onShowArchivedChange={setShowArchived}
      addLabel="Add stakeholder"
      canCreate={canCreate}
      onAdd={editor.add}
      list={list}
      emptyText="No stakeholders recorded yet."
      columns={
        <>
          <th scope="col">Name</th>
          <th scope="col">Title</th>
          <th scope="col">Buying role</th>
          <th scope="col">Seniority</th>
          <th scope="col">Status</th>
        </>
      }
      dialog={
        <RecordFormModal
          editor={editor}
          addTitle="Add stakeholder"
          editTitle={(stakeholder) => `Edit ${stakeholder.name}`}
          onSaved={afterChange}
          renderForm={(props) => <StakeholderForm accountId={accountId} {...props} />}
        />
      }
    >
      {list.items.map((stakeholder) => (
        <tr key={stakeholder.id} className={archivedClassName(stakeholder)}>
          <td>
            <span className="table__primary">{stakeholder.name}</span>
            {stakeholder.email !== null ? (
              <span className="table__secondary">{stakeholder.email}</span>
            ) : null}
          </td>
          <td>{stakeholder.title ?? '—'}</td>
          <td>{labels.buyingRole[stakeholder.buyingRole]}</td>
          <td>{labels.seniority[stakeholder.seniority]}</td>
          <td>
            {stakeholder.status === 'active' ? (
              <Badge tone="success">Active</Badge>
            ) : (
              <Badge tone="warning">Left {formatDate(stakeholder.leftOn)}</Badge>
            )}
            <ArchivedBadge record={stakeholder} />
          </td>
          <td className="table__actions">
            <RowActions
              record={stakeholder}
              label={stakeholder.name}
              onEdit={() => editor.edit(stakeholder)}
              setArchived={(isArchived) =>
                updateStakeholder(stakeholder.id, { archived: isArchived })
              }
              onChanged={afterChange}
            />
          </td>
        </tr>
      ))}
    </RecordSection>
  );
};
