import {
  commitmentStatusLabels,
  defaultDigestSettings,
  describeDaysLeft,
  labels,
  limits,
} from '@fulcrum/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert as Notice } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { SelectField, TextField } from '../../../ui/field.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { EmptyState, Loading, Section } from '../../../ui/section.tsx';
import { useDebouncedValue } from '../../../ui/use-debounced-value.ts';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { useSearchParamUpdater } from '../../../ui/use-search-param-updater.ts';
import type { Alert } from '../../alerts/api.ts';
import { AlertList, severityTone } from '../../alerts/components/alert-list.tsx';
import { listTeamMembers } from '../../team-members/api.ts';
import { changeArrow, formatChange, formatPercent } from '../../trust/format.ts';
import { getDigest } from '../api.ts';
import type { Digest, DigestList, DueCommitment } from '../api.ts';
import { commitmentPath, utcToday } from '../format.ts';
import '../digest.css';

const { dueWithinDays, trustMoveMin } = defaultDigestSettings;

const accountLink = (item: { accountId: string; accountName: string }) => (
  <Link to={`/accounts/${encodeURIComponent(item.accountId)}`}>{item.accountName}</Link>
);

/** One list of the digest under its own heading, with what was left out. */
const Part = <T,>({
  title,
  list,
  empty,
  render,
}: {
  title: string;
  list: DigestList<T>;
  empty: string;
  render: (item: T) => ReactNode;
}) => (
  <div className="digest-part" role="group" aria-label={title}>
    <h3 className="digest-part__title">
      {title} <span className="digest-part__count">{list.total}</span>
    </h3>
    {list.total === 0 ? (
      <EmptyState>{empty}</EmptyState>
    ) : (
      <ul className="digest-part__list">{list.items.map(render)}</ul>
    )}
    {list.total > list.items.length ? (
      <p className="digest-part__more">… and {list.total - list.items.length} more.</p>
    ) : null}
  </div>
);

const DueItem = ({ item }: { item: DueCommitment }) => (
  <li aria-label={item.text}>
    <Link to={commitmentPath(item.accountId, item.commitmentId)}>{item.text}</Link>
    <span className="digest-item__meta">
      {accountLink(item)} · due {formatDate(item.dueOn)} ({describeDaysLeft(item.daysLeft)}) ·{' '}
      {item.side === 'ours' ? `to ${item.recipientName ?? 'them'}` : `from ${item.ownerName}`}
      {item.status === 'proposed' ? ' · not agreed yet' : ''}
    </span>
  </li>
);

const AlertTitle = ({ alert }: { alert: Alert }) => (
  <li aria-label={alert.title}>
    <Badge tone={severityTone[alert.severity]}>{alert.severity}</Badge> {alert.title}
    <span className="digest-item__meta">{accountLink(alert)}</span>
  </li>
);

/** The three parts of a digest. */
const DigestSections = ({ digest }: { digest: Digest }) => {
  const { changed, due } = digest;
  const [changedAlerts, setChangedAlerts] = useState<Record<string, Alert>>({});
  return (
    <>
      <Section
        title="What changed"
        description={`From ${formatDate(digest.week.start)} to ${formatDate(digest.week.end)} on the accounts ${digest.teamMember.name} carries.`}
      >
        <div className="digest-grid">
          <Part
            title="Trust moves"
            list={changed.trustMoves}
            empty={`No dimension moved by more than ${Math.round(trustMoveMin * 100)} points.`}
            render={(move) => (
              <li key={`${move.accountId}:${move.dimension}`}>
                {accountLink(move)}: {labels.dimension[move.dimension].toLowerCase()} trust{' '}
                {formatPercent(move.before)} → {formatPercent(move.after)}{' '}
                <span className={`trust-change trust-change--${move.change > 0 ? 'up' : 'down'}`}>
                  <span aria-hidden="true">{changeArrow(move.change)}</span>{' '}
                  {formatChange(move.change)}
                </span>
              </li>
            )}
          />
          <Part
            title="Commitments that moved"
            list={changed.commitmentChanges}
            empty="No commitment changed status."
            render={(c) => (
              <li key={`${c.commitmentId}:${c.onDay}:${c.toStatus}`} aria-label={c.text}>
                <Link to={commitmentPath(c.accountId, c.commitmentId)}>{c.text}</Link>
                <span className="digest-item__meta">
                  {accountLink(c)} · {c.ownerName} · {commitmentStatusLabels[c.fromStatus]} →{' '}
                  {commitmentStatusLabels[c.toStatus]} on {formatDate(c.onDay)}
                </span>
              </li>
            )}
          />
          <Part
            title="Pulses received"
            list={changed.pulses}
            empty="No pulse answered this week."
            render={(p) => (
              <li key={p.pulseId}>
                {p.stakeholderName ?? 'Someone'} at {accountLink(p)}: trust {p.trustAnswer}, value{' '}
                {p.valueAnswer}, backing {p.backingAnswer}
                {p.lowestAnswer <= 2 ? (
                  <>
                    {' '}
                    <Badge tone="danger">low</Badge>
                  </>
                ) : null}
                {p.comment !== null ? <q className="digest-item__quote">{p.comment}</q> : null}
                <span className="digest-item__meta">{formatDateTime(p.answeredAt)}</span>
              </li>
            )}
          />
          <Part
            title="Stakeholders who left"
            list={changed.stakeholdersLeft}
            empty="Nobody left."
            render={(s) => (
              <li key={s.stakeholderId}>
                {s.name} ({labels.buyingRole[s.buyingRole].toLowerCase()}) left {accountLink(s)} on{' '}
                {formatDate(s.leftOn)}
              </li>
            )}
          />
          <Part
            title="New alerts"
            list={changed.newAlerts}
            empty="No new alert."
            render={(alert) => <AlertTitle key={alert.id} alert={alert} />}
          />
        </div>
      </Section>
      <Section
        title="What is due"
        description="Open at the end of the week: their own commitments, and what the customer owes them."
      >
        <div className="digest-grid">
          <Part
            title="Overdue"
            list={due.overdue}
            empty="Nothing overdue."
            render={(item) => <DueItem key={item.commitmentId} item={item} />}
          />
          <Part
            title={`Due in the next ${dueWithinDays} days`}
            list={due.dueSoon}
            empty={`Nothing due in the next ${dueWithinDays} days.`}
            render={(item) => <DueItem key={item.commitmentId} item={item} />}
          />
          <Part
            title="Owed by the customer"
            list={due.owedToThem}
            empty="The customer owes them nothing due soon."
            render={(item) => <DueItem key={item.commitmentId} item={item} />}
          />
        </div>
      </Section>
      <Section
        title="What to do"
        description="Open alerts on their accounts or owned by them, most severe first, each with a next step."
      >
        <AlertList
          label="Alerts to act on"
          showAccount
          alerts={digest.toDo.items.map((a) => changedAlerts[a.id] ?? a)}
          onChanged={(alert) =>
            setChangedAlerts((previous) => ({ ...previous, [alert.id]: alert }))
          }
        />
        {digest.toDo.total > digest.toDo.items.length ? (
          <p className="digest-part__more">
            … and {digest.toDo.total - digest.toDo.items.length} more on the{' '}
            <Link to="/alerts">alerts page</Link>.
          </p>
        ) : null}
      </Section>
    </>
  );
};

