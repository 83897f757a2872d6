import { type Actor, accountRecordPolicy, DomainError } from '@fulcrum/core';
import { type Db, isUuid, listEvidenceOfSource } from '../db/index.ts';
import { recordEvidence } from './record-evidence.ts';

/** Retracts an observation logged in error: the ledger keeps it and gains reversing rows, so the
 * scores move back and the history still shows what happened. */
export const retractObservation = async (
  db: Db,
  actor: Actor,
  observationId: string,
): Promise<void> => {
  if (!accountRecordPolicy.create(actor)) {
    throw new DomainError('forbidden', `Your role (${actor.role}) cannot retract observations.`);
  }
  await db.transaction(async (tx) => {
    const rows = isUuid(observationId)
      ? await tx.query(
          `UPDATE observations SET retracted_at = COALESCE(retracted_at, now())
           WHERE workspace_id = $1 AND id = $2 RETURNING id`,
          [actor.workspaceId, observationId],
        )
      : [];
    if (rows.length === 0)
      throw new DomainError('not-found', 'No observation with this id exists in your workspace.');
    const ledger = await listEvidenceOfSource(tx, actor.workspaceId, observationId);
    const reversed = new Set(ledger.map((row) => row.reversesId).filter(Boolean));
    const open = ledger.filter((row) => row.reversesId === null && !reversed.has(row.id));
    if (open.length === 0)
      throw new DomainError('conflict', 'This observation has already been retracted.');
    await recordEvidence(
      tx,
      actor.workspaceId,
      open.map((row) => ({ ...row, recordedByUserId: actor.userId, reversesId: row.id })),
      new Date(),
    );
  });
};
