import { daysBetween } from '../calendar.ts';
import { assessCommitmentLoad, type CommitmentRecord } from '../commitments/load.ts';
import type { CommitmentSide, CommitmentStatus } from '../commitments/lifecycle.ts';
import type { Coverage } from '../coverage/coverage.ts';
import { type Dimension, dimensions, labels } from '../model/index.ts';
import { type PulseAnswers, pulseQuestionKeys, pulseQuestions } from '../share/share-link.ts';
import { listNames, percent, plural } from '../wording.ts';

/** The rules that raise alerts, one per kind of attention an account needs. */
export const alertRules = [
  'commitment-overdue',
  'trust-fell',
  'uncertainty-high',
  'single-threaded',
  'stakeholder-left',
  'competitor-ahead',
  'owner-over-committed',
  'no-value-delivered',
  'commitment-at-risk',
  'low-pulse',
] as const;
/** One alert rule. */
export type AlertRule = (typeof alertRules)[number];

/** How urgent an alert is. */
export const alertSeverities = ['high', 'medium', 'low'] as const;
/** An alert's urgency. */
export type AlertSeverity = (typeof alertSeverities)[number];

/** Thresholds of the rules; every figure is a setting, these are the defaults. */
export type AlertThresholds = {
  /** A dimension that fell by more than this (0–1) in 30 days raises `trust-fell`. */
  trustFall30Days: number;
  /** Uncertainty at or above this (0–1)… */
  highUncertainty: number;
  /** …with nothing recorded for at least this many days raises `uncertainty-high`. */
  silentDays: number;
  /** No value delivered for this many days raises `no-value-delivered`. */
  valueDeliveryDays: number;
  /** A stakeholder who left this many days ago or less raises `stakeholder-left`. */
  leftWithinDays: number;
  /** `commitment-at-risk` looks at our open commitments due from today to this many days ahead. */
  atRiskWithinDays: number;
  /** …and calls one at risk when it is still only proposed with this many days left or fewer… */
  unagreedWithinDays: number;
  /** …or when its owner kept less than this share (0–1) of their settled commitments on time… */
  weakOnTimeRate: number;
  /** …counted over at least this many settled (kept, kept late or broken) commitments. */
  weakRecordMinSettled: number;
  /** A pulse answer (1–5) at or below this raises `low-pulse`… */
  lowPulseAnswer: number;
  /** …for this many days after it was given, unless a later answer through the same link is
   * above it. */
  lowPulseWithinDays: number;
};

/** Default thresholds. */
export const defaultAlertThresholds: AlertThresholds = {
  trustFall30Days: 0.1,
  highUncertainty: 0.6,
  silentDays: 60,
  valueDeliveryDays: 90,
  leftWithinDays: 180,
  atRiskWithinDays: 7,
  unagreedWithinDays: 3,
  weakOnTimeRate: 0.6,
  weakRecordMinSettled: 5,
  lowPulseAnswer: 2,
  lowPulseWithinDays: 30,
};

/** An open commitment, as the overdue and at-risk rules read it. */
export type AlertCommitment = {
  id: string;
  side: CommitmentSide;
  status: Extract<CommitmentStatus, 'proposed' | 'agreed'>;
  text: string;
  ownerName: string;
  ownerTeamMemberId: string | null;
  recipientName: string | null;
  dueOn: string | null;
};

/** One of our people with open commitments on the account, and their record. */
export type AlertOwner = {
  teamMemberId: string;
  name: string;
  record: CommitmentRecord;
  dueInNext14Days: number;
};

/** One open opportunity with our capability trust and the best competitor estimate. */
export type AlertOpportunity = {
  id: string;
  name: string;
  ourCapability: number;
  leader: { name: string; expected: number } | null;
};

/** A pulse answered through a share link, as the low-pulse rule reads it. */
export type AlertPulse = PulseAnswers & {
  id: string;
  shareLinkId: string;
  stakeholderId: string | null;
  /** Who answered, when the link named one of the account's people. */
  stakeholderName: string | null;
  /** When it was answered, ISO-8601: later answers through the same link can clear a low one. */
  answeredAt: string;
  comment: string | null;
};

