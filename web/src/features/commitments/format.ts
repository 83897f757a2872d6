import type { CommitmentChannel, CommitmentSide, CommitmentStatus } from '@fulcrum/core';

/** Where a promise was made, as the form and the table say it. */
export const channelLabels: Record<CommitmentChannel, string> = {
  meeting: 'Meeting',
  email: 'Email',
  call: 'Call',
  chat: 'Chat',
  document: 'Document',
  other: 'Other',
};

/** Who made the promise, as the filters and the table say it. */
export const sideLabels: Record<CommitmentSide, string> = {
  ours: 'Ours',
  theirs: 'Theirs',
};

/** The badge colour of each status: outcomes that build trust in green, breaks in red. */
export const statusTones: Record<
  CommitmentStatus,
  'neutral' | 'success' | 'warning' | 'danger' | 'info'
> = {
  proposed: 'info',
  agreed: 'neutral',
  kept: 'success',
  kept_late: 'warning',
  broken: 'danger',
  renegotiated: 'info',
  released: 'neutral',
};

/** One button that moves a commitment on; `needsTerms` opens the renegotiation dialog. */
export type TransitionAction = { to: CommitmentStatus; label: string; needsTerms: boolean };

const actionOrder: readonly TransitionAction[] = [
  { to: 'agreed', label: 'Agree', needsTerms: false },
  { to: 'kept', label: 'Mark kept', needsTerms: false },
  { to: 'broken', label: 'Mark broken', needsTerms: false },
  { to: 'renegotiated', label: 'Renegotiate…', needsTerms: true },
  { to: 'released', label: 'Release', needsTerms: false },
];

/**
 * The buttons for the transitions the server allows. `kept_late` has no button of its own: the
 * server records a late "Mark kept" as kept late, so either one offers "Mark kept".
 */
export const toTransitionActions = (allowed: readonly CommitmentStatus[]): TransitionAction[] =>
  actionOrder.filter(
    (action) =>
      allowed.includes(action.to) || (action.to === 'kept' && allowed.includes('kept_late')),
  );

/** A person a suggestion's owner name can be matched to. */
export type NamedPerson = { id: string; name: string };

const normalise = (name: string) => name.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

/**
 * Finds the person a name in meeting notes means: the exact name first (case and spacing
 * ignored), then a first name or surname that only one person has. `null` when unsure.
 */
export const matchPersonByName = <T extends NamedPerson>(
  name: string | null,
  people: readonly T[],
): T | null => {
  if (name === null || name.trim() === '') return null;
  const wanted = normalise(name);
  const exact = people.find((person) => normalise(person.name) === wanted);
  if (exact !== undefined) return exact;
  const partial = people.filter((person) => normalise(person.name).split(' ').includes(wanted));
  return partial.length === 1 ? (partial[0] ?? null) : null;
};

/** Formats an on-time rate (0–1) as a percentage, or a dash before anything was closed. */
export const formatRate = (rate: number | null): string =>
  rate === null ? '—' : `${Math.round(rate * 100)}%`;
