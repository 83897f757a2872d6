import { randomUUID } from 'node:crypto';
import {
  applyLedgerEntry,
  defaultTrustSettings,
  type Dimension,
  emptyTrustState,
  type EvidenceSource,
  type LedgerEntry,
  type Polarity,
  scoreKey,
  type ScoreSubject,
  type TrustSettings,
  type TrustState,
} from '@fulcrum/core';
import type { Db } from '../database.ts';
import { valuesList } from '../table.ts';

/** A new ledger row, before it is stored. */
export type NewEvidence = ScoreSubject & {
  accountId: string;
  dimension: Dimension;
  polarity: Polarity;
  weight: number;
  observedAt: Date;
  source: EvidenceSource;
  sourceId: string | null;
  recordedByUserId: string | null;
  reversesId?: string | null;
};

/** A stored ledger row with what the explanations show about it. */
export type EvidenceRow = LedgerEntry & {
  accountId: string;
  source: EvidenceSource;
  sourceId: string | null;
  observedAt: Date;
  recordedByUserId: string | null;
};

const evidenceColumns = `e.id, e.account_id AS "accountId", e.subject_type AS "subjectType", e.subject_id AS "subjectId",
  e.about_id AS "aboutId", e.dimension, e.polarity::int AS polarity, e.weight, e.observed_at AS "observedAt",
  e.source, e.source_id AS "sourceId", e.recorded_by_user_id AS "recordedByUserId", e.reverses_id AS "reversesId"`;

const toEntry = (row: Omit<EvidenceRow, 'at'>): EvidenceRow => ({
  ...row,
  at: row.observedAt.getTime(),
});

/** The workspace's trust settings (defaults until someone changes them). */
export const getTrustSettings = async (db: Db, workspaceId: string): Promise<TrustSettings> => {
  const rows = await db.query<{ settings: TrustSettings }>(
    'SELECT settings FROM trust_settings WHERE workspace_id = $1',
    [workspaceId],
  );
  const stored = rows[0]?.settings;
  return stored ? { ...defaultTrustSettings, ...stored } : defaultTrustSettings;
};

/** Stores the workspace's trust settings. */
export const putTrustSettings = async (db: Db, workspaceId: string, settings: TrustSettings) => {
  await db.query(
    `INSERT INTO trust_settings (workspace_id, settings) VALUES ($1, $2)
     ON CONFLICT (workspace_id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = now()`,
    [workspaceId, JSON.stringify(settings)],
  );
};

/** Appends rows to the ledger (one statement per 500 rows) and returns them with their ids. */
export const appendEvidence = async (
  db: Db,
  workspaceId: string,
  rows: readonly NewEvidence[],
): Promise<EvidenceRow[]> => {
  const stored: EvidenceRow[] = [];
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    const params: unknown[] = [];
    for (const row of chunk) {
      const id = randomUUID();
      stored.push({ ...row, id, at: row.observedAt.getTime(), reversesId: row.reversesId ?? null });
      params.push(
        workspaceId,
        id,
        row.accountId,
        row.subjectType,
        row.subjectId,
        row.aboutId,
        row.dimension,
        row.polarity,
        row.weight,
        row.observedAt,
        row.source,
        row.sourceId,
        row.recordedByUserId,
        row.reversesId ?? null,
      );
    }
    await db.query(
      `INSERT INTO evidence (workspace_id, id, account_id, subject_type, subject_id, about_id, dimension, polarity,
         weight, observed_at, source, source_id, recorded_by_user_id, reverses_id) VALUES ${valuesList(chunk.length, 14)}`,
      params,
    );
  }
  return stored;
};

type LedgerTuple = [
  string,
  string,
  ScoreSubject['subjectType'],
  string,
  string,
  Dimension,
  Polarity,
  number,
  number,
  EvidenceSource,
  string | null,
  string | null,
  string | null,
];

