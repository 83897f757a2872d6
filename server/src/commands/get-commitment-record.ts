import {
  type Commitment,
  type CommitmentRecord,
  computeCommitmentRecord,
  DomainError,
  type TeamMember,
} from '@fulcrum/core';
import { commitmentTable, type Db, findRecord, listRecords, teamMemberTable } from '../db/index.ts';

/** A team member's record of keeping promises, from every commitment they own. */
export const getCommitmentRecord = async (
  db: Db,
  workspaceId: string,
  teamMemberId: string,
  _today: string,
): Promise<{
  teamMemberId: string;
  name: string;
  record: CommitmentRecord;
  commitments: Commitment[];
}> => {
  const member = await findRecord<TeamMember>(db, teamMemberTable, workspaceId, teamMemberId);
  if (member === null)
    throw new DomainError('not-found', 'No team member with this id exists in your workspace.');
  const page = await listRecords<Commitment>(db, commitmentTable, workspaceId, {
    sort: { field: 'dueOn', direction: 'asc' },
    limit: 10_000,
    archived: 'false',
    where: { owner_team_member_id: teamMemberId },
  });
  return {
    teamMemberId,
    name: member.name,
    record: computeCommitmentRecord(page.data),
    commitments: page.data,
  };
};
