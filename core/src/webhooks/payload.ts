import type { AlertRule, AlertSeverity } from '../alerts/rules.ts';
import type { CommitmentSide, CommitmentStatus } from '../commitments/lifecycle.ts';
import type { Dimension, EvidenceSource } from '../model/index.ts';
import type { ScoreSubject } from '../trust/ledger.ts';
import type { WebhookEventType } from './events.ts';
import type { TrustShift } from './trust-shift.ts';

/** A record named in a payload: its id and the name a person reads. */
export type WebhookNamed = { id: string; name: string };

/** A person on either side: one of our team members or one of the account's stakeholders. */
export type WebhookPerson = WebhookNamed & { kind: 'team-member' | 'stakeholder' };

/** What each event type carries in `data`. Ids and names only: no secrets, no internal notes. */
export type WebhookEventData = {
  'alert.raised': {
    alert: {
      id: string;
      rule: AlertRule;
      severity: AlertSeverity;
      title: string;
      reason: string;
      suggestion: string;
      subjectType: string;
      subjectId: string;
      raisedAt: string;
      /** True when the situation had been resolved and came back. */
      isReopened: boolean;
    };
    account: WebhookNamed;
    owner: WebhookNamed | null;
  };
  'commitment.status_changed': {
    commitment: {
      id: string;
      text: string;
      side: CommitmentSide;
      dueOn: string | null;
      status: CommitmentStatus;
    };
    account: WebhookNamed;
    from: CommitmentStatus;
    to: CommitmentStatus;
    /** The day the change happened (YYYY-MM-DD). */
    onDay: string;
    owner: WebhookPerson | null;
    recipient: WebhookPerson | null;
    /** The commitment that carries the new terms, when renegotiated. */
    successor: { id: string; dueOn: string | null } | null;
    /** Who made the change: the account team, or the customer through a share link. */
    changedThrough: 'team' | 'share-link';
  };
  'trust.changed': {
    account: WebhookNamed;
    subject: WebhookNamed & { type: ScoreSubject['subjectType'] };
    /** For personal trust in one of our people: that team member. */
    about: WebhookNamed | null;
    dimension: Dimension;
    direction: 'up' | 'down';
    expectedBefore: number;
    expectedAfter: number;
    change: number;
    uncertainty: number;
    threshold: number;
    /** What moved the score: the latest evidence of the write, by its source record. */
    cause: { source: EvidenceSource; id: string | null };
  };
  'pulse.received': {
    pulse: {
      id: string;
      trustAnswer: number;
      valueAnswer: number;
      backingAnswer: number;
      /** What the customer wrote with their answers, if anything. */
      comment: string | null;
      receivedAt: string;
    };
    account: WebhookNamed;
    stakeholder: WebhookNamed | null;
    shareLinkId: string;
  };
  'webhook.test': {
    webhook: { id: string; url: string; description: string | null };
    message: string;
    requestedBy: WebhookNamed | null;
  };
};

/** The body of every webhook request: a stable envelope around the event's data. */
export type WebhookEvent<Type extends WebhookEventType = WebhookEventType> = {
  id: string;
  type: Type;
  /** When the change happened, ISO-8601 UTC. */
  createdAt: string;
  workspaceId: string;
  data: WebhookEventData[Type];
};

/** Builds an event's envelope. */
export const buildWebhookEvent = <Type extends WebhookEventType>(
  type: Type,
  options: { id: string; createdAt: Date; workspaceId: string; data: WebhookEventData[Type] },
): WebhookEvent<Type> => ({
  id: options.id,
  type,
  createdAt: options.createdAt.toISOString(),
  workspaceId: options.workspaceId,
  data: options.data,
});

