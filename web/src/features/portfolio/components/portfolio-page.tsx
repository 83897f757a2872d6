import { dimensions, labels, limits } from '@fulcrum/core';
import type { Dimension } from '@fulcrum/core';
import { lazy, Suspense, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { CheckboxField, SelectField } from '../../../ui/field.tsx';
import { formatDate } from '../../../ui/format.ts';
import { ListStatus, LoadMore } from '../../../ui/list-status.tsx';
import { RecordTable } from '../../../ui/record-table.tsx';
import { Loading } from '../../../ui/section.tsx';
import { SortHeader } from '../../../ui/sort-header.tsx';
import { useDebouncedValue } from '../../../ui/use-debounced-value.ts';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { useSearchParamUpdater } from '../../../ui/use-search-param-updater.ts';
import { useTeamMemberOptions } from '../../team-members/hooks/use-team-member-options.ts';
import {
  changeArrow,
  changeTone,
  formatChange,
  formatPercent,
  toPoints,
} from '../../trust/format.ts';
import { getPortfolioHistory, listPortfolio } from '../api.ts';
import type { PortfolioDimension, PortfolioRow } from '../api.ts';
import '../portfolio.css';

// The chart library is most of the bundle; it loads once the page shows.
const TrustHistoryChart = lazy(() =>
  import('../../trust/components/trust-history-chart.tsx').then((module) => ({
    default: module.TrustHistoryChart,
  })),
);

const defaultSort = 'name';

/** One dimension's cell: expected trust (✓ when enough), its 30-day move and its uncertainty. */
const ScoreCell = ({ dimension, trust }: { dimension: Dimension; trust: PortfolioDimension }) => (
  <td
    title={`${labels.dimension[dimension]}: ${formatPercent(trust.expected)} expected, ${formatPercent(trust.uncertainty)} uncertain, ${formatChange(trust.change30Days)} in 30 days and ${formatChange(trust.change90Days)} in 90, from ${trust.evidenceCount} piece(s) of evidence`}
  >
    <span className="portfolio-score">
      <span>
        <span
          className={`portfolio-score__value${trust.isEnough ? ' portfolio-score__value--enough' : ''}`}
        >
          {formatPercent(trust.expected)}
        </span>{' '}
        <span className={`trust-change trust-change--${changeTone(trust.change30Days)}`}>
          <span aria-hidden="true">{changeArrow(trust.change30Days)}</span>
          {toPoints(trust.change30Days) === 0 ? '' : ` ${formatChange(trust.change30Days)}`}
        </span>
      </span>
      <span className="portfolio-score__meta">± {formatPercent(trust.uncertainty)}</span>
    </span>
  </td>
);

const AccountCell = ({ row }: { row: PortfolioRow }) => (
  <td>
    <Link className="table__link" to={`/accounts/${encodeURIComponent(row.accountId)}`}>
      {row.name}
    </Link>
    {row.isFalling || row.isSingleThreaded ? (
      <span className="portfolio-flags">
        {row.isFalling ? (
          <span
            title={`Fell more than the alert threshold in 30 days: ${row.fallingDimensions.map((d) => labels.dimension[d]).join(', ')}`}
          >
            <Badge tone="danger">Falling</Badge>
          </span>
        ) : null}
        {row.isSingleThreaded ? (
          <span
            title={`Every relationship runs through ${row.singleThreads.map((t) => t.personName).join(' and ')}`}
          >
            <Badge tone="warning">Single-threaded</Badge>
          </span>
        ) : null}
      </span>
    ) : null}
  </td>
);

/**
 * The portfolio: every live account with the four dimensions at a glance (score, 30-day move,
 * uncertainty), open alerts and overdue promises, sortable and filterable by owner, falling trust,
 * single-threading and overdue commitments, under a chart of the workspace's trust over time.
 */
export const PortfolioPage = () => {
  useDocumentTitle('Portfolio');
  const [params] = useSearchParams();
  const updateParam = useSearchParamUpdater();
  const sort = params.get('sort') ?? defaultSort;
  // Filters are held here and mirrored to the address (so a filtered view can be shared), which
  // keeps the controls answering at once while the address updates.
  const [filters, setFilters] = useState(() => ({
    owner: params.get('owner') ?? '',
    falling: params.get('falling') === 'true',
    singleThreaded: params.get('singleThreaded') === 'true',
    overdue: params.get('overdue') === 'true',
  }));
  const { owner } = filters;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(search.trim());
  const searchId = useId();
  const owners = useTeamMemberOptions();

  const setFilter = <K extends keyof typeof filters>(key: K, value: (typeof filters)[K]) => {
    setFilters((previous) => ({ ...previous, [key]: value }));
    updateParam(key, value === true ? 'true' : value === false ? null : String(value));
  };

  const query = {
    q: q === '' ? undefined : q,
    sort,
    owner: owner === '' ? undefined : owner,
    falling: filters.falling ? true : undefined,
    singleThreaded: filters.singleThreaded ? true : undefined,
    overdue: filters.overdue ? true : undefined,
  };
  const list = useCursorList<PortfolioRow>(JSON.stringify(query), (cursor, signal) =>
    listPortfolio({ ...query, cursor, limit: limits.pageSizeDefault }, signal),
  );
  const onSort = (value: string) => updateParam('sort', value);
  const isFiltered =
    query.q !== undefined ||
    query.owner !== undefined ||
    query.falling === true ||
    query.singleThreaded === true ||
    query.overdue === true;
  const ownerLabel =
    owner === 'none'
      ? 'accounts without an owner'
      : owner === ''
        ? 'every live account'
        : `the accounts of ${owners.options?.find((o) => o.value === owner)?.label ?? 'this owner'}`;

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Portfolio</h1>
          <p className="page__subtitle">
            {list.isLoading
              ? '\u00a0'
              : `${list.total} ${list.total === 1 ? 'account' : 'accounts'}${isFiltered ? ' match the filters' : ''}`}
          </p>
        </div>
        <div className="page__actions">
          <Link to="/scorecard" className="button button--secondary">
            Team scorecard
          </Link>
        </div>
      </header>

      <section className="card" aria-label="Filters">
        <div className="portfolio-filters">
          <div className="toolbar__search">
            <label htmlFor={searchId} className="visually-hidden">
              Search accounts
            </label>
            <input
              id={searchId}
              className="input"
              type="search"
              placeholder="Search accounts"
              value={search}
              maxLength={limits.searchMax}
              onChange={(event) => {
                setSearch(event.target.value);
                updateParam('q', event.target.value.trim());
              }}
            />
          </div>
          <div className="portfolio-filters__owner">
            <SelectField
              label="Owner"
              value={owner}
              onChange={(value) => setFilter('owner', value)}
              options={[{ value: 'none', label: 'No owner' }, ...(owners.options ?? [])]}
              placeholder="Everyone"
            />
          </div>
          <CheckboxField
            label="Falling trust"
            checked={filters.falling}
            onChange={(checked) => setFilter('falling', checked)}
          />
          <CheckboxField
            label="Single-threaded"
            checked={filters.singleThreaded}
            onChange={(checked) => setFilter('singleThreaded', checked)}
          />
          <CheckboxField
            label="Overdue commitments"
            checked={filters.overdue}
            onChange={(checked) => setFilter('overdue', checked)}
          />
        </div>
      </section>

      {list.problem !== null ? (
        <Alert title={list.problem.title}>{list.problem.detail}</Alert>
      ) : null}

      <div className="card card--flush portfolio-table">
        <RecordTable
          hasActions={false}
          columns={
            <>
              <SortHeader field="name" sort={sort} onSort={onSort}>
                Account
              </SortHeader>
              <SortHeader field="owner" sort={sort} onSort={onSort}>
                Owner
              </SortHeader>
              {dimensions.map((dimension) => (
                <SortHeader key={dimension} field={dimension} sort={sort} onSort={onSort}>
                  {labels.dimension[dimension]}
                </SortHeader>
              ))}
              <SortHeader field="change30Days" sort={sort} onSort={onSort}>
                30-day low
              </SortHeader>
              <SortHeader field="openAlerts" sort={sort} onSort={onSort}>
                Alerts
              </SortHeader>
              <SortHeader field="overdue" sort={sort} onSort={onSort}>
                Overdue
              </SortHeader>
              <SortHeader field="lastEvidenceAt" sort={sort} onSort={onSort}>
                Last evidence
              </SortHeader>
            </>
          }
        >
          {list.items.map((row) => (
            <tr key={row.accountId}>
              <AccountCell row={row} />
              <td>
                {row.owner === null ? (
                  '—'
                ) : (
                  <Link to={`/team-members/${encodeURIComponent(row.owner.teamMemberId)}`}>
                    {row.owner.name}
                  </Link>
                )}
              </td>
              {dimensions.map((dimension) => (
                <ScoreCell
                  key={dimension}
                  dimension={dimension}
                  trust={row.dimensions[dimension]}
                />
              ))}
              <td className={`tabular trust-change--${changeTone(row.lowestChange30Days)}`}>
                {formatChange(row.lowestChange30Days)}
              </td>
              <td className="tabular">
                {row.openAlerts.total}
                {row.openAlerts.high > 0 ? (
                  <span className="table__secondary">{row.openAlerts.high} high</span>
                ) : null}
              </td>
              <td className="tabular">
                {row.overdueCommitments.total}
                {row.overdueCommitments.total > 0 ? (
                  <span className="table__secondary">
                    {[
                      row.overdueCommitments.ours > 0 ? `${row.overdueCommitments.ours} ours` : '',
                      row.overdueCommitments.theirs > 0
                        ? `${row.overdueCommitments.theirs} theirs`
                        : '',
                    ]
                      .filter((part) => part !== '')
                      .join(', ')}
                  </span>
                ) : null}
              </td>
              <td className="tabular">{formatDate(row.lastEvidenceAt?.slice(0, 10))}</td>
            </tr>
          ))}
        </RecordTable>
        <ListStatus
          list={list}
          emptyText={isFiltered ? 'No account matches these filters.' : 'No accounts yet.'}
        />
      </div>
      <LoadMore list={list} showCount />

      <section className="card" aria-label="Trust across the portfolio">
        <Suspense fallback={<Loading label="Loading the chart…" />}>
          <TrustHistoryChart
            title={`Trust over time: ${ownerLabel}`}
            historyKey={`portfolio:${owner}`}
            loadHistory={(range, signal) =>
              getPortfolioHistory({ ...range, owner: owner === '' ? undefined : owner }, signal)
            }
          />
        </Suspense>
        <p className="trust-history__note">
          Every account’s evidence counts as if they were one account, so an account weighs as much
          as there is evidence about it; the owner filter applies here, the others do not. In the
          table, ✓ marks trust that is enough, the arrow its move over 30 days and ± its
          uncertainty.
        </p>
      </section>
    </div>
  );
};
