import { randomUUID } from 'node:crypto';
import {
  computeNextPulseAt,
  computePulseEvidence,
  DomainError,
  placeEvidence,
  type PulseAnswers,
  type ShareActor,
} from '@fulcrum/core';
import { type Db } from '../db/index.ts';
import { assertShareMayRespond } from './respond-through-share.ts';
import { recordEvidence } from './record-evidence.ts';
import { emitPulseReceived } from './webhook-events.ts';

/** A pulse's answers are too soon after the link's last one (409 with when the next is allowed). */
export class PulseTooSoonError extends DomainError {
  readonly nextPulseAt: Date;

  constructor(nextPulseAt: Date) {
    super(
      'conflict',
      `This link answered the pulse recently; the next answer is welcome from ${nextPulseAt.toISOString().slice(0, 10)}.`,
    );
    this.nextPulseAt = nextPulseAt;
  }
}

/** Records the account's pulse through a respond link: the answers, and the evidence they give
 * (source `pulse`) on personal, capability and corporate trust, folded into the scores in the
 * same transaction. The subject is the link's stakeholder when it names one, else the account. */
export const recordPulse = async (
  db: Db,
  actor: ShareActor,
  input: PulseAnswers & { comment?: string | null | undefined },
  now: Date,
): Promise<{ id: string; evidenceCount: number; nextPulseAt: Date }> => {
  assertShareMayRespond(actor);
  return db.transaction(async (tx) => {
    // Lock the link so two pulses sent at once cannot both pass the 14-day check.
    await tx.query('SELECT 1 FROM share_links WHERE workspace_id = $1 AND id = $2 FOR UPDATE', [
      actor.workspaceId,
      actor.shareLinkId,
    ]);
    const [last] = await tx.query<{ at: Date | null }>(
      'SELECT max(created_at) AS at FROM pulses WHERE workspace_id = $1 AND share_link_id = $2',
      [actor.workspaceId, actor.shareLinkId],
    );
    const tooSoon = computeNextPulseAt(last?.at ?? null, now);
    if (tooSoon !== null) throw new PulseTooSoonError(tooSoon);
    const id = randomUUID();
    await tx.query(
      `INSERT INTO pulses (workspace_id, id, share_link_id, account_id, stakeholder_id, trust_answer, value_answer, backing_answer, comment, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        actor.workspaceId,
        id,
        actor.shareLinkId,
        actor.accountId,
        actor.stakeholderId,
        input.trustAnswer,
        input.valueAnswer,
        input.backingAnswer,
        input.comment ?? null,
        now,
      ],
    );
    const targets = {
      accountId: actor.accountId,
      stakeholderId: actor.stakeholderId,
      opportunityId: null,
      teamMemberId: null,
    };
    // The pulse's own event first, then any trust moves its evidence causes.
    await emitPulseReceived(
      tx,
      actor.workspaceId,
      {
        id,
        shareLinkId: actor.shareLinkId,
        accountId: actor.accountId,
        stakeholderId: actor.stakeholderId,
        trustAnswer: input.trustAnswer,
        valueAnswer: input.valueAnswer,
        backingAnswer: input.backingAnswer,
        comment: input.comment ?? null,
      },
      now,
    );
    const stored = await recordEvidence(
      tx,
      actor.workspaceId,
      computePulseEvidence(input).map((evidence) => ({
        ...placeEvidence(evidence.dimension, targets),
        ...evidence,
        accountId: actor.accountId,
        observedAt: now,
        source: 'pulse' as const,
        sourceId: id,
        recordedByUserId: null,
      })),
      now,
    );
    return { id, evidenceCount: stored.length, nextPulseAt: computeNextPulseAt(now, now)! };
  });
};
