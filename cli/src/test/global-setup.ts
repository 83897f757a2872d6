import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemo, seedMissingSignalCatalogues } from '@fulcrum/server/commands';
import { migrate, openDatabase, runAsAuditActor } from '@fulcrum/server/db';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    cliDemoDataDir: string;
  }
}

/** Builds, once per run, a PGlite data directory on disk with the demo workspace, which CLI
 * test files copy (cli-harness.ts) instead of each paying for initdb and the seed. */
export default async function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), 'fulcrum-cli-template-'));
  const dataDir = join(folder, 'demo');
  const db = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await migrate(db);
    await seedMissingSignalCatalogues(db);
    await runAsAuditActor({ kind: 'system', label: 'fulcrum demo seed' }, () =>
      seedDemo(db, { now: new Date() }),
    );
  } finally {
    await db.close();
  }
  project.provide('cliDemoDataDir', dataDir);
  return () => rmSync(folder, { recursive: true, force: true });
}
