import {
  type Actor,
  accountRecordPolicy,
  assessCommitmentLoad,
  type Commitment,
  type CommitmentChannel,
  type CommitmentSide,
  DomainError,
  type FieldError,
  type LoadWarning,
  addDays,
  type CommitmentRecord,
  isClosedStatus,
} from '@fulcrum/core';
import {
  accountTable,
  commitmentTable,
  type Db,
  findRecord,
  insertRecord,
  isUuid,
} from '../db/index.ts';
import { recordCommitmentEvent } from './transition-commitment.ts';
import { getCommitmentRecord } from './get-commitment-record.ts';

/** A new commitment as a caller gives it. */
export type CommitmentInput = {
  side: CommitmentSide;
  ownerTeamMemberId?: string | null | undefined;
  ownerStakeholderId?: string | null | undefined;
  recipientTeamMemberId?: string | null | undefined;
  recipientStakeholderId?: string | null | undefined;
  opportunityId?: string | null | undefined;
  text: string;
  madeIn?: CommitmentChannel | undefined;
  isOnBehalfOfCompany?: boolean | undefined;
  dueOn?: string | null | undefined;
  status?: 'proposed' | 'agreed' | undefined;
};

/** Checks that the people and deal a commitment names belong to this workspace and account. */
export const assertCommitmentReferences = async (
  db: Db,
  workspaceId: string,
  accountId: string,
  input: Partial<CommitmentInput>,
) => {
  const errors: FieldError[] = [];
  const check = async (
    table: string,
    id: string | null | undefined,
    pointer: string,
    detail: string,
    ofAccount: boolean,
  ) => {
    if (!id) return;
    const rows = !isUuid(id)
      ? []
      : await db.query(
          `SELECT 1 FROM ${table} WHERE workspace_id = $1 AND id = $2::uuid${ofAccount ? ' AND account_id = $3' : ''}`,
          ofAccount ? [workspaceId, id, accountId] : [workspaceId, id],
        );
    if (rows.length === 0) errors.push({ pointer, detail });
  };
  await check(
    'team_members',
    input.ownerTeamMemberId,
    '/ownerTeamMemberId',
    'is not a team member of this workspace',
    false,
  );
  await check(
    'stakeholders',
    input.ownerStakeholderId,
    '/ownerStakeholderId',
    'is not a stakeholder of this account',
    true,
  );
  await check(
    'team_members',
    input.recipientTeamMemberId,
    '/recipientTeamMemberId',
    'is not a team member of this workspace',
    false,
  );
  await check(
    'stakeholders',
    input.recipientStakeholderId,
    '/recipientStakeholderId',
    'is not a stakeholder of this account',
    true,
  );
  await check(
    'opportunities',
    input.opportunityId,
    '/opportunityId',
    'is not an opportunity of this account',
    true,
  );
  if (errors.length > 0) {
    throw new DomainError(
      'invalid-reference',
      `The commitment names someone or something not on this account: ${errors[0]!.pointer} ${errors[0]!.detail}.`,
      errors,
    );
  }
};

/** Warns when the owner of one of our commitments would take on more than their record says they
 * keep on time. */
export const checkCommitmentLoad = async (
  db: Db,
  workspaceId: string,
  ownerTeamMemberId: string,
  dueOn: string | null,
  today: string,
): Promise<{ warnings: LoadWarning[]; record: CommitmentRecord }> => {
  const { name, record, commitments } = await getCommitmentRecord(
    db,
    workspaceId,
    ownerTeamMemberId,
    today,
  );
  const horizon = addDays(today, 14);
  const isDueSoon = (day: string | null) => day !== null && day >= today && day <= horizon;
  // The owner's open commitments are already loaded with their record: count those due soon.
  const dueSoon = commitments.filter((c) => !isClosedStatus(c.status) && isDueSoon(c.dueOn)).length;
  const warnings = assessCommitmentLoad({
    ownerName: name,
    record,
    dueInNext14Days: dueSoon + (isDueSoon(dueOn) ? 1 : 0),
  });
  return { warnings, record };
};

/** Records a commitment of either side, with the history's first entry, and returns it with any
 * realistic-expectation warnings about its owner's load. */
export const createCommitment = async (
  db: Db,
  actor: Actor,
  accountId: string,
  input: CommitmentInput,
  today: string,
): Promise<{ commitment: Commitment; warnings: LoadWarning[] }> => {
  if (!accountRecordPolicy.create(actor)) {
    throw new DomainError('forbidden', `Your role (${actor.role}) cannot record commitments.`);
  }
  if (input.side === 'ours' ? !input.ownerTeamMemberId : !input.ownerStakeholderId) {
    const pointer = input.side === 'ours' ? '/ownerTeamMemberId' : '/ownerStakeholderId';
    throw new DomainError(
      'validation-failed',
      `Say who made the promise: ${input.side === 'ours' ? 'one of our team members' : 'one of the account’s stakeholders'}.`,
      [
        {
          pointer,
          detail: `is required for ${input.side === 'ours' ? 'our' : 'their'} commitments`,
        },
      ],
    );
  }
  return db.transaction(async (tx) => {
    if ((await findRecord(tx, accountTable, actor.workspaceId, accountId)) === null) {
      throw new DomainError('not-found', 'No account with this id exists in your workspace.');
    }
    await assertCommitmentReferences(tx, actor.workspaceId, accountId, input);
    const status = input.status ?? 'agreed';
    const warnings =
      input.side === 'ours'
        ? (
            await checkCommitmentLoad(
              tx,
              actor.workspaceId,
              input.ownerTeamMemberId!,
              input.dueOn ?? null,
              today,
            )
          ).warnings
        : [];
    const commitment = await insertRecord<Commitment>(tx, commitmentTable, actor.workspaceId, {
      ...input,
      ownerTeamMemberId: input.side === 'ours' ? input.ownerTeamMemberId : null,
      ownerStakeholderId: input.side === 'theirs' ? input.ownerStakeholderId : null,
      accountId,
      status,
      createdByUserId: actor.userId,
    });
    await recordCommitmentEvent(tx, actor, {
      commitmentId: commitment.id,
      from: null,
      to: status,
      onDay: today,
      note: null,
    });
    return { commitment, warnings };
  });
};
