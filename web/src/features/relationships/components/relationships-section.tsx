import { limits } from '@fulcrum/core';
import { useState } from 'react';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { ArchivedBadge, archivedClassName } from '../../../ui/archived-badge.tsx';
import { formatDate } from '../../../ui/format.ts';
import { RecordFormModal, useRecordEditor } from '../../../ui/record-form-modal.tsx';
import { RecordSection } from '../../../ui/record-section.tsx';
import { RowActions } from '../../../ui/row-actions.tsx';
import { listRelationships, updateRelationship } from '../api.ts';
import type { Relationship } from '../api.ts';
import { RelationshipForm } from './relationship-form.tsx';
import { StrengthMeter } from './strength-meter.tsx';

/** Who on our side knows whom on the account: table, add and edit. */
export const RelationshipsSection = ({
  accountId,
  canCreate,
  refreshKey,
}: {
  accountId: string;
  canCreate: boolean;
  /** Changes when stakeholders change, so names shown here stay current. */
  refreshKey: number;
}) => {
  const [showArchived, setShowArchived] = useState(false);
  const editor = useRecordEditor<Relationship>();
  const archived = showArchived ? ('any' as const) : undefined;
  const list = useCursorList<Relationship>(
    `${accountId}:${String(archived)}:${refreshKey}`,
    (cursor, signal) =>
      listRelationships(accountId, { archived, cursor, limit: limits.pageSizeMax }, signal),
  );

  return (
    <RecordSection
      title="Relationships"
      description="Which of our team members know which stakeholders, and how well."
      showArchivedLabel="Show archived relationships"
      showArchived={showArchived}
      onShowArchivedChange={setShowArchived}
      addLabel="Add relationship"
      canCreate={canCreate}
      onAdd={editor.add}
      list={list}
      emptyText="No relationships recorded yet."
      columns={
        <>
          <th scope="col">Team member</th>
          <th scope="col">Stakeholder</th>
          <th scope="col">Strength</th>
          <th scope="col">Last contact</th>
        </>
      }
      dialog={
        <RecordFormModal
          editor={editor}
          addTitle="Add relationship"
          editTitle={() => 'Edit relationship'}
          onSaved={list.reload}
          renderForm={(props) => <RelationshipForm accountId={accountId} {...props} />}
        />
      }
    >
      {list.items.map((relationship) => (
        <tr key={relationship.id} className={archivedClassName(relationship)}>
          <td className="table__primary">{relationship.teamMember.name}</td>
          <td>
            {relationship.stakeholder.name}
            <ArchivedBadge record={relationship} />
          </td>
          <td>
            <StrengthMeter strength={relationship.strength} />
          </td>
          <td>{formatDate(relationship.lastContactOn)}</td>
          <td className="table__actions">
            <RowActions
              record={relationship}
              label={`relationship of ${relationship.teamMember.name} and ${relationship.stakeholder.name}`}
              onEdit={() => editor.edit(relationship)}
              setArchived={(isArchived) =>
                updateRelationship(relationship.id, { archived: isArchived })
              }
              onChanged={list.reload}
            />
          </td>
        </tr>
      ))}
    </RecordSection>
  );
};
