import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/index.ts';

let shared: Promise<Database> | undefined;

/** The database this test process shares: PGlite loaded from the migrated template, or the
 * PostgreSQL database global setup created. Tests isolate themselves by workspace. */
export const getTestDb = (): Promise<Database> =>
  (shared ??= (async () => {
    if (process.env.FULCRUM_TEST_DATABASE === 'postgres') {
      return openDatabase({ kind: 'postgres', url: inject('postgresUrl') });
    }
    const template = readFileSync(inject('pgliteTemplatePath'));
    return openDatabase({ kind: 'memory', loadDataDir: new Blob([template]) });
  })());
