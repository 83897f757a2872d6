import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo, seedMissingSignalCatalogues } from '@fulcrum/server/commands';
import { migrate, openDatabase } from '@fulcrum/server/db';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';

/** The web package's root, where vite.config.ts lives. */
export const webDir = fileURLToPath(new URL('../../', import.meta.url));
/** The build output, which the server under test serves. */
export const webDistDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Builds the production bundle into web/dist. Vitest sets NODE_ENV=test, which would make Vite
 * bundle React's development build; the build runs with NODE_ENV=production and restores it.
 */
export const buildWebApp = async (): Promise<void> => {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: webDir,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: webDistDir, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
};

/**
 * Vitest globalSetup of the e2e project: builds the bundle once before any spec file starts
 * (never test a stale bundle), instead of once per file, where parallel builds would collide.
 */
export const setup = async (project: TestProject): Promise<() => void> => {
  const [, template] = await Promise.all([buildWebApp(), buildDemoTemplate()]);
  project.provide('demoTemplatePath', template.path);
  return template.remove;
};

/**
 * A migrated database with the demo workspace, dumped once: each spec file's server loads it in
 * about a second instead of spending ~9 s on initdb, migrations and seeding of its own.
 */
const buildDemoTemplate = async () => {
  const db = await openDatabase({ kind: 'memory' });
  await migrate(db);
  await seedMissingSignalCatalogues(db);
  await seedDemo(db, { now: new Date() });
  const dump = await db.dumpDataDir!();
  await db.close();
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-e2e-'));
  const path = join(dir, 'demo.tar');
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
};

declare module 'vitest' {
  export interface ProvidedContext {
    demoTemplatePath: string;
  }
}
