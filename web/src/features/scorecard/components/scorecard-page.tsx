import { Link, useSearchParams } from 'react-router';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { ListStatus, LoadMore } from '../../../ui/list-status.tsx';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { formatRate } from '../../commitments/format.ts';
import { listScorecards, scorecardCsvUrl } from '../api.ts';
import type { Scorecard, ScorecardPeriod } from '../api.ts';
import { defaultPeriod, formatAmounts, formatAnswer } from '../format.ts';
import '../scorecard.css';
import { PeriodPicker } from './period-picker.tsx';
import { MoveText, TrustMoves } from './trust-moves.tsx';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const ScorecardRow = ({ card }: { card: Scorecard }) => {
  const { commitments: c, coverage } = card;
  return (
    <tr>
      <td>
        <Link
          className="table__link"
          to={`/team-members/${encodeURIComponent(card.teamMember.id)}`}
        >
          {card.teamMember.name}
        </Link>
        {card.teamMember.title !== null ? (
          <span className="table__secondary">{card.teamMember.title}</span>
        ) : null}
      </td>
      <td className="tabular">
        {formatRate(c.onTimeRate)}
        <span className="table__secondary">
          {c.kept} kept, {c.keptLate} late, {c.broken} broken; {c.open} open
        </span>
      </td>
      <td>
        {card.accounts.count === 0 ? (
          <span className="table__secondary">None owned</span>
        ) : (
          <>
            <span className="tabular">{plural(card.accounts.count, 'account', 'accounts')}</span>
            <TrustMoves moves={card.accounts.trust} />
          </>
        )}
      </td>
      <td>
        {card.stakeholders.count === 0 ? (
          '—'
        ) : (
          <>
            <MoveText move={card.stakeholders.personalTrust} />
            <span className="table__secondary">
              {plural(card.stakeholders.count, 'stakeholder', 'stakeholders')}
            </span>
          </>
        )}
      </td>
      <td className="tabular">
        {plural(coverage.relationshipsStarted, 'relationship', 'relationships')}
        <span className="table__secondary">
          +{plural(coverage.stakeholdersNewlyReached.length, 'person', 'people')}, +
          {plural(coverage.levelsNewlyReached.length, 'level', 'levels')}
        </span>
      </td>
      <td className="tabular">
        {card.value.delivered}
        {card.value.latest !== null ? (
          <span className="table__secondary">last {formatDate(card.value.latest.deliveredOn)}</span>
        ) : null}
      </td>
      <td className="tabular">
        {card.pulses.count}
        {card.pulses.averages !== null ? (
          <span className="table__secondary">
            trust {formatAnswer(card.pulses.averages.trust)}/5
          </span>
        ) : null}
      </td>
      <td className="tabular scorecard-short">
        {card.opportunities.won.count}
        <span className="table__secondary">{formatAmounts(card.opportunities.won.amounts)}</span>
      </td>
      <td className="tabular">
        {card.opportunities.open.count}
        <span className="table__secondary">{formatAmounts(card.opportunities.open.amounts)}</span>
      </td>
    </tr>
  );
};

/**
 * The team scorecard: for each team member, the long game (promises kept, the trust of the
 * accounts and people they carry, coverage gained, value, pulses) beside the short game (deals
 * won, pipeline), over a period, with a CSV download.
 */
export const ScorecardPage = () => {
  useDocumentTitle('Scorecard');
  const [params, setParams] = useSearchParams();
  const fallback = defaultPeriod();
  const period: ScorecardPeriod = {
    from: params.get('from') ?? fallback.from,
    to: params.get('to') ?? fallback.to,
  };
  const list = useCursorList<Scorecard>(JSON.stringify(period), (cursor, signal) =>
    listScorecards({ ...period, cursor, limit: 50 }, signal),
  );
  const onPeriod = (next: ScorecardPeriod) =>
    setParams(
      (previous) => {
        const updated = new URLSearchParams(previous);
        updated.set('from', next.from);
        updated.set('to', next.to);
        return updated;
      },
      { replace: true },
    );

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Scorecard</h1>
          <p className="page__subtitle">
            What each of us builds for the long run, beside the deals of this period.
          </p>
        </div>
        <div className="page__actions">
          <a className="button button--secondary" href={scorecardCsvUrl(period)} download>
            Download CSV
          </a>
        </div>
      </header>
      <section className="card" aria-label="Period">
        <PeriodPicker period={period} onChange={onPeriod} />
      </section>
      {list.problem !== null ? (
        <Alert title={list.problem.title}>{list.problem.detail}</Alert>
      ) : null}
      <div className="card card--flush scorecard-table">
        <table className="table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Team member
              </th>
              <th scope="colgroup" colSpan={6} className="scorecard-game">
                The long game
              </th>
              <th scope="colgroup" colSpan={2} className="scorecard-game scorecard-short">
                The short game
              </th>
            </tr>
            <tr>
              <th scope="col">Promises on time</th>
              <th scope="col">Their accounts’ trust</th>
              <th scope="col">Stakeholders’ trust in them</th>
              <th scope="col">Coverage gained</th>
              <th scope="col">Value given</th>
              <th scope="col">Pulses</th>
              <th scope="col" className="scorecard-short">
                Won
              </th>
              <th scope="col">Pipeline</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((card) => (
              <ScorecardRow key={card.teamMember.id} card={card} />
            ))}
          </tbody>
        </table>
        <ListStatus list={list} emptyText="No team members yet." />
      </div>
      <LoadMore list={list} showCount />
    </div>
  );
};
