import { labels, limits } from '@fulcrum/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { toApiProblem } from '../../../api/client.ts';
import { useCursorList, useResource } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { ListStatus, LoadMore } from '../../../ui/list-status.tsx';
import { RecordTable } from '../../../ui/record-table.tsx';
import { Section } from '../../../ui/section.tsx';
import { listTeamMembers } from '../../team-members/api.ts';
import { listObservations, retractObservation } from '../api.ts';
import type { Observation } from '../api.ts';
import type { ObservationSubject } from './observation-form.tsx';

const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const RetractButton = ({
  observation,
  onRetracted,
}: {
  observation: Observation;
  onRetracted: () => void;
}) => {
  const [isBusy, setIsBusy] = useState(false);
  if (!observation.abilities.retract) return null;
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-label={`Retract ${observation.signalName}`}
      disabled={isBusy}
      onClick={() => {
        // Retracting cannot be undone: the ledger keeps both the evidence and its reversal.
        if (!window.confirm(`Retract “${observation.signalName}”? Its evidence stops counting.`))
          return;
        setIsBusy(true);
        retractObservation(observation.id)
          .then(onRetracted)
          .catch((error: unknown) => window.alert(toApiProblem(error).detail))
          .finally(() => setIsBusy(false));
      }}
    >
      Retract
    </button>
  );
};

/** The account's observations, most recent first, with Retract; reloads when `refreshKey` does. */
export const ObservationsSection = ({
  accountId,
  refreshKey,
  stakeholders,
  opportunities,
  actions,
  onChanged,
}: {
  accountId: string;
  refreshKey: number;
  stakeholders: readonly ObservationSubject[];
  opportunities: readonly ObservationSubject[];
  actions?: ReactNode;
  /** Called after a retraction; the page then changes `refreshKey`, which reloads this list too. */
  onChanged: () => void;
}) => {
  const list = useCursorList<Observation>(`${accountId}:${refreshKey}`, (cursor, signal) =>
    listObservations(accountId, { sort: '-observedAt', cursor, limit: 20 }, signal),
  );
  const teamMembers = useResource('team-members', (signal) =>
    listTeamMembers({ sort: 'name', limit: limits.pageSizeMax }, signal),
  );
  const nameOf = (subjects: readonly ObservationSubject[], id: string | null) =>
    id === null ? null : (subjects.find((subject) => subject.id === id)?.name ?? null);

  return (
    <Section
      title="Observations"
      description="What the team saw, most recent first. A retracted observation stays on record but no longer counts."
      actions={actions}
    >
      {list.problem !== null ? <Alert>{list.problem.detail}</Alert> : null}
      {list.items.length > 0 ? (
        <RecordTable
          hasActions
          columns={
            <>
              <th scope="col">Date</th>
              <th scope="col">Signal</th>
              <th scope="col">About</th>
              <th scope="col" className="table__numeric">
                Weight
              </th>
              <th scope="col">Note</th>
            </>
          }
        >
          {list.items.map((observation) => {
            const about = [
              nameOf(stakeholders, observation.stakeholderId),
              nameOf(opportunities, observation.opportunityId),
              nameOf(teamMembers.data?.data ?? [], observation.teamMemberId),
            ].filter((name) => name !== null);
            return (
              <tr
                key={observation.id}
                className={observation.retractedAt === null ? undefined : 'is-archived'}
              >
                <td className="tabular">{dateOnly.format(new Date(observation.observedAt))}</td>
                <td>
                  <span className="table__primary">
                    {observation.polarity > 0 ? '+' : '−'} {observation.signalName}
                  </span>
                  <Badge tone={observation.polarity > 0 ? 'success' : 'danger'}>
                    {labels.dimension[observation.dimension]}
                  </Badge>
                  {observation.retractedAt !== null ? <Badge>Retracted</Badge> : null}
                </td>
                <td>{about.length === 0 ? 'The account' : about.join(' · ')}</td>
                <td className="table__numeric">{observation.weight}</td>
                <td className="observations__note">{observation.note ?? '—'}</td>
                <td className="table__actions">
                  <RetractButton observation={observation} onRetracted={onChanged} />
                </td>
              </tr>
            );
          })}
        </RecordTable>
      ) : null}
      <ListStatus list={list} emptyText="No observations logged yet." />
      <LoadMore list={list} />
    </Section>
  );
};