/** Everything the rules read about one account, gathered from the read models. */
export type AlertInput = {
  accountId: string;
  accountName: string;
  /** Today as YYYY-MM-DD. */
  today: string;
  /** When the account was created, YYYY-MM-DD: silence is counted from here without evidence. */
  accountCreatedOn: string;
  dimensions: Record<Dimension, { expected: number; uncertainty: number; change30Days: number }>;
  /** Day of the latest evidence on the account, or null. */
  lastEvidenceOn: string | null;
  coverage: Coverage;
  openCommitments: AlertCommitment[];
  owners: AlertOwner[];
  opportunities: AlertOpportunity[];
  /** Day of the latest value delivered to the account, or null. */
  lastValueDeliveredOn: string | null;
  /** The account's pulses of the last `lowPulseWithinDays` days (older ones are ignored). */
  pulses: AlertPulse[];
  /** The account's owner: alerts that concern no one of ours in particular go to them. */
  accountOwnerTeamMemberId?: string | null | undefined;
  thresholds?: Partial<AlertThresholds>;
};

/** What needs attention on an account, why, and what to do about it. */
export type ComputedAlert = {
  rule: AlertRule;
  /** Stable per rule and subject: the same situation raises the same alert once. */
  dedupKey: string;
  severity: AlertSeverity;
  accountId: string;
  subjectType: 'account' | 'commitment' | 'stakeholder' | 'team-member' | 'opportunity' | 'pulse';
  subjectId: string;
  ownerTeamMemberId: string | null;
  title: string;
  reason: string;
  suggestion: string;
  figures: Record<string, string | number | null>;
};

const points = (value: number) => Math.round(Math.abs(value) * 100);

const overdue = (input: AlertInput): ComputedAlert[] =>
  input.openCommitments
    .filter((c) => c.dueOn !== null && c.dueOn < input.today)
    .map((c) => {
      const days = daysBetween(c.dueOn!, input.today);
      const isOurs = c.side === 'ours';
      return {
        rule: 'commitment-overdue',
        dedupKey: `commitment-overdue:${c.id}`,
        severity: isOurs ? 'high' : 'medium',
        accountId: input.accountId,
        subjectType: 'commitment',
        subjectId: c.id,
        ownerTeamMemberId: c.ownerTeamMemberId,
        title: `${isOurs ? 'Our' : 'Their'} commitment is ${plural(days, 'day')} overdue`,
        reason: `${c.ownerName} promised “${c.text}” for ${c.dueOn}; it is still open ${plural(days, 'day')} later.`,
        suggestion: isOurs
          ? `Before ${c.recipientName ?? 'they'} ${c.recipientName ? 'has' : 'have'} to ask: deliver it now, or agree a new date and renegotiate it rather than let it break.`
          : `Ask ${c.ownerName} whether the date still works for them, and offer help to unblock it.`,
        figures: { dueOn: c.dueOn, daysOverdue: days, side: c.side },
      } satisfies ComputedAlert;
    });

const trustFell = (input: AlertInput, t: AlertThresholds): ComputedAlert[] =>
  dimensions
    .filter((d) => input.dimensions[d].change30Days < -t.trustFall30Days)
    .map((d) => {
      const view = input.dimensions[d];
      const label = labels.dimension[d].toLowerCase();
      return {
        rule: 'trust-fell',
        dedupKey: `trust-fell:${input.accountId}:${d}`,
        severity: 'high',
        accountId: input.accountId,
        subjectType: 'account',
        subjectId: input.accountId,
        ownerTeamMemberId: null,
        title: `${labels.dimension[d]} trust fell ${points(view.change30Days)} points in 30 days`,
        reason: `${labels.dimension[d]} trust at ${input.accountName} is ${percent(view.expected)}, ${points(view.change30Days)} points lower than 30 days ago (the alert starts at ${points(t.trustFall30Days)}).`,
        suggestion:
          d === 'reciprocal'
            ? `Review what they promised and did not do, and talk about it openly before relying on their next commitment.`
            : `Open the evidence behind ${label} trust, find what moved it, and meet the people involved to repair it in person.`,
        figures: {
          dimension: d,
          expected: view.expected,
          change30Days: view.change30Days,
          threshold: t.trustFall30Days,
        },
      } satisfies ComputedAlert;
    });