// Four decimals are plenty for a trust value and keep the JSON readable.
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** The data of `alert.raised`, picking only the fields a receiver may see. */
export const buildAlertRaisedData = (alert: {
  id: string;
  rule: AlertRule;
  severity: AlertSeverity;
  title: string;
  reason: string;
  suggestion: string;
  subjectType: string;
  subjectId: string;
  raisedAt: Date;
  isReopened: boolean;
  account: WebhookNamed;
  owner: WebhookNamed | null;
}): WebhookEventData['alert.raised'] => ({
  alert: {
    id: alert.id,
    rule: alert.rule,
    severity: alert.severity,
    title: alert.title,
    reason: alert.reason,
    suggestion: alert.suggestion,
    subjectType: alert.subjectType,
    subjectId: alert.subjectId,
    raisedAt: alert.raisedAt.toISOString(),
    isReopened: alert.isReopened,
  },
  account: { id: alert.account.id, name: alert.account.name },
  owner: alert.owner === null ? null : { id: alert.owner.id, name: alert.owner.name },
});

const person = (value: WebhookPerson | null): WebhookPerson | null =>
  value === null ? null : { kind: value.kind, id: value.id, name: value.name };

/** The data of `commitment.status_changed`. A transition's note stays internal and is left out. */
export const buildCommitmentStatusChangedData = (
  // The event's own shape, less the commitment's status (which is `to`).
  change: Omit<WebhookEventData['commitment.status_changed'], 'commitment'> & {
    commitment: Omit<WebhookEventData['commitment.status_changed']['commitment'], 'status'>;
  },
): WebhookEventData['commitment.status_changed'] => ({
  commitment: {
    id: change.commitment.id,
    text: change.commitment.text,
    side: change.commitment.side,
    dueOn: change.commitment.dueOn,
    status: change.to,
  },
  account: { id: change.account.id, name: change.account.name },
  from: change.from,
  to: change.to,
  onDay: change.onDay,
  owner: person(change.owner),
  recipient: person(change.recipient),
  successor:
    change.successor === null ? null : { id: change.successor.id, dueOn: change.successor.dueOn },
  changedThrough: change.changedThrough,
});

/** The data of `trust.changed` from a detected shift, with trust values rounded to 4 decimals. */
export const buildTrustChangedData = (change: {
  account: WebhookNamed;
  subject: WebhookNamed & { type: ScoreSubject['subjectType'] };
  about: WebhookNamed | null;
  dimension: Dimension;
  shift: TrustShift;
  threshold: number;
  cause: { source: EvidenceSource; id: string | null };
}): WebhookEventData['trust.changed'] => ({
  account: { id: change.account.id, name: change.account.name },
  subject: { type: change.subject.type, id: change.subject.id, name: change.subject.name },
  about: change.about === null ? null : { id: change.about.id, name: change.about.name },
  dimension: change.dimension,
  direction: change.shift.change >= 0 ? 'up' : 'down',
  expectedBefore: round(change.shift.expectedBefore),
  expectedAfter: round(change.shift.expectedAfter),
  change: round(change.shift.change),
  uncertainty: round(change.shift.uncertaintyAfter),
  threshold: change.threshold,
  cause: { source: change.cause.source, id: change.cause.id },
});

/** The data of `pulse.received`. */
export const buildPulseReceivedData = (pulse: {
  id: string;
  trustAnswer: number;
  valueAnswer: number;
  backingAnswer: number;
  comment: string | null;
  receivedAt: Date;
  account: WebhookNamed;
  stakeholder: WebhookNamed | null;
  shareLinkId: string;
}): WebhookEventData['pulse.received'] => ({
  pulse: {
    id: pulse.id,
    trustAnswer: pulse.trustAnswer,
    valueAnswer: pulse.valueAnswer,
    backingAnswer: pulse.backingAnswer,
    comment: pulse.comment,
    receivedAt: pulse.receivedAt.toISOString(),
  },
  account: { id: pulse.account.id, name: pulse.account.name },
  stakeholder:
    pulse.stakeholder === null ? null : { id: pulse.stakeholder.id, name: pulse.stakeholder.name },
  shareLinkId: pulse.shareLinkId,
});

/** The data of `webhook.test`. */
export const buildWebhookTestData = (test: {
  webhook: { id: string; url: string; description: string | null };
  requestedBy: WebhookNamed | null;
}): WebhookEventData['webhook.test'] => ({
  webhook: { id: test.webhook.id, url: test.webhook.url, description: test.webhook.description },
  message: 'A test event from Fulcrum: if its signature checks out, your endpoint is ready.',
  requestedBy:
    test.requestedBy === null ? null : { id: test.requestedBy.id, name: test.requestedBy.name },
});
