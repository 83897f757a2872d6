import type { CommitmentChannel, CommitmentSide, CommitmentStatus } from './lifecycle.ts';

/** A promise one side made to the other, with its lifecycle. */
export type Commitment = {
  workspaceId: string;
  id: string;
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
  createdByUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
};