const uncertaintyHigh = (input: AlertInput, t: AlertThresholds): ComputedAlert[] => {
  const since = input.lastEvidenceOn ?? input.accountCreatedOn;
  const silentDays = daysBetween(since, input.today);
  const uncertain = dimensions.filter(
    (d) => d !== 'reciprocal' && input.dimensions[d].uncertainty >= t.highUncertainty,
  );
  if (silentDays < t.silentDays || uncertain.length === 0) return [];
  const worst = Math.max(...uncertain.map((d) => input.dimensions[d].uncertainty));
  return [
    {
      rule: 'uncertainty-high',
      dedupKey: `uncertainty-high:${input.accountId}`,
      severity: 'medium',
      accountId: input.accountId,
      subjectType: 'account',
      subjectId: input.accountId,
      ownerTeamMemberId: null,
      title: `Nothing observed for ${plural(silentDays, 'day')}`,
      reason: `${input.lastEvidenceOn === null ? `Nothing has been recorded about ${input.accountName} since it was added` : `The last evidence about ${input.accountName} is from ${input.lastEvidenceOn}`}, ${plural(silentDays, 'day')} ago; uncertainty is ${percent(worst)} in ${listNames(uncertain.map((d) => labels.dimension[d].toLowerCase()))} trust.`,
      suggestion: `Get back in touch: meet them, then log what you observe, so the scores rest on what they do today rather than on old memories.`,
      figures: {
        silentDays,
        lastEvidenceOn: input.lastEvidenceOn,
        uncertainty: worst,
        threshold: t.highUncertainty,
      },
    },
  ];
};

const coverageAlerts = (input: AlertInput, t: AlertThresholds): ComputedAlert[] => {
  const alerts: ComputedAlert[] = [];
  for (const flag of input.coverage.flags) {
    if (flag.kind === 'single-threaded') {
      const isOurs = flag.side === 'ours';
      alerts.push({
        rule: 'single-threaded',
        dedupKey: `single-threaded:${input.accountId}:${flag.side}`,
        severity: 'medium',
        accountId: input.accountId,
        subjectType: isOurs ? 'team-member' : 'stakeholder',
        subjectId: flag.personId,
        ownerTeamMemberId: isOurs ? flag.personId : null,
        title: `Single-threaded through ${flag.personName}`,
        reason: isOurs
          ? `All ${plural(flag.relationships, 'relationship')} with ${input.accountName} run through ${flag.personName}.`
          : `All ${plural(flag.relationships, 'relationship')} with ${input.accountName} run through one of their people, ${flag.personName}.`,
        suggestion: isOurs
          ? `Introduce a second person from our side to their team, at a level ${flag.personName} does not cover.`
          : `Ask ${flag.personName} to introduce us to colleagues, ideally one level up and one in another team.`,
        figures: { side: flag.side, relationships: flag.relationships },
      });
    }
    if (flag.kind === 'stakeholder-left') {
      const leftDays = flag.leftOn === null ? 0 : daysBetween(flag.leftOn, input.today);
      if (leftDays > t.leftWithinDays) continue;
      const known = flag.stillKnown.slice(0, 3);
      const isKey = flag.buyingRole === 'decision_maker' || flag.buyingRole === 'champion';
      alerts.push({
        rule: 'stakeholder-left',
        dedupKey: `stakeholder-left:${flag.stakeholderId}`,
        severity: isKey || flag.formerContacts.length > 0 ? 'high' : 'medium',
        accountId: input.accountId,
        subjectType: 'stakeholder',
        subjectId: flag.stakeholderId,
        ownerTeamMemberId: null,
        title: `${flag.name} left ${input.accountName}`,
        reason: `${flag.name} (${labels.buyingRole[flag.buyingRole].toLowerCase()}, ${labels.seniority[flag.seniority].toLowerCase()}) left on ${flag.leftOn ?? 'an unknown day'}${flag.formerContacts.length > 0 ? `; ${listNames(flag.formerContacts)} knew them` : ''}. ${known.length > 0 ? `We still know ${listNames(known.map((k) => `${k.name} (through ${listNames(k.reachedBy)})`))}.` : 'We know nobody else there.'}`,
        suggestion:
          known.length > 0
            ? `Ask ${known[0]!.name} who takes over ${flag.name}'s part, and ask for an introduction soon; stay in touch with ${flag.name} in their new role too.`
            : `Find out who takes over ${flag.name}'s part, ask ${flag.name} for an introduction before the contact goes cold, and stay in touch with them in their new role.`,
        figures: {
          leftOn: flag.leftOn,
          buyingRole: flag.buyingRole,
          stillKnown: flag.stillKnown.length,
        },
      });
    }
  }
  return alerts;
};

