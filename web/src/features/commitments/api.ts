import type { CommitmentChannel, CommitmentSide, CommitmentStatus } from '@fulcrum/core';
import { api } from '../../api/client.ts';
import type { ListPage, ListQuery, ResourceBase } from '../../api/types.ts';

/** A promise one side made to the other, as the API presents it. */
export type Commitment = Omit<ResourceBase, 'abilities'> & {
  accountId: string;
  opportunityId: string | null;
  side: CommitmentSide;
  ownerTeamMemberId: string | null;
  ownerStakeholderId: string | null;
  ownerName: string;
  recipientTeamMemberId: string | null;
  recipientStakeholderId: string | null;
  recipientName: string | null;
  text: string;
  madeIn: CommitmentChannel;
  isOnBehalfOfCompany: boolean;
  dueOn: string | null;
  status: CommitmentStatus;
  closedOn: string | null;
  overdueSince: string | null;
  predecessorId: string | null;
  successorId: string | null;
  isOverdue: boolean;
  isDueSoon: boolean;
  allowedTransitions: CommitmentStatus[];
  abilities: { update: boolean; transition: boolean; archive: boolean; restore: boolean };
};

/** One step of a commitment's lifecycle. */
export type CommitmentHistoryEntry = {
  fromStatus: CommitmentStatus | null;
  toStatus: CommitmentStatus;
  onDay: string;
  note: string | null;
  createdAt: string;
};

/** A commitment with its lifecycle history. */
export type CommitmentDetail = Commitment & { history: CommitmentHistoryEntry[] };

/** A realistic-expectations warning about the owner's load. */
export type LoadWarning = { reason: string; detail: string };

/** Filters of a commitment list. */
export type CommitmentQuery = ListQuery & {
  side?: CommitmentSide | undefined;
  status?: CommitmentStatus | undefined;
  ownerTeamMemberId?: string | undefined;
  due?: 'overdue' | 'soon' | undefined;
};

/** The body of a new commitment. */
export type CommitmentInput = {
  side: CommitmentSide;
  ownerTeamMemberId?: string | null;
  ownerStakeholderId?: string | null;
  recipientTeamMemberId?: string | null;
  recipientStakeholderId?: string | null;
  text: string;
  madeIn?: CommitmentChannel;
  isOnBehalfOfCompany?: boolean;
  dueOn?: string | null;
  opportunityId?: string | null;
  status?: 'proposed' | 'agreed';
};

/** The fields of a commitment that can change after it was made. */
export type CommitmentChanges = {
  text?: string;
  dueOn?: string | null;
  madeIn?: CommitmentChannel;
  recipientTeamMemberId?: string | null;
  recipientStakeholderId?: string | null;
  isOnBehalfOfCompany?: boolean;
  archived?: boolean;
};

/** A requested status change; `successor` gives the new terms of a renegotiation. */
export type TransitionInput = {
  to: CommitmentStatus;
  onDay?: string | undefined;
  note?: string | undefined;
  successor?: { text?: string | undefined; dueOn: string } | undefined;
};

/** A commitment the meeting-notes reader found, not yet recorded. */
export type CommitmentSuggestion = {
  sentence: string;
  side: CommitmentSide;
  owner: string | null;
  dueAt: string | null;
  duePhrase: string | null;
  confidence: number;
};

/** How a team member keeps their promises. */
export type CommitmentRecord = {
  kept: number;
  keptLate: number;
  broken: number;
  renegotiated: number;
  released: number;
  open: number;
  onTimeRate: number | null;
  recentOnTimeRate: number | null;
  mostKeptOnTimeIn14Days: number;
};

/** GET /api/team-members/{teamMemberId}/commitment-record. */
export type TeamMemberCommitmentRecord = {
  teamMemberId: string;
  name: string;
  record: CommitmentRecord;
  overdue: Commitment[];
  dueSoon: Commitment[];
  recent: Commitment[];
};

const commitmentPath = (commitmentId: string) =>
  `/api/commitments/${encodeURIComponent(commitmentId)}`;

/** Lists an account's commitments, both sides. */
export const listAccountCommitments = (
  accountId: string,
  query: CommitmentQuery,
  signal?: AbortSignal,
): Promise<ListPage<Commitment>> =>
  api.get<ListPage<Commitment>>(`/api/accounts/${encodeURIComponent(accountId)}/commitments`, {
    query,
    signal,
  });

/** Lists commitments across the workspace (e.g. everything overdue). */
export const listCommitments = (
  query: CommitmentQuery,
  signal?: AbortSignal,
): Promise<ListPage<Commitment>> =>
  api.get<ListPage<Commitment>>('/api/commitments', { query, signal });

/** Records a commitment; the answer carries warnings about the owner's load. */
export const createCommitment = (
  accountId: string,
  body: CommitmentInput,
): Promise<Commitment & { warnings?: LoadWarning[] }> =>
  api.post<Commitment & { warnings?: LoadWarning[] }>(
    `/api/accounts/${encodeURIComponent(accountId)}/commitments`,
    body,
  );

/** Reads one commitment with its history. */
export const getCommitment = (
  commitmentId: string,
  signal?: AbortSignal,
): Promise<CommitmentDetail> => api.get<CommitmentDetail>(commitmentPath(commitmentId), { signal });

/** Changes some fields of a commitment, or archives/restores it with `{ archived }`. */
export const updateCommitment = (
  commitmentId: string,
  body: CommitmentChanges,
): Promise<Commitment> => api.patch<Commitment>(commitmentPath(commitmentId), body);

/** Moves a commitment along its lifecycle; a renegotiation answers with the successor too. */
export const transitionCommitment = (
  commitmentId: string,
  body: TransitionInput,
): Promise<{ commitment: Commitment; successor: Commitment | null }> =>
  api.post<{ commitment: Commitment; successor: Commitment | null }>(
    `${commitmentPath(commitmentId)}/transitions`,
    body,
  );

/** Asks whether a new promise would stretch the owner beyond what they have kept before. */
export const checkCommitmentLoad = (
  body: { ownerTeamMemberId: string; dueOn?: string | undefined },
  signal?: AbortSignal,
): Promise<{ warnings: LoadWarning[]; record: CommitmentRecord }> =>
  api.post<{ warnings: LoadWarning[]; record: CommitmentRecord }>(
    '/api/commitments/load-check',
    body,
    { signal },
  );

/** Reads meeting notes and suggests the commitments they contain. */
export const extractCommitments = (body: {
  text: string;
  referenceDate: string;
  ourNames?: string[];
  theirNames?: string[];
}): Promise<{ suggestions: CommitmentSuggestion[] }> =>
  api.post<{ suggestions: CommitmentSuggestion[] }>('/api/commitments/extract', body);

/** Reads a team member's promise-keeping record, with what is overdue and due soon. */
export const getTeamMemberCommitmentRecord = (
  teamMemberId: string,
  signal?: AbortSignal,
): Promise<TeamMemberCommitmentRecord> =>
  api.get<TeamMemberCommitmentRecord>(
    `/api/team-members/${encodeURIComponent(teamMemberId)}/commitment-record`,
    { signal },
  );
