import {
  decayTrustState,
  type Dimension,
  halfLifeMs,
  replayLedger,
  type TrustSettings,
} from '@fulcrum/core';
import {
  clearScores,
  type Db,
  getTrustSettings,
  listAccountScores,
  listWorkspaceEvidence,
  upsertScores,
} from '../db/index.ts';

/** What a replay found: how many scores, how many differed from the stored state, and the largest gap. */
export type ReplayReport = {
  evidenceRows: number;
  scores: number;
  drifted: number;
  maxDrift: number;
};

/** Recomputes every score of a workspace from its ledger. With `write`, stores the result (what a
 * change of settings does); without, only reports drift between the ledger and the stored states. */
export const replayTrust = async (
  db: Db,
  workspaceId: string,
  options: { write: boolean; settings?: TrustSettings },
): Promise<ReplayReport> =>
  db.transaction(async (tx) => {
    const settings = options.settings ?? (await getTrustSettings(tx, workspaceId));
    const ledger = await listWorkspaceEvidence(tx, workspaceId);
    const accountOf = new Map(
      ledger.map((row) => [`${row.subjectType}:${row.subjectId}`, row.accountId]),
    );
    const latest = ledger.reduce((max, row) => Math.max(max, row.at), 0);
    // States are kept as of their own last evidence; compare both at the ledger's last instant.
    const replayed = replayLedger(ledger, settings, latest);
    const stored = await listAccountScores(tx, workspaceId);
    let drifted = 0;
    let maxDrift = 0;
    const storedByKey = new Map(
      stored.map((score) => [
        `${score.subjectType}:${score.subjectId}:${score.aboutId}:${score.dimension}`,
        score,
      ]),
    );
    for (const [key, value] of replayed) {
      const mine = storedByKey.get(key);
      const decayed = mine ? decay(mine.state, latest, settings, value.dimension) : { r: 0, s: 0 };
      const drift = Math.max(
        Math.abs(decayed.r - value.state.r),
        Math.abs(decayed.s - value.state.s),
      );
      maxDrift = Math.max(maxDrift, drift);
      if (drift > 1e-9 || (mine?.evidenceCount ?? 0) !== value.count) drifted++;
    }
    drifted += [...storedByKey.keys()].filter((key) => !replayed.has(key)).length;
    if (options.write) {
      await clearScores(tx, workspaceId);
      await upsertScores(
        tx,
        workspaceId,
        [...replayed.values()].map((value) => ({
          row: {
            ...value.subject,
            dimension: value.dimension,
            accountId: accountOf.get(`${value.subject.subjectType}:${value.subject.subjectId}`)!,
          },
          state: value.state,
          count: value.count,
        })),
      );
    }
    return { evidenceRows: ledger.length, scores: replayed.size, drifted, maxDrift };
  });

const decay = (
  state: { r: number; s: number; at: number },
  at: number,
  settings: TrustSettings,
  dimension: Dimension,
) => decayTrustState(state, at, halfLifeMs(settings, dimension));