const competitorAhead = (input: AlertInput): ComputedAlert[] =>
  input.opportunities
    .filter((o) => o.leader !== null && o.leader.expected > o.ourCapability)
    .map((o) => {
      const leader = o.leader!;
      const gap = leader.expected - o.ourCapability;
      return {
        rule: 'competitor-ahead',
        dedupKey: `competitor-ahead:${o.id}`,
        severity: gap >= 0.15 ? 'high' : 'medium',
        accountId: input.accountId,
        subjectType: 'opportunity',
        subjectId: o.id,
        ownerTeamMemberId: null,
        title: `${leader.name} is ahead on capability for ${o.name}`,
        reason: `The buying group trusts ${leader.name}'s capability at an estimated ${percent(leader.expected)}, ours at ${percent(o.ourCapability)}: ${points(gap)} points behind.`,
        suggestion: `Offer proof they can check for themselves — a reference customer, a pilot or a technical session — on the point where ${leader.name} looks stronger.`,
        figures: {
          competitor: leader.name,
          competitorExpected: leader.expected,
          ourExpected: o.ourCapability,
          gap,
        },
      } satisfies ComputedAlert;
    });

const overCommitted = (input: AlertInput): ComputedAlert[] =>
  input.owners.flatMap((owner) => {
    const warnings = assessCommitmentLoad({
      ownerName: owner.name,
      record: owner.record,
      dueInNext14Days: owner.dueInNext14Days,
    });
    if (warnings.length === 0) return [];
    return [
      {
        rule: 'owner-over-committed',
        dedupKey: `owner-over-committed:${input.accountId}:${owner.teamMemberId}`,
        severity: 'medium',
        accountId: input.accountId,
        subjectType: 'team-member',
        subjectId: owner.teamMemberId,
        ownerTeamMemberId: owner.teamMemberId,
        title: `${owner.name} may be over-committed`,
        reason: warnings.map((w) => w.detail).join(' '),
        suggestion: `Before promising more, have ${owner.name} hand over or renegotiate one commitment now, while there is still time to do it gracefully.`,
        figures: {
          dueInNext14Days: owner.dueInNext14Days,
          mostKeptOnTimeIn14Days: owner.record.mostKeptOnTimeIn14Days,
          onTimeRate: owner.record.onTimeRate,
          recentOnTimeRate: owner.record.recentOnTimeRate,
        },
      } satisfies ComputedAlert,
    ];
  });

const noValue = (input: AlertInput, t: AlertThresholds): ComputedAlert[] => {
  const since = input.lastValueDeliveredOn ?? input.accountCreatedOn;
  const days = daysBetween(since, input.today);
  if (days < t.valueDeliveryDays) return [];
  return [
    {
      rule: 'no-value-delivered',
      dedupKey: `no-value-delivered:${input.accountId}`,
      severity: 'low',
      accountId: input.accountId,
      subjectType: 'account',
      subjectId: input.accountId,
      ownerTeamMemberId: null,
      title: `No value delivered for ${plural(days, 'day')}`,
      reason:
        input.lastValueDeliveredOn === null
          ? `Nothing of value has been recorded as delivered to ${input.accountName} in the ${plural(days, 'day')} since it was added.`
          : `The last value delivered to ${input.accountName} was on ${input.lastValueDeliveredOn}, ${plural(days, 'day')} ago.`,
      suggestion: `Give something useful without asking for anything back — an insight about their market, a benchmark, an introduction — and record it in the mutual plan.`,
      figures: {
        lastValueDeliveredOn: input.lastValueDeliveredOn,
        days,
        threshold: t.valueDeliveryDays,
      },
    },
  ];
};