// Rows come back as one JSON array: for thousands of rows that decodes several times faster
// than row by row (measured on PGlite: 10,000 rows in ~70 ms instead of ~270 ms).
const readLedger = async (
  db: Db,
  workspaceId: string,
  accountIds: readonly string[] | null,
): Promise<EvidenceRow[]> => {
  const [result] = await db.query<{ rows: string }>(
    `SELECT coalesce(json_agg(json_build_array(e.id, e.account_id, e.subject_type, e.subject_id, e.about_id,
              e.dimension, e.polarity, e.weight, (extract(epoch FROM e.observed_at) * 1000)::float8, e.source,
              e.source_id, e.recorded_by_user_id, e.reverses_id) ORDER BY e.observed_at, e.seq), '[]')::text AS rows
     FROM evidence e WHERE e.workspace_id = $1 AND ($2::uuid[] IS NULL OR e.account_id = ANY($2::uuid[]))`,
    [workspaceId, accountIds],
  );
  return (JSON.parse(result?.rows ?? '[]') as LedgerTuple[]).map(
    ([
      id,
      account,
      subjectType,
      subjectId,
      aboutId,
      dimension,
      polarity,
      weight,
      at,
      source,
      sourceId,
      recordedByUserId,
      reversesId,
    ]) => ({
      id,
      accountId: account,
      subjectType,
      subjectId,
      aboutId,
      dimension,
      polarity,
      weight,
      at,
      observedAt: new Date(at),
      source,
      sourceId,
      recordedByUserId,
      reversesId,
    }),
  );
};

/** Every ledger row of an account in time order (ties in the order they were written). */
export const listAccountEvidence = (
  db: Db,
  workspaceId: string,
  accountId: string,
): Promise<EvidenceRow[]> => readLedger(db, workspaceId, [accountId]);

/** Every ledger row of several accounts in time order, read in one query. */
export const listEvidenceOfAccounts = (
  db: Db,
  workspaceId: string,
  accountIds: readonly string[],
): Promise<EvidenceRow[]> => readLedger(db, workspaceId, accountIds);

/** Every ledger row of a workspace in time order. */
export const listWorkspaceEvidence = (db: Db, workspaceId: string): Promise<EvidenceRow[]> =>
  readLedger(db, workspaceId, null);

/** Ledger rows produced by one source record (e.g. an observation), with any reversals. */
export const listEvidenceOfSource = async (
  db: Db,
  workspaceId: string,
  sourceId: string,
): Promise<EvidenceRow[]> =>
  (
    await db.query<Omit<EvidenceRow, 'at'>>(
      `SELECT ${evidenceColumns} FROM evidence e WHERE e.workspace_id = $1 AND e.source_id = $2 ORDER BY e.seq`,
      [workspaceId, sourceId],
    )
  ).map(toEntry);

/** A stored score state. */
export type StoredScore = ScoreSubject & {
  accountId: string;
  dimension: Dimension;
  state: TrustState;
  evidenceCount: number;
};

/** Stored score states of an account. */
export const listAccountScores = async (
  db: Db,
  workspaceId: string,
  accountId?: string,
): Promise<StoredScore[]> => {
  const rows = await db.query<
    ScoreSubject & {
      accountId: string;
      dimension: Dimension;
      r: number;
      s: number;
      stateAt: Date;
      evidenceCount: number;
    }
  >(
    `SELECT account_id AS "accountId", subject_type AS "subjectType", subject_id AS "subjectId", about_id AS "aboutId",
            dimension, r, s, state_at AS "stateAt", evidence_count AS "evidenceCount"
     FROM trust_scores WHERE workspace_id = $1 ${accountId ? 'AND account_id = $2' : ''}`,
    accountId ? [workspaceId, accountId] : [workspaceId],
  );
  return rows.map((row) => ({
    accountId: row.accountId,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    aboutId: row.aboutId,
    dimension: row.dimension,
    state: { r: row.r, s: row.s, at: row.stateAt.getTime() },
    evidenceCount: row.evidenceCount,
  }));
};

/** One stored score a write moved: its state just before and just after, and the last row that
 * moved it (what caused the change). */