/** The weekly digest of a team member (by default, you): pick whose and which week. */
export const DigestPage = () => {
  useDocumentTitle('Weekly digest');
  const [params] = useSearchParams();
  const updateParam = useSearchParamUpdater();
  const teamMemberId = params.get('teamMemberId') ?? '';
  const weekEnding = params.get('weekEnding') ?? '';
  const digest = useResource(`${teamMemberId}|${weekEnding}`, (signal) =>
    getDigest(
      {
        teamMemberId: teamMemberId === '' ? undefined : teamMemberId,
        weekEnding: weekEnding === '' ? undefined : weekEnding,
      },
      signal,
    ),
  );
  const [memberSearch, setMemberSearch] = useState('');
  const memberQuery = useDebouncedValue(memberSearch);
  const members = useResource(`team-members|${memberQuery}`, (signal) =>
    listTeamMembers({ q: memberQuery, sort: 'name', limit: limits.pageSizeMax }, signal),
  );
  const shownMember = teamMemberId !== '' ? teamMemberId : (digest.data?.teamMember.id ?? '');
  const memberOptions = (members.data?.data ?? []).map((m) => ({ value: m.id, label: m.name }));
  // The member shown is always a choice, even when a search or the page size leaves them out.
  if (digest.data !== null && !memberOptions.some((o) => o.value === digest.data!.teamMember.id)) {
    memberOptions.unshift({ value: digest.data.teamMember.id, label: digest.data.teamMember.name });
  }
  const hasMoreMembers =
    members.data !== null && members.data.page.total > members.data.data.length;
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Weekly digest</h1>
          <p className="page__subtitle">
            {digest.data?.summary ?? 'What changed, what is due and what to do, for one of us.'}
          </p>
        </div>
      </header>
      <div className="toolbar digest-toolbar">
        <SelectField
          label="Team member"
          value={shownMember}
          onChange={(value) => updateParam('teamMemberId', value)}
          options={memberOptions}
          placeholder={shownMember === '' ? 'Choose a team member' : undefined}
        />
        {hasMoreMembers || memberSearch !== '' ? (
          <TextField
            label="Find a team member"
            type="search"
            value={memberSearch}
            onChange={setMemberSearch}
          />
        ) : null}
        <TextField
          label="Week ending"
          type="date"
          value={weekEnding !== '' ? weekEnding : (digest.data?.week.end ?? utcToday())}
          max={utcToday()}
          onChange={(value) => updateParam('weekEnding', value)}
        />
      </div>
      {digest.problem !== null ? <Notice>{digest.problem.detail}</Notice> : null}
      {digest.isLoading && digest.problem === null ? <Loading label="Loading the digest…" /> : null}
      {digest.data !== null && !digest.isLoading && digest.problem === null ? (
        <DigestSections
          key={`${digest.data.teamMember.id}|${digest.data.week.end}`}
          digest={digest.data}
        />
      ) : null}
    </div>
  );
};