const dueIn = (days: number) =>
  days === 0 ? 'due today' : days === 1 ? 'due tomorrow' : `due in ${days} days`;

/** Why one commitment is at risk; the figures behind each are the owner's record. */
type AtRiskReason = 'unagreed' | 'weak-record' | 'over-committed';

const commitmentAtRisk = (input: AlertInput, t: AlertThresholds): ComputedAlert[] => {
  const owners = new Map(input.owners.map((owner) => [owner.teamMemberId, owner]));
  // The over-commitment rule's own check, once per owner: one meaning of "more than ever kept".
  const overloaded = new Set(
    input.owners
      .filter((owner) =>
        assessCommitmentLoad({
          ownerName: owner.name,
          record: owner.record,
          dueInNext14Days: owner.dueInNext14Days,
        }).some((w) => w.reason === 'more-than-ever-kept'),
      )
      .map((owner) => owner.teamMemberId),
  );
  return input.openCommitments.flatMap((c) => {
    if (c.side !== 'ours' || c.dueOn === null) return [];
    const daysLeft = daysBetween(input.today, c.dueOn);
    // Past due is `commitment-overdue`'s business; beyond the window it is too early to tell.
    if (daysLeft < 0 || daysLeft > t.atRiskWithinDays) return [];
    const owner = c.ownerTeamMemberId === null ? undefined : owners.get(c.ownerTeamMemberId);
    const record = owner?.record;
    const settled = record === undefined ? 0 : record.kept + record.keptLate + record.broken;
    const reasons: AtRiskReason[] = [];
    if (c.status === 'proposed' && daysLeft <= t.unagreedWithinDays) reasons.push('unagreed');
    if (
      record !== undefined &&
      record.onTimeRate !== null &&
      settled >= t.weakRecordMinSettled &&
      record.onTimeRate < t.weakOnTimeRate
    )
      reasons.push('weak-record');
    if (owner !== undefined && overloaded.has(owner.teamMemberId)) reasons.push('over-committed');
    if (reasons.length === 0) return [];
    const who = c.recipientName ?? 'the customer';
    const parts = reasons.map((reason) => {
      switch (reason) {
        case 'unagreed':
          return `it is still only proposed, ${who} has not agreed to it`;
        case 'weak-record':
          return `${c.ownerName} kept ${record!.kept} of ${plural(settled, 'settled commitment')} on time (${percent(record!.onTimeRate!)}, the alert starts below ${percent(t.weakOnTimeRate)})`;
        case 'over-committed':
          return `${c.ownerName} has ${owner!.dueInNext14Days} commitments due in the next 14 days, more than the ${record!.mostKeptOnTimeIn14Days} they have ever kept on time within 14 days`;
      }
    });
    const isUnagreed = reasons.includes('unagreed');
    const suggestion = isUnagreed
      ? `Confirm the scope and the date with ${who} today; if ${c.ownerName} cannot make it, say so and agree a new date now rather than on the day.`
      : `Check with ${c.ownerName} what is left to do and find help, or agree a new date with ${who} now, while renegotiating is still graceful.`;
    return [
      {
        rule: 'commitment-at-risk',
        dedupKey: `commitment-at-risk:${c.id}`,
        severity: reasons.length > 1 || daysLeft <= 1 ? 'high' : 'medium',
        accountId: input.accountId,
        subjectType: 'commitment',
        subjectId: c.id,
        ownerTeamMemberId: c.ownerTeamMemberId,
        title: `Our commitment ${dueIn(daysLeft)} is at risk`,
        reason: `“${c.text}” is ${dueIn(daysLeft)} (${c.dueOn}): ${parts.join('; ')}.`,
        suggestion,
        figures: {
          dueOn: c.dueOn,
          daysLeft,
          status: c.status,
          reasons: reasons.join(','),
          onTimeRate: owner?.record.onTimeRate ?? null,
          dueInNext14Days: owner?.dueInNext14Days ?? null,
          mostKeptOnTimeIn14Days: owner?.record.mostKeptOnTimeIn14Days ?? null,
        },
      } satisfies ComputedAlert,
    ];
  });
};

