import { limits } from '@fulcrum/core';
import { useState } from 'react';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { ArchiveButton } from '../../../ui/archive-button.tsx';
import { Modal } from '../../../ui/modal.tsx';
import { Loading } from '../../../ui/section.tsx';
import { listCompetitors, updateCompetitor } from '../api.ts';
import type { Competitor } from '../api.ts';
import { CompetitorForm } from './competitor-form.tsx';

/** The competitors on one opportunity: list, add and edit. */
export const CompetitorsPanel = ({
  opportunityId,
  opportunityName,
  canCreate,
}: {
  opportunityId: string;
  opportunityName: string;
  canCreate: boolean;
}) => {
  const [editing, setEditing] = useState<Competitor | 'new' | null>(null);
  const list = useCursorList<Competitor>(opportunityId, (cursor, signal) =>
    listCompetitors(opportunityId, { sort: 'name', cursor, limit: limits.pageSizeMax }, signal),
  );

  return (
    <div className="competitors" aria-label={`Competitors on ${opportunityName}`} role="region">
      <div className="competitors__header">
        <h3 className="competitors__title">Competitors</h3>
        {canCreate ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setEditing('new')}
          >
            Add competitor
          </button>
        ) : null}
      </div>
      {list.problem !== null ? <Alert>{list.problem.detail}</Alert> : null}
      {list.isLoading ? <Loading /> : null}
      {!list.isLoading && list.items.length === 0 && list.problem === null ? (
        <p className="competitors__empty">No competitors recorded for this opportunity.</p>
      ) : null}
      {list.items.length > 0 ? (
        <ul className="competitors__list">
          {list.items.map((competitor) => (
            <li key={competitor.id} className="competitors__item">
              <div>
                <span className="table__primary">{competitor.name}</span>
                {competitor.notes !== null ? (
                  <span className="table__secondary">{competitor.notes}</span>
                ) : null}
              </div>
              <div className="table__actions">
                {competitor.abilities.update ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Edit ${competitor.name}`}
                    onClick={() => setEditing(competitor)}
                  >
                    Edit
                  </button>
                ) : null}
                <ArchiveButton
                  resource={competitor}
                  label={competitor.name}
                  isSmall
                  onToggle={async (isArchived) => {
                    await updateCompetitor(competitor.id, { archived: isArchived });
                    list.reload();
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {list.nextCursor !== null ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={list.loadMore}
        >
          Load more
        </button>
      ) : null}

      {editing !== null ? (
        <Modal
          title={
            editing === 'new' ? `Add competitor to ${opportunityName}` : `Edit ${editing.name}`
          }
          onClose={() => setEditing(null)}
        >
          <CompetitorForm
            opportunityId={opportunityId}
            competitor={editing === 'new' ? undefined : editing}
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
