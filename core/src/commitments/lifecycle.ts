import { DomainError } from '../errors.ts';

/** Who made a promise: our side or the account's. */
export const commitmentSides = ['ours', 'theirs'] as const;
/** The side that made a commitment. */
export type CommitmentSide = (typeof commitmentSides)[number];

/** Where a promise was made. */
export const commitmentChannels = [
  'meeting',
  'email',
  'call',
  'chat',
  'document',
  'other',
] as const;
/** The channel a commitment was made in. */
export type CommitmentChannel = (typeof commitmentChannels)[number];

/** The lifecycle of a commitment (DESIGN.md): proposed → agreed → one of the outcomes. */
export const commitmentStatuses = [
  'proposed',
  'agreed',
  'kept',
  'kept_late',
  'broken',
  'renegotiated',
  'released',
] as const;
/** A commitment's status. */
export type CommitmentStatus = (typeof commitmentStatuses)[number];

/** Where each status may go next; outcomes are final (a renegotiation starts a successor). */
export const allowedTransitions: Record<CommitmentStatus, readonly CommitmentStatus[]> = {
  proposed: ['agreed', 'released'],
  agreed: ['kept', 'kept_late', 'broken', 'renegotiated', 'released'],
  kept: [],
  kept_late: [],
  broken: [],
  renegotiated: [],
  released: [],
};

/** Whether a status is an outcome (no further transitions). */
export const isClosedStatus = (status: CommitmentStatus): boolean =>
  allowedTransitions[status].length === 0;

/** Human labels for statuses, shared by the web app and the CLI. */
export const commitmentStatusLabels: Record<CommitmentStatus, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  kept: 'Kept',
  kept_late: 'Kept late',
  broken: 'Broken',
  renegotiated: 'Renegotiated',
  released: 'Released',
};

/** What a transition needs to know about the commitment. */
export type TransitionSubject = { status: CommitmentStatus; dueOn: string | null };

/** Decides the status a requested transition leads to, or explains why it is not allowed. Marking
 * a commitment `kept` after its due date records it as `kept_late`: lateness is a fact, not a choice. */
export const resolveTransition = (
  commitment: TransitionSubject,
  to: CommitmentStatus,
  onDay: string,
): CommitmentStatus => {
  const allowed = allowedTransitions[commitment.status];
  const resolved =
    to === 'kept' && commitment.dueOn !== null && onDay > commitment.dueOn ? 'kept_late' : to;
  if (!allowed.includes(resolved)) {
    const label = commitmentStatusLabels[commitment.status].toLowerCase();
    throw new DomainError(
      'commitment-transition-not-allowed',
      allowed.length === 0
        ? `A ${label} commitment is closed and cannot become ${commitmentStatusLabels[resolved].toLowerCase()}.`
        : `A ${label} commitment cannot become ${commitmentStatusLabels[resolved].toLowerCase()}; it can become: ${allowed.join(', ')}.`,
    );
  }
  return resolved;
};
