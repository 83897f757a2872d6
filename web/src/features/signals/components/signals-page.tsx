import { dimensions, labels } from '@fulcrum/core';
import { useState } from 'react';
import { toApiProblem } from '../../../api/client.ts';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { ArchivedBadge, archivedClassName } from '../../../ui/archived-badge.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { CheckboxField } from '../../../ui/field.tsx';
import { RecordFormModal, useRecordEditor } from '../../../ui/record-form-modal.tsx';
import { RecordTable } from '../../../ui/record-table.tsx';
import { RowActions } from '../../../ui/row-actions.tsx';
import { EmptyState, Loading, Section } from '../../../ui/section.tsx';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { deleteSignal, listAllSignals, updateSignal } from '../api.ts';
import type { Signal } from '../api.ts';
import { SignalForm } from './signal-form.tsx';

const DeleteButton = ({ signal, onDeleted }: { signal: Signal; onDeleted: () => void }) => {
  const [isBusy, setIsBusy] = useState(false);
  if (!signal.canDelete || !signal.abilities.update) return null;
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-label={`Delete ${signal.name}`}
      disabled={isBusy}
      onClick={() => {
        if (!window.confirm(`Delete “${signal.name}”? No observation uses it.`)) return;
        setIsBusy(true);
        deleteSignal(signal.id)
          .then(onDeleted)
          .catch((error: unknown) => window.alert(toApiProblem(error).detail))
          .finally(() => setIsBusy(false));
      }}
    >
      Delete
    </button>
  );
};

/** The signal catalogue grouped by dimension; admins add, edit, archive and delete signals. */
export const SignalsPage = () => {
  useDocumentTitle('Signals');
  const [showArchived, setShowArchived] = useState(false);
  const editor = useRecordEditor<Signal>();
  const archived = showArchived ? ('any' as const) : undefined;
  // The whole catalogue in one list (it is a few dozen rows), grouped below by dimension.
  const list = useCursorList<Signal>(String(archived), (_cursor, signal) =>
    listAllSignals(archived, signal),
  );
  const canCreate = list.canCreate === true;

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Signals</h1>
          <p className="page__subtitle">
            Behaviours the team can observe, each telling something about one dimension of trust.
          </p>
        </div>
        <div className="page__actions">
          <CheckboxField label="Show archived" checked={showArchived} onChange={setShowArchived} />
          {canCreate ? (
            <button type="button" className="button button--primary" onClick={editor.add}>
              New signal
            </button>
          ) : null}
        </div>
      </header>
      {list.problem !== null ? (
        <Alert title={list.problem.title}>{list.problem.detail}</Alert>
      ) : null}
      {list.isLoading ? <Loading label="Loading signals…" /> : null}
      {!list.isLoading
        ? dimensions.map((dimension) => {
            const signals = list.items
              .filter((signal) => signal.dimension === dimension)
              .sort((a, b) => b.polarity - a.polarity || a.name.localeCompare(b.name));
            return (
              <Section key={dimension} title={labels.dimension[dimension]}>
                {signals.length === 0 ? (
                  <EmptyState>No signals for this dimension.</EmptyState>
                ) : (
                  <RecordTable
                    hasActions
                    columns={
                      <>
                        <th scope="col">Signal</th>
                        <th scope="col">Polarity</th>
                        <th scope="col" className="table__numeric">
                          Default weight
                        </th>
                        <th scope="col" className="table__numeric">
                          Observations
                        </th>
                      </>
                    }
                  >
                    {signals.map((signal) => (
                      <tr key={signal.id} className={archivedClassName(signal)}>
                        <td>
                          <span className="table__primary">{signal.name}</span>
                          <ArchivedBadge record={signal} />
                          {signal.description !== null ? (
                            <span className="table__secondary">{signal.description}</span>
                          ) : null}
                        </td>
                        <td>
                          {signal.polarity > 0 ? (
                            <Badge tone="success">+ Shows trust</Badge>
                          ) : (
                            <Badge tone="danger">− Shows its absence</Badge>
                          )}
                        </td>
                        <td className="table__numeric">{signal.defaultWeight}</td>
                        <td className="table__numeric">{signal.usageCount}</td>
                        <td className="table__actions">
                          <RowActions
                            record={signal}
                            label={signal.name}
                            onEdit={() => editor.edit(signal)}
                            setArchived={(isArchived) =>
                              updateSignal(signal.id, { archived: isArchived })
                            }
                            onChanged={list.reload}
                          />
                          <DeleteButton signal={signal} onDeleted={list.reload} />
                        </td>
                      </tr>
                    ))}
                  </RecordTable>
                )}
              </Section>
            );
          })
        : null}
      <RecordFormModal
        editor={editor}
        addTitle="New signal"
        editTitle={(signal) => `Edit ${signal.name}`}
        onSaved={list.reload}
        renderForm={(props) => <SignalForm {...props} />}
      />
    </div>
  );
};