/** What to do about a low answer, per question. */
const lowPulseSuggestions: Record<
  keyof PulseAnswers,
  (name: string, possessive: string) => string
> = {
  trustAnswer: (name) =>
    `Ask ${name} for a personal conversation with the person they work with most — a call or a coffee, not an email — and listen for what broke before defending anything.`,
  valueAnswer: (name) =>
    `Offer ${name} a value review: put what they expected next to what they got so far, and agree the one result that would change their view.`,
  backingAnswer: (_name, possessive) =>
    `Bring in an executive sponsor from our side to meet ${possessive} leadership and say, in person, what our company commits to behind this sale.`,
};

const lowPulse = (input: AlertInput, t: AlertThresholds): ComputedAlert[] =>
  input.pulses.flatMap((pulse) => {
    const answeredOn = pulse.answeredAt.slice(0, 10);
    const age = daysBetween(answeredOn, input.today);
    if (age < 0 || age > t.lowPulseWithinDays) return [];
    const later = input.pulses.filter(
      (p) => p.shareLinkId === pulse.shareLinkId && p.answeredAt > pulse.answeredAt,
    );
    // A question stays low until a later answer through the same link is above the threshold.
    const low = pulseQuestionKeys.filter(
      (q) => pulse[q] <= t.lowPulseAnswer && !later.some((p) => p[q] > t.lowPulseAnswer),
    );
    if (low.length === 0) return [];
    const who = pulse.stakeholderName ?? `someone at ${input.accountName}`;
    const name = pulse.stakeholderName ?? 'them';
    const possessive = pulse.stakeholderName === null ? 'their' : `${pulse.stakeholderName}'s`;
    const answers = low.map((q) => `${pulse[q]} of 5 to “${pulseQuestions[q].question}”`);
    const lowest = Math.min(...low.map((q) => pulse[q]));
    return [
      {
        rule: 'low-pulse',
        dedupKey: `low-pulse:${pulse.id}`,
        severity: lowest <= 1 || low.length > 1 ? 'high' : 'medium',
        accountId: input.accountId,
        subjectType: 'pulse',
        subjectId: pulse.id,
        ownerTeamMemberId: null,
        title: `Low pulse on ${listNames(low.map((q) => pulseQuestions[q].topic))} from ${who}`,
        reason: `On ${answeredOn}, ${who} answered ${listNames(answers)}${pulse.comment ? `, and wrote: “${pulse.comment}”` : ''}${pulse.comment && /[.!?…]$/.test(pulse.comment) ? '' : '.'}`,
        suggestion: low.map((q) => lowPulseSuggestions[q](name, possessive)).join(' '),
        figures: {
          answeredOn,
          stakeholderId: pulse.stakeholderId,
          trustAnswer: pulse.trustAnswer,
          valueAnswer: pulse.valueAnswer,
          backingAnswer: pulse.backingAnswer,
          lowQuestions: low.join(','),
          threshold: t.lowPulseAnswer,
        },
      } satisfies ComputedAlert,
    ];
  });

/** Most urgent first: for sorting alerts by severity. */
export const compareSeverity = (a: AlertSeverity, b: AlertSeverity): number =>
  severityOrder[a] - severityOrder[b];

const severityOrder: Record<AlertSeverity, number> = { high: 0, medium: 1, low: 2 };

/** Evaluates every rule on one account: what needs attention, why (with the figures) and what to
 * do next, most urgent first. Pure: the caller gathers the figures and stores the result. */
export const evaluateAlertRules = (input: AlertInput): ComputedAlert[] => {
  const t = { ...defaultAlertThresholds, ...input.thresholds };
  return [
    ...overdue(input),
    ...trustFell(input, t),
    ...uncertaintyHigh(input, t),
    ...coverageAlerts(input, t),
    ...competitorAhead(input),
    ...overCommitted(input),
    ...noValue(input, t),
    ...commitmentAtRisk(input, t),
    ...lowPulse(input, t),
  ]
    .map((alert) =>
      alert.ownerTeamMemberId === null
        ? { ...alert, ownerTeamMemberId: input.accountOwnerTeamMemberId ?? null }
        : alert,
    )
    .sort((a, b) => compareSeverity(a.severity, b.severity));
};
