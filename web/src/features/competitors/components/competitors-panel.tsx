import { limits } from '@fulcrum/core';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { LoadMore } from '../../../ui/list-status.tsx';
import { RecordFormModal, useRecordEditor } from '../../../ui/record-form-modal.tsx';
import { RowActions } from '../../../ui/row-actions.tsx';
import { Loading } from '../../../ui/section.tsx';
import { listCompetitors, updateCompetitor } from '../api.ts';
import type { Competitor } from '../api.ts';
import { CompetitorForm } from './competitor-form.tsx';

/** The competitors on one opportunity: list, add and edit. */
export const CompetitorsPanel = ({
  opportunityId,
  opportunityName,
  canCreate,
  onChanged,
}: {
  opportunityId: string;
  opportunityName: string;
  canCreate: boolean;
  /** Called after a competitor changed, since its estimate moves our rank. */
  onChanged?: (() => void) | undefined;
}) => {
  const editor = useRecordEditor<Competitor>();
  const list = useCursorList<Competitor>(opportunityId, (cursor, signal) =>
    listCompetitors(opportunityId, { sort: 'name', cursor, limit: limits.pageSizeMax }, signal),
  );
  const afterChange = () => {
    list.reload();
    onChanged?.();
  };

  return (
    <div className="competitors" aria-label={`Competitors on ${opportunityName}`} role="region">
      <div className="competitors__header">
        <h3 className="competitors__title">Competitors</h3>
        {canCreate ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={editor.add}
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
                {competitor.capabilityEstimate !== null ? (
                  <Badge tone="info">
                    Capability estimate {Math.round(competitor.capabilityEstimate * 100)}%
                  </Badge>
                ) : null}
                {competitor.notes !== null ? (
                  <span className="table__secondary">{competitor.notes}</span>
                ) : null}
              </div>
              <div className="table__actions">
                <RowActions
                  record={competitor}
                  label={competitor.name}
                  onEdit={() => editor.edit(competitor)}
                  setArchived={(isArchived) =>
                    updateCompetitor(competitor.id, { archived: isArchived })
                  }
                  onChanged={afterChange}
                />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <LoadMore list={list} isSmall />

      <RecordFormModal
        editor={editor}
        addTitle={`Add competitor to ${opportunityName}`}
        editTitle={(competitor) => `Edit ${competitor.name}`}
        onSaved={afterChange}
        renderForm={(props) => <CompetitorForm opportunityId={opportunityId} {...props} />}
      />
    </div>
  );
};
