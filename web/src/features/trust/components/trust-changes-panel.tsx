import { dimensions, labels } from '@fulcrum/core';
import { useState } from 'react';
import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { TextField } from '../../../ui/field.tsx';
import { Loading } from '../../../ui/section.tsx';
import { getAccountTrustChanges } from '../api.ts';
import { changeArrow, formatChange, formatPercent, isoDateDaysAgo } from '../format.ts';
import { EvidenceList } from './evidence-list.tsx';

/** "What changed": each dimension on two dates, and the evidence added in between. */
export const TrustChangesPanel = ({
  accountId,
  refreshKey,
}: {
  accountId: string;
  refreshKey: number;
}) => {
  const [draft, setDraft] = useState({ from: isoDateDaysAgo(30), to: isoDateDaysAgo(0) });
  const [range, setRange] = useState(draft);
  const changes = useResource(`${accountId}:${range.from}:${range.to}:${refreshKey}`, (signal) =>
    // The end date counts whole: evidence logged during that day is included.
    getAccountTrustChanges(
      accountId,
      {
        from: range.from,
        to: range.to === isoDateDaysAgo(0) ? new Date().toISOString() : `${range.to}T23:59:59Z`,
      },
      signal,
    ),
  );

  return (
    <div className="trust-subsection">
      <h3 className="trust-subsection__title">What changed</h3>
      <form
        className="trust-changes__form"
        onSubmit={(event) => {
          event.preventDefault();
          setRange(draft);
        }}
      >
        <TextField
          label="From"
          type="date"
          value={draft.from}
          max={draft.to}
          onChange={(from) => setDraft((previous) => ({ ...previous, from }))}
        />
        <TextField
          label="To"
          type="date"
          value={draft.to}
          min={draft.from}
          max={isoDateDaysAgo(0)}
          onChange={(to) => setDraft((previous) => ({ ...previous, to }))}
        />
        <button type="submit" className="button button--secondary">
          Compare
        </button>
      </form>
      {changes.problem !== null ? <Alert>{changes.problem.detail}</Alert> : null}
      {changes.data === null && changes.problem === null ? <Loading /> : null}
      {changes.data !== null ? (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col" className="table__numeric">
                Before
              </th>
              <th scope="col" className="table__numeric">
                After
              </th>
              <th scope="col" className="table__numeric">
                Change
              </th>
              <th scope="col">Evidence added</th>
            </tr>
          </thead>
          <tbody>
            {dimensions.map((dimension) => {
              const change = changes.data?.dimensions[dimension];
              if (change === undefined) return null;
              return (
                <tr key={dimension}>
                  <th scope="row">{labels.dimension[dimension]}</th>
                  <td className="table__numeric">{formatPercent(change.before.expected)}</td>
                  <td className="table__numeric">{formatPercent(change.after.expected)}</td>
                  <td className="table__numeric">
                    <span aria-hidden="true">{changeArrow(change.change)}</span>{' '}
                    {formatChange(change.change)}
                  </td>
                  <td>
                    {change.addedEvidence.length === 0 ? (
                      <span className="table__secondary">None</span>
                    ) : (
                      <EvidenceList
                        evidence={change.addedEvidence}
                        label={`Evidence added to ${labels.dimension[dimension]}`}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
};