export type ScoreChange = {
  subject: ScoreSubject;
  accountId: string;
  dimension: Dimension;
  /** Null for a score that had no state before this write. */
  before: TrustState | null;
  after: TrustState;
  lastRow: EvidenceRow;
};

/** Folds new ledger rows into the stored states: O(1) per row, one read and one write per batch.
 * Returns each touched score with its state before and after, for the `trust.changed` webhook. */
export const applyToStoredScores = async (
  db: Db,
  workspaceId: string,
  rows: readonly EvidenceRow[],
  settings: TrustSettings,
): Promise<ScoreChange[]> => {
  if (rows.length === 0) return [];
  const accountIds = [...new Set(rows.map((row) => row.accountId))];
  const existing = await db.query<{
    key: string;
    r: number;
    s: number;
    stateAt: Date;
    evidenceCount: number;
  }>(
    `SELECT subject_type || ':' || subject_id || ':' || about_id || ':' || dimension AS key, r, s,
            state_at AS "stateAt", evidence_count AS "evidenceCount"
     FROM trust_scores WHERE workspace_id = $1 AND account_id = ANY($2::uuid[]) FOR UPDATE`,
    [workspaceId, accountIds],
  );
  const states = new Map(
    existing.map((row) => [
      row.key,
      { state: { r: row.r, s: row.s, at: row.stateAt.getTime() }, count: row.evidenceCount },
    ]),
  );
  const touched = new Map<string, { row: EvidenceRow; before: TrustState | null }>();
  for (const row of rows) {
    const key = scoreKey(row, row.dimension);
    const stored = states.get(key);
    const current = stored ?? { state: emptyTrustState(row.at), count: 0 };
    states.set(key, {
      state: applyLedgerEntry(current.state, row, settings),
      count: current.count + (row.reversesId === null ? 1 : -1),
    });
    // "Before" is the state as stored, seen by the first row of the batch that touches it.
    const previous = touched.get(key);
    touched.set(key, {
      row,
      before: previous === undefined ? (stored?.state ?? null) : previous.before,
    });
  }
  const written = [...touched].map(([key, { row, before }]) => ({
    row,
    before,
    ...states.get(key)!,
  }));
  await upsertScores(db, workspaceId, written);
  return written.map(({ row, before, state }) => ({
    subject: { subjectType: row.subjectType, subjectId: row.subjectId, aboutId: row.aboutId },
    accountId: row.accountId,
    dimension: row.dimension,
    before,
    after: state,
    lastRow: row,
  }));
};

/** Writes score states, replacing what was stored for the same keys. */
export const upsertScores = async (
  db: Db,
  workspaceId: string,
  scores: readonly {
    row: ScoreSubject & { accountId: string; dimension: Dimension };
    state: TrustState;
    count: number;
  }[],
) => {
  for (let start = 0; start < scores.length; start += 500) {
    const chunk = scores.slice(start, start + 500);
    const params: unknown[] = [];
    for (const { row, state, count } of chunk) {
      params.push(
        workspaceId,
        row.accountId,
        row.subjectType,
        row.subjectId,
        row.aboutId,
        row.dimension,
        state.r,
        state.s,
        new Date(state.at),
        count,
      );
    }
    await db.query(
      `INSERT INTO trust_scores (workspace_id, account_id, subject_type, subject_id, about_id, dimension, r, s, state_at, evidence_count)
       VALUES ${valuesList(chunk.length, 10)}
       ON CONFLICT (workspace_id, subject_type, subject_id, about_id, dimension)
       DO UPDATE SET r = EXCLUDED.r, s = EXCLUDED.s, state_at = EXCLUDED.state_at,
                     evidence_count = EXCLUDED.evidence_count, updated_at = now()`,
      params,
    );
  }
};

/** Removes every stored state of a workspace before a full replay rewrites them. */
export const clearScores = async (db: Db, workspaceId: string) => {
  await db.query('DELETE FROM trust_scores WHERE workspace_id = $1', [workspaceId]);
};
