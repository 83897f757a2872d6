import { type AlertRule, type AlertSeverity, compareSeverity } from '../alerts/rules.ts';
import { addDays, daysBetween } from '../calendar.ts';
import { plural } from '../wording.ts';
import type { CommitmentSide, CommitmentStatus } from '../commitments/lifecycle.ts';
import type { BuyingRole, Dimension } from '../model/index.ts';

/** The figures that shape a digest; every one is a setting, these are the defaults. */
export type DigestSettings = {
  /** A dimension that moved by more than this (0–1) during the week is a trust move. */
  trustMoveMin: number;
  /** "Due soon" means due from the week's last day to this many days after it. */
  dueWithinDays: number;
  /** Items shown per list; the total says how many there were. */
  listLimit: number;
};

/** Default digest settings: moves of more than 5 points, a 7-day horizon, 50 items per list. */
export const defaultDigestSettings: DigestSettings = {
  trustMoveMin: 0.05,
  dueWithinDays: 7,
  listLimit: 50,
};

/** The days a digest covers: the seven days up to and including `weekEnding`. */
export type DigestWeek = { start: string; end: string };

/** The week ending on a day (YYYY-MM-DD): that day and the six before it. */
export const digestWeekOf = (weekEnding: string): DigestWeek => ({
  start: addDays(weekEnding, -6),
  end: weekEnding,
});

/** An account the member carries. */
export type DigestAccount = { id: string; name: string };

/** One dimension of one account, at the week's start and at its end (expected trust, 0–1). */
export type DigestTrustPoint = {
  accountId: string;
  accountName: string;
  dimension: Dimension;
  before: number;
  after: number;
};

/** A commitment whose status changed during the week. */
export type DigestCommitmentEvent = {
  commitmentId: string;
  accountId: string;
  accountName: string;
  text: string;
  side: CommitmentSide;
  ownerName: string;
  fromStatus: CommitmentStatus;
  toStatus: CommitmentStatus;
  onDay: string;
};

/** A pulse answered during the week. */
export type DigestPulse = {
  pulseId: string;
  accountId: string;
  accountName: string;
  stakeholderId: string | null;
  stakeholderName: string | null;
  /** ISO-8601. */
  answeredAt: string;
  trustAnswer: number;
  valueAnswer: number;
  backingAnswer: number;
  comment: string | null;
};

/** A stakeholder who left during the week. */
export type DigestStakeholderLeft = {
  stakeholderId: string;
  accountId: string;
  accountName: string;
  name: string;
  buyingRole: BuyingRole;
  leftOn: string;
};

/** A commitment that was open at the week's end with a due date. */
export type DigestOpenCommitment = {
  commitmentId: string;
  accountId: string;
  accountName: string;
  text: string;
  side: CommitmentSide;
  status: CommitmentStatus;
  ownerName: string;
  ownerTeamMemberId: string | null;
  recipientName: string | null;
  recipientTeamMemberId: string | null;
  dueOn: string;
};

/** An alert on one of the member's accounts or owned by them, as it stands now. */
export type DigestAlert = {
  id: string;
  accountId: string;
  accountName: string;
  rule: AlertRule;
  severity: AlertSeverity;
  title: string;
  reason: string;
  suggestion: string;
  status: 'open' | 'acknowledged' | 'snoozed' | 'resolved';
  /** ISO-8601. */
  raisedAt: string;
};

/** Everything that happened around one member in one week, gathered by the server. */
export type DigestFacts = {
  teamMember: { id: string; name: string };
  /** The week's last day, YYYY-MM-DD. */
  weekEnding: string;
  accounts: DigestAccount[];
  trust: DigestTrustPoint[];
  commitmentEvents: DigestCommitmentEvent[];
  pulses: DigestPulse[];
  stakeholdersLeft: DigestStakeholderLeft[];
  /** Their own commitments, and the customer's ones owed to them or to nobody in particular. */
  openCommitments: DigestOpenCommitment[];
  alerts: DigestAlert[];
  settings?: Partial<DigestSettings>;
};

/** A list of a digest: the first items and how many there are in all. */
export type DigestList<T> = { items: T[]; total: number };

/** A dimension that moved during the week, before → after. */
export type DigestTrustMove = DigestTrustPoint & { change: number };
/** A commitment that is due, with how far it is from its due date. */
export type DigestDueItem = DigestOpenCommitment & {
  /** Days from the week's end to the due date: negative when overdue. */
  daysLeft: number;
};

/** One member's week: what changed, what is due, what to do, and a line that sums it up. */
export type Digest = {
  teamMember: { id: string; name: string };
  week: DigestWeek;
  accounts: DigestAccount[];
  summary: string;
  changed: {
    trustMoves: DigestList<DigestTrustMove>;
    commitmentChanges: DigestList<DigestCommitmentEvent>;
    pulses: DigestList<DigestPulse & { lowestAnswer: number }>;
    stakeholdersLeft: DigestList<DigestStakeholderLeft>;
    newAlerts: DigestList<DigestAlert>;
  };
  due: {
    overdue: DigestList<DigestDueItem>;
    dueSoon: DigestList<DigestDueItem>;
    owedToThem: DigestList<DigestDueItem>;
  };
  toDo: DigestList<DigestAlert>;
};

// Moves are compared in whole hundredths of a point so 0.65 − 0.60 is not "more than 0.05".
const roundChange = (value: number) => Math.round(value * 10_000) / 10_000;

const listOf = <T>(items: T[], limit: number): DigestList<T> => ({
  items: items.slice(0, limit),
  total: items.length,
});

