import type { BuyingRole, CommitmentSide, CommitmentStatus, Dimension } from '@fulcrum/core';
import { api } from '../../api/client.ts';
import type { Alert } from '../alerts/api.ts';

/** One list of a digest: the first items and how many there are in all. */
export type DigestList<T> = { items: T[]; total: number };

/** A dimension of an account that moved during the week. */
export type TrustMove = {
  accountId: string;
  accountName: string;
  dimension: Dimension;
  before: number;
  after: number;
  change: number;
};

/** A commitment whose status changed during the week. */
export type CommitmentChange = {
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
  answeredAt: string;
  trustAnswer: number;
  valueAnswer: number;
  backingAnswer: number;
  lowestAnswer: number;
  comment: string | null;
};

/** A stakeholder who left during the week. */
export type StakeholderLeft = {
  stakeholderId: string;
  accountId: string;
  accountName: string;
  name: string;
  buyingRole: BuyingRole;
  leftOn: string;
};

/** A commitment that is due, overdue, or owed by the customer. */
export type DueCommitment = {
  commitmentId: string;
  accountId: string;
  accountName: string;
  text: string;
  side: CommitmentSide;
  status: CommitmentStatus;
  ownerName: string;
  recipientName: string | null;
  dueOn: string;
  /** Days from the week's last day to the due date: negative when overdue. */
  daysLeft: number;
};

/** One team member's week. */
export type Digest = {
  teamMember: { id: string; name: string };
  week: { start: string; end: string };
  summary: string;
  accounts: { id: string; name: string }[];
  changed: {
    trustMoves: DigestList<TrustMove>;
    commitmentChanges: DigestList<CommitmentChange>;
    pulses: DigestList<DigestPulse>;
    stakeholdersLeft: DigestList<StakeholderLeft>;
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
