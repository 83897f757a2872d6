import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate, openDatabase } from '../db/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresUrl: string;
  }
}

/** Prepares the test database once per run: a migrated PGlite template that each worker loads
 * (initdb per worker would cost seconds and ~1 GB), or a fresh migrated PostgreSQL database. */
export default async function setup(project: TestProject) {
  if (project.config.env.FULCRUM_TEST_DATABASE === 'postgres') {
    const serverUrl = process.env.TEST_DATABASE_URL!;
    const name = `fulcrum_test_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const db = await openDatabase({ kind: 'postgres', url: url.toString() });
    await migrate(db);
    await db.close();
    project.provide('postgresUrl', url.toString());
    project.provide('pgliteTemplatePath', '');
    return async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    };
  }
  const db = await openDatabase({ kind: 'memory' });
  await migrate(db);
  const dump = await db.dumpDataDir!();
  await db.close();
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-test-'));
  const path = join(dir, 'template.tar');
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', path);
  project.provide('postgresUrl', '');
  return () => rmSync(dir, { recursive: true, force: true });
}
