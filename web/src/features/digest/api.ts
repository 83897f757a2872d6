import type {
  DigestAccount,
  DigestCommitmentEvent,
  DigestDueItem,
  DigestList,
  DigestStakeholderLeft,
  DigestTrustMove,
  DigestWeek,
  DigestPulse as CoreDigestPulse,
} from '@fulcrum/core';
import { api } from '../../api/client.ts';
import type { Alert } from '../alerts/api.ts';

// The digest's items travel as core builds them (plain JSON, dates as strings); only its alerts
// come in the alert list's own shape.
export type { DigestList };

/** A pulse answered during the week, with its lowest answer. */
export type DigestPulse = CoreDigestPulse & { lowestAnswer: number };

/** A commitment that is due, overdue, or owed by the customer. */
export type DueCommitment = DigestDueItem;

/** One team member's week. */
export type Digest = {
  teamMember: { id: string; name: string };
  week: DigestWeek;
  summary: string;
  accounts: DigestAccount[];
  changed: {
    trustMoves: DigestList<DigestTrustMove>;
    commitmentChanges: DigestList<DigestCommitmentEvent>;
    pulses: DigestList<DigestPulse>;
    stakeholdersLeft: DigestList<DigestStakeholderLeft>;
    newAlerts: DigestList<Alert>;
  };
  due: {
    overdue: DigestList<DueCommitment>;
    dueSoon: DigestList<DueCommitment>;
    owedToThem: DigestList<DueCommitment>;
  };
  toDo: DigestList<Alert>;
};

/** Whose digest and which week; both default on the server (you, this week). */
export type DigestQuery = { teamMemberId?: string | undefined; weekEnding?: string | undefined };

/** Reads a team member's weekly digest. */
export const getDigest = (query: DigestQuery, signal?: AbortSignal): Promise<Digest> =>
  api.get<Digest>('/api/digest', { query, signal });
