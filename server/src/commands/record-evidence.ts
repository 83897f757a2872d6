import {
  appendEvidence,
  applyToStoredScores,
  type Db,
  type EvidenceRow,
  getTrustSettings,
  type NewEvidence,
} from '../db/index.ts';
import { emitTrustChanges } from './webhook-events.ts';

/**
 * The one way evidence is written: appended to the ledger, folded into the stored scores it
 * touches, and a `trust.changed` webhook queued for each score that moved past the workspace's
 * threshold. Call it inside the transaction that records the evidence's source.
 */
export const recordEvidence = async (
  tx: Db,
  workspaceId: string,
  evidence: readonly NewEvidence[],
  now: Date,
): Promise<EvidenceRow[]> => {
  const stored = await appendEvidence(tx, workspaceId, evidence);
  const settings = await getTrustSettings(tx, workspaceId);
  const changes = await applyToStoredScores(tx, workspaceId, stored, settings);
  await emitTrustChanges(tx, workspaceId, changes, settings, now);
  return stored;
};
