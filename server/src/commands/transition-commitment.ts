import {
  type Actor,
  accountRecordPolicy,
  type Commitment,
  type CommitmentStatus,
  computeOutcomeEvidence,
  DomainError,
  isClosedStatus,
  placeEvidence,
  resolveTransition,
} from '@fulcrum/core';
import { randomUUID } from 'node:crypto';
import { commitmentTable, type Db, findRecord, insertRecord, updateRecord } from '../db/index.ts';
import { recordEvidence } from './record-evidence.ts';
import { emitCommitmentStatusChanged } from './webhook-events.ts';

/** Adds one entry to a commitment's history. */
export const recordCommitmentEvent = async (
  db: Db,
  actor: Actor,
  event: {
    commitmentId: string;
    from: CommitmentStatus | null;
    to: CommitmentStatus;
    onDay: string;
    note: string | null;
  },
) => {
  await db.query(
    `INSERT INTO commitment_events (workspace_id, id, commitment_id, from_status, to_status, on_day, note, actor_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      actor.workspaceId,
      randomUUID(),
      event.commitmentId,
      event.from,
      event.to,
      event.onDay,
      event.note,
      actor.userId,
    ],
  );
};

/** What a transition asks for. */
export type TransitionInput = {
  to: CommitmentStatus;
  onDay: string;
  note?: string | null | undefined;
  /** The new terms when renegotiating. */
  successor?: { text?: string | undefined; dueOn: string | null } | undefined;
};

/** Moves a commitment along its lifecycle; an outcome writes its evidence (linked back to the
 * commitment) and updates the scores in the same transaction. Renegotiating creates the successor
 * with the new terms and links both. */
export const transitionCommitment = async (
  db: Db,
  actor: Actor,
  commitmentId: string,
  input: TransitionInput,
): Promise<{ commitment: Commitment; successor: Commitment | null }> =>
  db.transaction(async (tx) => {
    const current = await findRecord<Commitment>(
      tx,
      commitmentTable,
      actor.workspaceId,
      commitmentId,
    );
    if (current === null)
      throw new DomainError('not-found', 'No commitment with this id exists in your workspace.');
    if (!accountRecordPolicy.update(actor, current)) {
      throw new DomainError('forbidden', `Your role (${actor.role}) cannot change commitments.`);
    }
    const to = resolveTransition(current, input.to, input.onDay);
    if (to === 'renegotiated' && !input.successor) {
      throw new DomainError(
        'validation-failed',
        'Give the new terms of a renegotiated commitment: `successor.dueOn` (and optionally new `successor.text`).',
        [{ pointer: '/successor', detail: 'is required when renegotiating' }],
      );
    }
    let successor: Commitment | null = null;
    if (to === 'renegotiated' && input.successor) {
      successor = await insertRecord<Commitment>(tx, commitmentTable, actor.workspaceId, {
        accountId: current.accountId,
        opportunityId: current.opportunityId,
        side: current.side,
        ownerTeamMemberId: current.ownerTeamMemberId,
        ownerStakeholderId: current.ownerStakeholderId,
        recipientTeamMemberId: current.recipientTeamMemberId,
        recipientStakeholderId: current.recipientStakeholderId,
        text: input.successor.text ?? current.text,
        madeIn: current.madeIn,
        isOnBehalfOfCompany: current.isOnBehalfOfCompany,
        dueOn: input.successor.dueOn,
        status: 'agreed',
        predecessorId: current.id,
        createdByUserId: actor.userId,
      });
      await recordCommitmentEvent(tx, actor, {
        commitmentId: successor.id,
        from: null,
        to: 'agreed',
        onDay: input.onDay,
        note: 'Renegotiated terms',
      });
    }
    const updated = await updateRecord<Commitment>(
      tx,
      commitmentTable,
      actor.workspaceId,
      current.id,
      {
        status: to,
        closedOn: isClosedStatus(to) ? input.onDay : null,
        successorId: successor?.id ?? current.successorId,
      },
    );
    await recordCommitmentEvent(tx, actor, {
      commitmentId: current.id,
      from: current.status,
      to,
      onDay: input.onDay,
      note: input.note ?? null,
    });

    const now = new Date();
    await emitCommitmentStatusChanged(
      tx,
      actor.workspaceId,
      {
        commitmentId: current.id,
        from: current.status,
        to,
        onDay: input.onDay,
        successor: successor === null ? null : { id: successor.id, dueOn: successor.dueOn },
        changedThrough: 'team',
      },
      now,
    );

    const outcome = computeOutcomeEvidence({
      side: current.side,
      status: to,
      isBeforeDue: current.dueOn === null || input.onDay <= current.dueOn,
      isOnBehalfOfCompany: current.isOnBehalfOfCompany,
    });
    if (outcome.length > 0) {
      const targets =
        current.side === 'ours'
          ? {
              accountId: current.accountId,
              stakeholderId: current.recipientStakeholderId,
              opportunityId: null,
              teamMemberId: current.ownerTeamMemberId,
            }
          : {
              accountId: current.accountId,
              stakeholderId: current.ownerStakeholderId,
              opportunityId: null,
              teamMemberId: null,
            };
      // A day's outcome is dated midday UTC, but never later than the moment it is recorded.
      const observedAt = new Date(Math.min(Date.parse(`${input.onDay}T12:00:00Z`), now.getTime()));
      await recordEvidence(
        tx,
        actor.workspaceId,
        outcome.map((evidence) => ({
          ...placeEvidence(evidence.dimension, targets),
          ...evidence,
          accountId: current.accountId,
          observedAt,
          source: 'commitment' as const,
          sourceId: current.id,
          recordedByUserId: actor.userId,
        })),
        now,
      );
    }
    return { commitment: updated!, successor };
  });
