import { dimensions, labels } from '@fulcrum/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { RecordTable } from '../../../ui/record-table.tsx';
import { EmptyState, Loading, Section } from '../../../ui/section.tsx';
import { Stat } from '../../../ui/stat.tsx';
import { formatRate } from '../../commitments/format.ts';
import { getTeamMemberScorecard } from '../api.ts';
import type { ScorecardPeriod } from '../api.ts';
import { defaultPeriod, formatAmounts, formatAnswer } from '../format.ts';
import '../scorecard.css';
import { PeriodPicker } from './period-picker.tsx';
import { MoveText } from './trust-moves.tsx';

/** One team member's scorecard over a period they pick: the long game beside the short one. */
export const ScorecardSection = ({ teamMemberId }: { teamMemberId: string }) => {
  const [period, setPeriod] = useState<ScorecardPeriod>(() => defaultPeriod());
  const card = useResource(`${teamMemberId}:${period.from}:${period.to}`, (signal) =>
    getTeamMemberScorecard(teamMemberId, period, signal),
  );
  const data = card.data;
  return (
    <Section
      title="Scorecard"
      description="Promises kept, the trust of the accounts and people they carry, coverage gained, value given and what the customers said, beside the deals won."
    >
      <PeriodPicker period={period} onChange={setPeriod} />
      {card.problem !== null ? <Alert>{card.problem.detail}</Alert> : null}
      {data === null && card.problem === null ? <Loading label="Loading the scorecard…" /> : null}
      {data !== null ? (
        <div aria-busy={card.isLoading}>
          <dl className="record-stats">
            <Stat
              label="On time in the period"
              value={formatRate(data.commitments.onTimeRate)}
              note={`${data.commitments.kept} kept · ${data.commitments.keptLate} late · ${data.commitments.broken} broken · ${data.commitments.open} open at the end`}
            />
            <Stat
              label="Their stakeholders’ trust in them"
              value={String(data.stakeholders.count)}
              note={<MoveText move={data.stakeholders.personalTrust} />}
            />
            <Stat
              label="Coverage gained"
              value={String(data.coverage.relationshipsStarted)}
              note={`relationships started · ${data.coverage.stakeholdersNewlyReached.length} people and ${data.coverage.levelsNewlyReached.length} levels newly reached`}
            />
            <Stat
              label="Value delivered"
              value={String(data.value.delivered)}
              note={
                data.value.latest === null
                  ? 'nothing recorded yet'
                  : `last: ${data.value.latest.name} (${data.value.latest.accountName}, ${formatDate(data.value.latest.deliveredOn)})`
              }
            />
            <Stat
              label="Pulses answered"
              value={String(data.pulses.count)}
              note={
                data.pulses.averages === null
                  ? 'no answers in the period'
                  : `trust ${formatAnswer(data.pulses.averages.trust)} · value ${formatAnswer(data.pulses.averages.value)} · backing ${formatAnswer(data.pulses.averages.backing)} of 5`
              }
            />
            <Stat
              label="Won"
              value={String(data.opportunities.won.count)}
              note={formatAmounts(data.opportunities.won.amounts)}
            />
            <Stat
              label="Open pipeline"
              value={String(data.opportunities.open.count)}
              note={formatAmounts(data.opportunities.open.amounts)}
            />
          </dl>

          <h3 className="trust-subsection__title">Accounts they own</h3>
          {data.accounts.items.length === 0 ? (
            <EmptyState>They own no live account.</EmptyState>
          ) : (
            <RecordTable
              hasActions={false}
              columns={
                <>
                  <th scope="col">Account</th>
                  {dimensions.map((dimension) => (
                    <th key={dimension} scope="col">
                      {labels.dimension[dimension]}
                    </th>
                  ))}
                </>
              }
            >
              {data.accounts.items.map((account) => (
                <tr key={account.accountId}>
                  <td>
                    <Link
                      className="table__link"
                      to={`/accounts/${encodeURIComponent(account.accountId)}`}
                    >
                      {account.name}
                    </Link>
                  </td>
                  {dimensions.map((dimension) => (
                    <td key={dimension}>
                      <MoveText move={account.trust[dimension]} />
                    </td>
                  ))}
                </tr>
              ))}
            </RecordTable>
          )}

          <h3 className="trust-subsection__title">Stakeholders they know</h3>
          {data.stakeholders.items.length === 0 ? (
            <EmptyState>No live relationships.</EmptyState>
          ) : (
            <RecordTable
              hasActions={false}
              columns={
                <>
                  <th scope="col">Stakeholder</th>
                  <th scope="col">Account</th>
                  <th scope="col">Their personal trust in {data.teamMember.name}</th>
                </>
              }
            >
              {data.stakeholders.items.map((person) => (
                <tr key={person.stakeholderId}>
                  <td>{person.name}</td>
                  <td>
                    <Link to={`/accounts/${encodeURIComponent(person.accountId)}`}>
                      {person.accountName}
                    </Link>
                  </td>
                  <td>
                    {person.personalTrust.evidenceCount === 0 ? (
                      <span className="table__secondary">No evidence yet</span>
                    ) : (
                      <MoveText move={person.personalTrust} />
                    )}
                  </td>
                </tr>
              ))}
            </RecordTable>
          )}

          {data.coverage.stakeholdersNewlyReached.length > 0 ||
          data.coverage.levelsNewlyReached.length > 0 ? (
            <div className="scorecard-lists">
              <div>
                <h3 className="trust-subsection__title">Newly reached people</h3>
                <ul className="plain-list">
                  {data.coverage.stakeholdersNewlyReached.map((person) => (
                    <li key={person.stakeholderId}>
                      {person.name} ({person.accountName})
                    </li>
                  ))}
                </ul>
              </div>
              <div>
                <h3 className="trust-subsection__title">Newly reached levels</h3>
                <ul className="plain-list">
                  {data.coverage.levelsNewlyReached.map((level) => (
                    <li key={`${level.accountId}:${level.level}`}>
                      {labels.seniority[level.level]} at {level.accountName}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          ) : null}
        </div>
      ) : null}
    </Section>
  );
};
