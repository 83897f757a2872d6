import { labels, limits } from '@fulcrum/core';
import { Fragment, useState } from 'react';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { ArchiveButton } from '../../../ui/archive-button.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { CheckboxField } from '../../../ui/field.tsx';
import { formatDate, formatMoney } from '../../../ui/format.ts';
import { Modal } from '../../../ui/modal.tsx';
import { EmptyState, Loading, Section } from '../../../ui/section.tsx';
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
}: {
  accountId: string;
  canCreate: boolean;
}) => {
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Opportunity | 'new' | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const archived = showArchived ? ('any' as const) : undefined;
  const list = useCursorList<Opportunity>(`${accountId}:${String(archived)}`, (cursor, signal) =>
    listOpportunities(accountId, { archived, cursor, limit: limits.pageSizeMax }, signal),
  );

  const toggle = (opportunityId: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(opportunityId)) next.delete(opportunityId);
      else next.add(opportunityId);
      return next;
    });

  return (
    <Section
      title="Opportunities"
      description="Deals with this account and who we compete with for them."
      actions={
        <>
          <CheckboxField
            label="Show archived opportunities"
            checked={showArchived}
            onChange={setShowArchived}
          />
          {canCreate ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditing('new')}
            >
              Add opportunity
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
              <th scope="col">Stage</th>
              <th scope="col" className="table__numeric">
                Amount
              </th>
              <th scope="col">Expected decision</th>
              <th scope="col">Decision timing shared</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((opportunity) => {
              const isExpanded = expanded.has(opportunity.id);
              const panelId = `competitors-${opportunity.id}`;
              return (
                <Fragment key={opportunity.id}>
                  <tr className={opportunity.archivedAt !== null ? 'is-archived' : ''}>
                    <td>
                      <span className="table__primary">{opportunity.name}</span>
                      {opportunity.archivedAt !== null ? <Badge>Archived</Badge> : null}
                    </td>
                    <td>
                      <Badge tone={stageTone(opportunity.stage)}>
                        {labels.stage[opportunity.stage]}
                      </Badge>
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
                      {opportunity.abilities.update ? (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-label={`Edit ${opportunity.name}`}
                          onClick={() => setEditing(opportunity)}
                        >
                          Edit
                        </button>
                      ) : null}
                      <ArchiveButton
                        resource={opportunity}
                        label={opportunity.name}
                        isSmall
                        onToggle={async (isArchived) => {
                          await updateOpportunity(opportunity.id, { archived: isArchived });
                          list.reload();
                        }}
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
                        />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {list.isLoading ? <Loading /> : null}
      {!list.isLoading && list.items.length === 0 && list.problem === null ? (
        <EmptyState>No opportunities recorded yet.</EmptyState>
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
          title={editing === 'new' ? 'Add opportunity' : `Edit ${editing.name}`}
          onClose={() => setEditing(null)}
        >
          <OpportunityForm
            accountId={accountId}
            opportunity={editing === 'new' ? undefined : editing}
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
