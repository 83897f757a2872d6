import { randomUUID } from 'node:crypto';
import { type Commitment, DomainError, type ShareActor, sharePolicy } from '@fulcrum/core';
import { commitmentTable, type Db, insertRecord, isUuid } from '../db/index.ts';
import { emitCommitmentStatusChanged } from './webhook-events.ts';

/** Refuses answers through a `view` link: it may see, not change (403). */
export const assertShareMayRespond = (actor: ShareActor) => {
  if (!sharePolicy.respond(actor)) {
    throw new DomainError(
      'forbidden',
      'This link lets you read the shared plan but not answer. Ask the account team for a link that lets you respond.',
    );
  }
};

const commitmentNotFound = () =>
  new DomainError('not-found', 'No commitment with this id is shared with you.');

// Tenancy and the account are both in the query: an id of another account is simply not found.
const findSharedCommitment = async (tx: Db, actor: ShareActor, commitmentId: string) => {
  if (!isUuid(commitmentId)) return null;
  const rows = await tx.query<{ id: string; status: Commitment['status'] }>(
    `SELECT id, status FROM commitments WHERE workspace_id = $1 AND id = $2 AND account_id = $3 AND archived_at IS NULL
     FOR UPDATE`,
    [actor.workspaceId, commitmentId, actor.accountId],
  );
  return rows[0] ?? null;
};

const addResponse = (
  tx: Db,
  actor: ShareActor,
  response: {
    kind: 'confirm' | 'comment' | 'propose';
    commitmentId?: string;
    requirementId?: string;
    text?: string | null;
  },
  now: Date,
) =>
  tx.query(
    `INSERT INTO share_responses (workspace_id, id, share_link_id, account_id, kind, commitment_id, requirement_id, text, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      actor.workspaceId,
      randomUUID(),
      actor.shareLinkId,
      actor.accountId,
      response.kind,
      response.commitmentId ?? null,
      response.requirementId ?? null,
      response.text ?? null,
      now,
    ],
  );

const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/** The account confirms a commitment: a proposed one becomes agreed; an agreed one is noted as
 * confirmed. Outcomes stay with the team, who record what actually happened. */
export const confirmSharedCommitment = async (
  db: Db,
  actor: ShareActor,
  commitmentId: string,
  now: Date,
) => {
  assertShareMayRespond(actor);
  return db.transaction(async (tx) => {
    const commitment = await findSharedCommitment(tx, actor, commitmentId);
    if (commitment === null) throw commitmentNotFound();
    if (commitment.status !== 'proposed' && commitment.status !== 'agreed') {
      throw new DomainError(
        'conflict',
        'This commitment is already settled, so there is nothing left to confirm.',
      );
    }
    if (commitment.status === 'proposed') {
      await tx.query(
        `UPDATE commitments SET status = 'agreed', updated_at = $3 WHERE workspace_id = $1 AND id = $2`,
        [actor.workspaceId, commitment.id, now],
      );
      await tx.query(
        `INSERT INTO commitment_events (workspace_id, id, commitment_id, from_status, to_status, on_day, note, actor_user_id, created_at)
         VALUES ($1, $2, $3, 'proposed', 'agreed', $4, 'Confirmed through a share link', NULL, $5)`,
        [actor.workspaceId, randomUUID(), commitment.id, dayOf(now), now],
      );
      await emitCommitmentStatusChanged(
        tx,
        actor.workspaceId,
        {
          commitmentId: commitment.id,
          from: 'proposed',
          to: 'agreed',
          onDay: dayOf(now),
          successor: null,
          changedThrough: 'share-link',
        },
        now,
      );
    }
    await addResponse(tx, actor, { kind: 'confirm', commitmentId: commitment.id }, now);
  });
};

/** The account comments on a commitment; the comment joins its shared history. */
export const commentOnSharedCommitment = async (
  db: Db,
  actor: ShareActor,
  commitmentId: string,
  text: string,
  now: Date,
) => {
  assertShareMayRespond(actor);
  await db.transaction(async (tx) => {
    const commitment = await findSharedCommitment(tx, actor, commitmentId);
    if (commitment === null) throw commitmentNotFound();
    await addResponse(tx, actor, { kind: 'comment', commitmentId: commitment.id, text }, now);
  });
};

/** The account confirms that a requirement and our response to it are right. */
export const confirmSharedRequirement = async (
  db: Db,
  actor: ShareActor,
  requirementId: string,
  now: Date,
) => {
  assertShareMayRespond(actor);
  await db.transaction(async (tx) => {
    const rows = isUuid(requirementId)
      ? await tx.query<{ id: string; confirmedOn: string | null }>(
          `SELECT id, confirmed_on::text AS "confirmedOn" FROM plan_requirements
           WHERE workspace_id = $1 AND id = $2 AND account_id = $3 AND archived_at IS NULL FOR UPDATE`,
          [actor.workspaceId, requirementId, actor.accountId],
        )
      : [];
    const requirement = rows[0];
    if (requirement === undefined)
      throw new DomainError('not-found', 'No requirement with this id is shared with you.');
    if (requirement.confirmedOn !== null)
      throw new DomainError(
        'conflict',
        `This requirement was confirmed on ${requirement.confirmedOn}.`,
      );
    await tx.query(
      'UPDATE plan_requirements SET confirmed_on = $3, updated_at = $4 WHERE workspace_id = $1 AND id = $2',
      [actor.workspaceId, requirement.id, dayOf(now), now],
    );
    await addResponse(tx, actor, { kind: 'confirm', requirementId: requirement.id }, now);
  });
};

/** A commitment the account's people propose to make, as the account gives it. */
export type SharedProposalInput = {
  text: string;
  dueOn?: string | null | undefined;
  ownerStakeholderId?: string | null | undefined;
};

/** The account proposes a commitment of theirs; it starts as proposed until the team agrees. The
 * owner is the link's stakeholder, or one of the account's people named in the request. */
export const proposeSharedCommitment = async (
  db: Db,
  actor: ShareActor,
  input: SharedProposalInput,
  now: Date,
): Promise<{ id: string }> => {
  assertShareMayRespond(actor);
  return db.transaction(async (tx) => {
    const ownerId = actor.stakeholderId ?? input.ownerStakeholderId ?? null;
    const owners =
      ownerId !== null && isUuid(ownerId)
        ? await tx.query(
            'SELECT 1 FROM stakeholders WHERE workspace_id = $1 AND id = $2 AND account_id = $3',
            [actor.workspaceId, ownerId, actor.accountId],
          )
        : [];
    if (owners.length === 0) {
      throw new DomainError(
        'invalid-reference',
        'Say who makes this commitment: one of the people listed on the shared page.',
        [{ pointer: '/ownerStakeholderId', detail: 'is not one of the people on this page' }],
      );
    }
    const commitment = await insertRecord<Commitment>(tx, commitmentTable, actor.workspaceId, {
      accountId: actor.accountId,
      side: 'theirs',
      ownerStakeholderId: ownerId,
      text: input.text,
      madeIn: 'document',
      dueOn: input.dueOn ?? null,
      status: 'proposed',
    });
    await tx.query(
      `INSERT INTO commitment_events (workspace_id, id, commitment_id, from_status, to_status, on_day, note, actor_user_id, created_at)
       VALUES ($1, $2, $3, NULL, 'proposed', $4, 'Proposed through a share link', NULL, $5)`,
      [actor.workspaceId, randomUUID(), commitment.id, dayOf(now), now],
    );
    await addResponse(tx, actor, { kind: 'propose', commitmentId: commitment.id }, now);
    return { id: commitment.id };
  });
};
