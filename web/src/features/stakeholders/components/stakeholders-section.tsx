import { labels, limits } from '@fulcrum/core';
import { useState } from 'react';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { ArchiveButton } from '../../../ui/archive-button.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { CheckboxField } from '../../../ui/field.tsx';
import { formatDate } from '../../../ui/format.ts';
import { Modal } from '../../../ui/modal.tsx';
import { EmptyState, Loading, Section } from '../../../ui/section.tsx';
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
  const [editing, setEditing] = useState<Stakeholder | 'new' | null>(null);
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
    <Section
      title="Stakeholders"
      description="The account's people and their part in the buying decision."
      actions={
        <>
          <CheckboxField
            label="Show archived stakeholders"
            checked={showArchived}
            onChange={setShowArchived}
          />
          {canCreate ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditing('new')}
            >
              Add stakeholder
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
              <th scope="col">Name</th>
              <th scope="col">Title</th>
              <th scope="col">Buying role</th>
              <th scope="col">Seniority</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((stakeholder) => (
              <tr
                key={stakeholder.id}
                className={stakeholder.archivedAt !== null ? 'is-archived' : ''}
              >
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
                  {stakeholder.archivedAt !== null ? <Badge>Archived</Badge> : null}
                </td>
                <td className="table__actions">
                  {stakeholder.abilities.update ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`Edit ${stakeholder.name}`}
                      onClick={() => setEditing(stakeholder)}
                    >
                      Edit
                    </button>
                  ) : null}
                  <ArchiveButton
                    resource={stakeholder}
                    label={stakeholder.name}
                    isSmall
                    onToggle={async (isArchived) => {
                      await updateStakeholder(stakeholder.id, { archived: isArchived });
                      afterChange();
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {list.isLoading ? <Loading /> : null}
      {!list.isLoading && list.items.length === 0 && list.problem === null ? (
        <EmptyState>No stakeholders recorded yet.</EmptyState>
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
          title={editing === 'new' ? 'Add stakeholder' : `Edit ${editing.name}`}
          onClose={() => setEditing(null)}
        >
          <StakeholderForm
            accountId={accountId}
            stakeholder={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              afterChange();
            }}
          />
        </Modal>
      ) : null}
    </Section>
  );
};
