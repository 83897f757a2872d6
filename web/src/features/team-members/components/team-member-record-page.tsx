import { limits } from '@fulcrum/core';
import { Link, useParams } from 'react-router';
import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { formatDate } from '../../../ui/format.ts';
import { RecordTable } from '../../../ui/record-table.tsx';
import { EmptyState, Loading, Section } from '../../../ui/section.tsx';
import { Stat } from '../../../ui/stat.tsx';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { listAccounts } from '../../accounts/api.ts';
import { getTeamMemberCommitmentRecord } from '../../commitments/api.ts';
import type { Commitment, CommitmentRecord } from '../../commitments/api.ts';
import { CommitmentStatusBadges } from '../../commitments/components/commitment-status-badges.tsx';
import { formatRate } from '../../commitments/format.ts';
import { ScorecardSection } from '../../scorecard/components/scorecard-section.tsx';
import { changeArrow, changeTone, formatChange, toPoints } from '../../trust/format.ts';

/** The trend of the last five closed commitments against the whole record. */
const Trend = ({ record }: { record: CommitmentRecord }) => {
  if (record.onTimeRate === null || record.recentOnTimeRate === null) {
    return <span className="record-stat__note">Nothing closed yet</span>;
  }
  const change = record.recentOnTimeRate - record.onTimeRate;
  return (
    <span className={`trust-change trust-change--${changeTone(change)}`}>
      <span aria-hidden="true">{changeArrow(change)}</span>{' '}
      {toPoints(change) === 0 ? 'steady' : formatChange(change)} against the whole record
    </span>
  );
};

/** A short table of commitments, each linked to its account. */
const CommitmentTable = ({
  title,
  description,
  commitments,
  accountNames,
  emptyText,
}: {
  title: string;
  description: string;
  commitments: Commitment[];
  accountNames: ReadonlyMap<string, string>;
  emptyText: string;
}) => (
  <Section title={title} description={description}>
    {commitments.length === 0 ? (
      <EmptyState>{emptyText}</EmptyState>
    ) : (
      <RecordTable
        hasActions={false}
        columns={
          <>
            <th scope="col">Due</th>
            <th scope="col">Commitment</th>
            <th scope="col">Recipient</th>
            <th scope="col">Status</th>
          </>
        }
      >
        {commitments.map((commitment) => (
          <tr key={commitment.id}>
            <td className="tabular">{formatDate(commitment.dueOn)}</td>
            <td>
              <span className="table__primary">{commitment.text}</span>
              <Link
                className="table__secondary"
                to={`/accounts/${encodeURIComponent(commitment.accountId)}`}
              >
                {accountNames.get(commitment.accountId) ?? 'Open the account'}
              </Link>
            </td>
            <td>{commitment.recipientName ?? '—'}</td>
            <td>
              <CommitmentStatusBadges commitment={commitment} />
            </td>
          </tr>
        ))}
      </RecordTable>
    )}
  </Section>
);

/** One team member's promise-keeping record: rates, counts, trend, and what is overdue or due. */
export const TeamMemberRecordPage = () => {
  const { teamMemberId = '' } = useParams();
  const record = useResource(teamMemberId, (signal) =>
    getTeamMemberCommitmentRecord(teamMemberId, signal),
  );
  const accounts = useResource('accounts', (signal) =>
    listAccounts({ sort: 'name', limit: limits.pageSizeMax, archived: 'any' }, signal),
  );
  const accountNames = new Map(
    (accounts.data?.data ?? []).map((account) => [account.id, account.name]),
  );
  useDocumentTitle(record.data?.name ?? null);

  const breadcrumb = (
    <p className="breadcrumb">
      <Link to="/team-members">← Team members</Link>
    </p>
  );
  if (record.problem !== null) {
    return (
      <div className="page">
        {breadcrumb}
        <Alert
          title={record.problem.status === 404 ? 'Team member not found' : record.problem.title}
        >
          {record.problem.detail}
        </Alert>
      </div>
    );
  }
  if (record.data === null) return <Loading label="Loading the record…" />;

  const { name, overdue, dueSoon, recent } = record.data;
  const counts = record.data.record;
  return (
    <div className="page">
      {breadcrumb}
      <header className="page__header">
        <div>
          <h1 className="page__title">{name}</h1>
          <p className="page__subtitle">How {name} keeps the promises made to accounts.</p>
        </div>
        <Link
          className="button button--secondary"
          to={`/digest?teamMemberId=${encodeURIComponent(teamMemberId)}`}
        >
          Weekly digest
        </Link>
      </header>
      <section className="card" aria-label="Promise-keeping record">
        <dl className="record-stats">
          <Stat
            label="On time"
            value={formatRate(counts.onTimeRate)}
            note="of the commitments kept, kept late or broken"
          />
          <Stat
            label="Last five"
            value={formatRate(counts.recentOnTimeRate)}
            note={<Trend record={counts} />}
          />
          <Stat label="Kept" value={String(counts.kept)} />
          <Stat label="Kept late" value={String(counts.keptLate)} />
          <Stat label="Broken" value={String(counts.broken)} />
          <Stat label="Renegotiated" value={String(counts.renegotiated)} />
          <Stat label="Released" value={String(counts.released)} />
          <Stat label="Open" value={String(counts.open)} />
          <Stat
            label="Proven capacity"
            value={String(counts.mostKeptOnTimeIn14Days)}
            note="most kept on time within 14 days"
          />
        </dl>
      </section>
      <ScorecardSection teamMemberId={teamMemberId} />
      <CommitmentTable
        title="Overdue"
        description="Open commitments past their due date."
        commitments={overdue}
        accountNames={accountNames}
        emptyText="Nothing overdue."
      />
      <CommitmentTable
        title="Due soon"
        description="Open commitments due in the coming days."
        commitments={dueSoon}
        accountNames={accountNames}
        emptyText="Nothing due soon."
      />
      <CommitmentTable
        title="Recent commitments"
        description="The latest commitments, open or closed."
        commitments={recent}
        accountNames={accountNames}
        emptyText="No commitments yet."
      />
    </div>
  );
};
