import { type Actor, DomainError, type TrustSettings, workspacePolicy } from '@fulcrum/core';
import { type Db, putTrustSettings } from '../db/index.ts';
import { type ReplayReport, replayTrust } from './replay-trust.ts';

/** Changes the workspace's trust settings and recomputes every score by replaying the ledger,
 * in one transaction, so no score is ever read under mixed settings. */
export const updateTrustSettings = async (
  db: Db,
  actor: Actor,
  settings: TrustSettings,
): Promise<ReplayReport> => {
  if (!workspacePolicy.update(actor)) {
    throw new DomainError('forbidden', 'Only owners and admins can change how trust is computed.');
  }
  return db.transaction(async (tx) => {
    await putTrustSettings(tx, actor.workspaceId, settings);
    return replayTrust(tx, actor.workspaceId, { write: true, settings });
  });
};
