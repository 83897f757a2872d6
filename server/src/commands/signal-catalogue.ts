import { randomUUID } from 'node:crypto';
import { defaultSignalCatalogue } from '@fulcrum/core';
import { type Db, valuesList } from '../db/index.ts';

/** Gives a workspace the default signal catalogue if it has no signals yet. */
export const seedSignalCatalogue = async (db: Db, workspaceId: string): Promise<void> => {
  const [existing] = await db.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM signals WHERE workspace_id = $1',
    [workspaceId],
  );
  if ((existing?.count ?? 0) > 0) return;
  const params: unknown[] = [];
  for (const signal of defaultSignalCatalogue) {
    params.push(
      workspaceId,
      randomUUID(),
      signal.name,
      signal.description,
      signal.dimension,
      signal.polarity,
      signal.defaultWeight,
    );
  }
  await db.query(
    `INSERT INTO signals (workspace_id, id, name, description, dimension, polarity, default_weight) VALUES ${valuesList(defaultSignalCatalogue.length, 7)}`,
    params,
  );
};

/** Gives every workspace without signals the default catalogue (after the migration that added
 * signals, existing workspaces have none). */
export const seedMissingSignalCatalogues = async (db: Db): Promise<void> => {
  const workspaces = await db.query<{ id: string }>(
    `SELECT w.workspace_id AS id FROM workspaces w
     WHERE NOT EXISTS (SELECT 1 FROM signals s WHERE s.workspace_id = w.workspace_id)`,
  );
  for (const workspace of workspaces) await seedSignalCatalogue(db, workspace.id);
};
