import { labels, limits } from '@fulcrum/core';
import { Fragment, useState } from 'react';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { ArchivedBadge, archivedClassName } from '../../../ui/archived-badge.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { formatDate, formatMoney } from '../../../ui/format.ts';
import { RecordFormModal, useRecordEditor } from '../../../ui/record-form-modal.tsx';
import { RecordSection } from '../../../ui/record-section.tsx';
import { RowActions } from '../../../ui/row-actions.tsx';
import { CompetitorsPanel } from '../../competitors/components/competitors-panel.tsx';
import { listOpportunities, updateOpportunity } from '../api.ts';
import type { Opportunity } from '../api.ts';
import { OpportunityForm } from './opportunity-form.tsx';

const stageTone = (stage: Opportunity['stage']) => {
  if (stage === 'won') return 'success';
  if (stage === 'lost') return 'danger';
  return 'info';
};

/** The account's opportunities, each with its competitors: table, add and edit. */
export const OpportunitiesSection = ({
  accountId,
  canCreate,
  onChanged,
}: {
  accountId: string;
  canCreate: boolean;
  /** Called after any change here or to a competitor, so the trust section can refresh. */
  onChanged?: () => void;
}) => {
  const [showArchived, setShowArchived] = useState(false);
  const editor = useRecordEditor<Opportunity>();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const archived = showArchived ? ('any' as const) : undefined;
  const list = useCursorList<Opportunity>(`${accountId}:${String(archived)}`, (cursor, signal) =>
    listOpportunities(accountId, { archived, cursor, limit: limits.pageSizeMax }, signal),
  );

  const afterChange = () => {
    list.reload();
    onChanged?.();
  };

  const toggle = (opportunityId: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(opportunityId)) next.delete(opportunityId);
      else next.add(opportunityId);
      return next;
    });

  return (
    <RecordSection
      title="Opportunities"
      description="Deals with this account and who we compete with for them."
      showArchivedLabel="Show archived opportunities"
      showArchived={showArchived}
      onShowArchivedChange={setShowArchived}
      addLabel="Add opportunity"
      canCreate={canCreate}
      onAdd={editor.add}
      list={list}
      emptyText="No opportunities recorded yet."
      columns={
        <>
          <th scope="col">Name</th>
          <th scope="col">Stage</th>
          <th scope="col" className="table__numeric">
            Amount
          </th>
          <th scope="col">Expected decision</th>
          <th scope="col">Decision timing shared</th>
        </>
      }
      dialog={
        <RecordFormModal
          editor={editor}
          addTitle="Add opportunity"
          editTitle={(opportunity) => `Edit ${opportunity.name}`}
          onSaved={afterChange}
          renderForm={(props) => <OpportunityForm accountId={accountId} {...props} />}
        />
      }
    >
      {list.items.map((opportunity) => {
        const isExpanded = expanded.has(opportunity.id);
        const panelId = `competitors-${opportunity.id}`;
        return (
          <Fragment key={opportunity.id}>
            <tr className={archivedClassName(opportunity)}>
              <td>
                <span className="table__primary">{opportunity.name}</span>
                <ArchivedBadge record={opportunity} />
              </td>
              <td>
                <Badge tone={stageTone(opportunity.stage)}>{labels.stage[opportunity.stage]}</Badge>
              </td>
              <td className="table__numeric">
                {formatMoney(opportunity.amount, opportunity.currency)}
              </td>
              <td>{formatDate(opportunity.expectedDecisionOn)}</td>
              <td>{opportunity.decisionTimingShared ? 'Yes' : 'No'}</td>
              <td className="table__actions">
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-expanded={isExpanded}
                  aria-controls={panelId}
                  aria-label={`Competitors on ${opportunity.name}`}
                  onClick={() => toggle(opportunity.id)}
                >
                  Competitors {isExpanded ? '▴' : '▾'}
                </button>
                <RowActions
                  record={opportunity}
                  label={opportunity.name}
                  onEdit={() => editor.edit(opportunity)}
                  setArchived={(isArchived) =>
                    updateOpportunity(opportunity.id, { archived: isArchived })
                  }
                  onChanged={afterChange}
                />
              </td>
            </tr>
            {isExpanded ? (
              <tr className="table__subrow" id={panelId}>
                <td colSpan={6}>
                  <CompetitorsPanel
                    opportunityId={opportunity.id}
                    opportunityName={opportunity.name}
                    canCreate={opportunity.abilities.update}
                    onChanged={onChanged}
                  />
                </td>
              </tr>
            ) : null}
          </Fragment>
        );
      })}
    </RecordSection>
  );
};