const summarise = (
  digest: Omit<Digest, 'summary'>,
  settings: DigestSettings,
  highAlerts: number,
): string => {
  const { changed, due, toDo } = digest;
  const left = changed.stakeholdersLeft.total;
  const changedText = [
    changed.trustMoves.total > 0 ? plural(changed.trustMoves.total, 'trust move') : null,
    changed.commitmentChanges.total > 0
      ? plural(changed.commitmentChanges.total, 'commitment change')
      : null,
    changed.pulses.total > 0 ? plural(changed.pulses.total, 'pulse') : null,
    left > 0 ? `${plural(left, 'stakeholder')} left` : null,
    changed.newAlerts.total > 0 ? plural(changed.newAlerts.total, 'new alert') : null,
  ].filter((part) => part !== null);
  const dueText = [
    due.overdue.total > 0 ? `${due.overdue.total} overdue` : null,
    due.dueSoon.total > 0 ? `${due.dueSoon.total} due in ${settings.dueWithinDays} days` : null,
    due.owedToThem.total > 0 ? `${due.owedToThem.total} owed by customers` : null,
  ].filter((part) => part !== null);
  const toDoText =
    toDo.total === 0
      ? 'no open alerts'
      : `${plural(toDo.total, 'alert')} to act on${highAlerts > 0 ? `, ${highAlerts} high` : ''}`;
  return `${digest.teamMember.name}, ${plural(digest.accounts.length, 'account')}, week ending ${digest.week.end}: ${changedText.length > 0 ? changedText.join(', ') : 'nothing changed'}; ${dueText.length > 0 ? dueText.join(', ') : 'nothing due'}; ${toDoText}.`;
};

/**
 * Builds one member's weekly digest from the facts of the week. "What changed" keeps only trust
 * moves beyond the threshold and events inside the week; "What is due" reads the commitments open
 * at the week's end against its last day; "What to do" lists the alerts raised by then that are
 * still neither resolved nor snoozed, most severe first. Pure: the server gathers the facts.
 */
export const buildDigest = (facts: DigestFacts): Digest => {
  const settings = { ...defaultDigestSettings, ...facts.settings };
  const week = digestWeekOf(facts.weekEnding);
  const limit = settings.listLimit;
  const inWeek = (day: string) => day >= week.start && day <= week.end;

  const trustMoves = facts.trust
    .map((point) => ({ ...point, change: roundChange(point.after - point.before) }))
    .filter((move) => Math.abs(move.change) > settings.trustMoveMin)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  const commitmentChanges = facts.commitmentEvents
    .filter((event) => inWeek(event.onDay))
    .sort((a, b) => (a.onDay === b.onDay ? 0 : a.onDay > b.onDay ? -1 : 1));
  const pulses = facts.pulses
    .filter((pulse) => inWeek(pulse.answeredAt.slice(0, 10)))
    .map((pulse) => ({
      ...pulse,
      lowestAnswer: Math.min(pulse.trustAnswer, pulse.valueAnswer, pulse.backingAnswer),
    }))
    .sort((a, b) => (a.answeredAt > b.answeredAt ? -1 : 1));
  const stakeholdersLeft = facts.stakeholdersLeft
    .filter((s) => inWeek(s.leftOn))
    .sort((a, b) => (a.leftOn > b.leftOn ? -1 : 1));
  const newAlerts = facts.alerts
    .filter((alert) => inWeek(alert.raisedAt.slice(0, 10)))
    .sort((a, b) => compareSeverity(a.severity, b.severity));

  const dueItems = facts.openCommitments
    .map((c) => ({ ...c, daysLeft: daysBetween(week.end, c.dueOn) }))
    .filter((c) => c.daysLeft <= settings.dueWithinDays)
    .sort((a, b) => a.daysLeft - b.daysLeft);
  const isTheirs = (id: string | null) => id === facts.teamMember.id;
  const ours = dueItems.filter((c) => c.side === 'ours' && isTheirs(c.ownerTeamMemberId));
  const owedToThem = dueItems.filter(
    (c) =>
      c.side === 'theirs' &&
      (c.recipientTeamMemberId === null || isTheirs(c.recipientTeamMemberId)),
  );

  const toDo = facts.alerts
    .filter(
      (alert) =>
        alert.status !== 'resolved' &&
        alert.status !== 'snoozed' &&
        alert.raisedAt.slice(0, 10) <= week.end,
    )
    .sort(
      (a, b) =>
        compareSeverity(a.severity, b.severity) ||
        (a.raisedAt > b.raisedAt ? -1 : a.raisedAt < b.raisedAt ? 1 : 0),
    );

  const digest: Omit<Digest, 'summary'> = {
    teamMember: facts.teamMember,
    week,
    accounts: facts.accounts,
    changed: {
      trustMoves: listOf(trustMoves, limit),
      commitmentChanges: listOf(commitmentChanges, limit),
      pulses: listOf(pulses, limit),
      stakeholdersLeft: listOf(stakeholdersLeft, limit),
      newAlerts: listOf(newAlerts, limit),
    },
    due: {
      overdue: listOf(
        ours.filter((c) => c.daysLeft < 0),
        limit,
      ),
      dueSoon: listOf(
        ours.filter((c) => c.daysLeft >= 0),
        limit,
      ),
      owedToThem: listOf(owedToThem, limit),
    },
    toDo: listOf(toDo, limit),
  };
  const highAlerts = toDo.filter((a) => a.severity === 'high').length;
  return { ...digest, summary: summarise(digest, settings, highAlerts) };
};
