import { limits } from '@fulcrum/core';
import { useState } from 'react';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { ArchiveButton } from '../../../ui/archive-button.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { CheckboxField } from '../../../ui/field.tsx';
import { formatDate } from '../../../ui/format.ts';
import { Modal } from '../../../ui/modal.tsx';
import { EmptyState, Loading, Section } from '../../../ui/section.tsx';
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
  const [editing, setEditing] = useState<Relationship | 'new' | null>(null);
  const archived = showArchived ? ('any' as const) : undefined;
  const list = useCursorList<Relationship>(
    `${accountId}:${String(archived)}:${refreshKey}`,
    (cursor, signal) =>
      listRelationships(accountId, { archived, cursor, limit: limits.pageSizeMax }, signal),
  );

  return (
    <Section
      title="Relationships"
      description="Which of our team members know which stakeholders, and how well."
      actions={
        <>
          <CheckboxField
            label="Show archived relationships"
            checked={showArchived}
            onChange={setShowArchived}
          />
          {canCreate ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditing('new')}
            >
              Add relationship
            </button>
          ) : null}
        </>
      }
    >
      {list.problem !== null ? <Alert>{list.problem.detail}</Alert> : null}
      {list.items.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Team member</th>
              <th scope="col">Stakeholder</th>
              <th scope="col">Strength</th>
              <th scope="col">Last contact</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((relationship) => {
              const label = `${relationship.teamMember.name} and ${relationship.stakeholder.name}`;
              return (
                <tr
                  key={relationship.id}
                  className={relationship.archivedAt !== null ? 'is-archived' : ''}
                >
                  <td className="table__primary">{relationship.teamMember.name}</td>
                  <td>
                    {relationship.stakeholder.name}
                    {relationship.archivedAt !== null ? <Badge>Archived</Badge> : null}
                  </td>
                  <td>
                    <StrengthMeter strength={relationship.strength} />
                  </td>
                  <td>{formatDate(relationship.lastContactOn)}</td>
                  <td className="table__actions">
                    {relationship.abilities.update ? (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={`Edit relationship of ${label}`}
                        onClick={() => setEditing(relationship)}
                      >
                        Edit
                      </button>
                    ) : null}
                    <ArchiveButton
                      resource={relationship}
                      label={`relationship of ${label}`}
                      isSmall
                      onToggle={async (isArchived) => {
                        await updateRelationship(relationship.id, { archived: isArchived });
                        list.reload();
                      }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {list.isLoading ? <Loading /> : null}
      {!list.isLoading && list.items.length === 0 && list.problem === null ? (
        <EmptyState>No relationships recorded yet.</EmptyState>
      ) : null}
      {list.nextCursor !== null ? (
        <div className="load-more">
          <button type="button" className="button button--secondary" onClick={list.loadMore}>
            Load more
          </button>
        </div>
      ) : null}

      {editing !== null ? (
        <Modal
          title={editing === 'new' ? 'Add relationship' : 'Edit relationship'}
          onClose={() => setEditing(null)}
        >
          <RelationshipForm
            accountId={accountId}
            relationship={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              list.reload();
            }}
          />
        </Modal>
      ) : null}
    </Section>
  );
};
