import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type Database, migrate, openDatabase } from '../db/index.ts';
import { getTestDb } from '../test/test-db.ts';
import { buildMember } from '../test/factories.ts';
import { api } from '../test/test-server.ts';
import { backupDatabase, restoreDatabase } from './backup-database.ts';
import { writeWorkspaceExport } from './export-workspace.ts';
import { replayTrust } from './replay-trust.ts';
import { seedDemo } from './seed-demo.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-roundtrip-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((file) => [file, readFileSync(join(dir, file), 'utf8')]),
  );

const backupToBuffer = async (db: Database, workspaceId: string) => {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  await backupDatabase(db, sink, { workspaceId, now: new Date('2026-01-01T00:00:00Z') });
  return Buffer.concat(chunks);
};

/** An empty database of the other kind when possible, so the move is tested across engines. */
const emptyDatabase = async (
  source: Database,
): Promise<{ db: Database; drop: () => Promise<void> }> => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (source.kind === 'pglite' && serverUrl) {
    const name = `fulcrum_restore_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const db = await openDatabase({ kind: 'postgres', url: url.toString() });
    await migrate(db);
    return {
      db,
      drop: async () => {
        await db.close();
        const cleanup = new pg.Client({ connectionString: serverUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const db = await emptyPglite();
  return { db, drop: () => db.close() };
};

/** A migrated, empty PGlite: from the test template when there is one (initdb costs seconds). */
const emptyPglite = async () => {
  const template = inject('pgliteTemplatePath');
  const db = await openDatabase(
    template
      ? { kind: 'memory', loadDataDir: new Blob([readFileSync(template)]) }
      : { kind: 'memory' },
  );
  await migrate(db);
  return db;
};

describe('backup and restore', () => {
  it(
    'round-trips a workspace: export → restore into an empty database → export gives identical files',
    { timeout: 60_000 },
    async () => {
      const source = await getTestDb();
      const workspace = await seedDemo(source, { now: new Date() });
      const before = tempDir();
      await writeWorkspaceExport(source, workspace.id, { format: 'jsonl', dir: before });
      const csvBefore = tempDir();
      await writeWorkspaceExport(source, workspace.id, { format: 'csv', dir: csvBefore });
      const backup = await backupToBuffer(source, workspace.id);

      const target = await emptyDatabase(source);
      try {
        const report = await restoreDatabase(target.db, Readable.from([backup]));
        expect(report.tables.evidence).toBeGreaterThan(0);
        const after = tempDir();
        await writeWorkspaceExport(target.db, workspace.id, { format: 'jsonl', dir: after });
        const csvAfter = tempDir();
        await writeWorkspaceExport(target.db, workspace.id, { format: 'csv', dir: csvAfter });
        expect(filesOf(after)).toEqual(filesOf(before));
        expect(filesOf(csvAfter)).toEqual(filesOf(csvBefore));
        expect(Object.keys(filesOf(after))).toEqual(
          expect.arrayContaining(['evidence.jsonl', 'trust_scores.jsonl', 'accounts.jsonl']),
        );
        // Every restored score equals a replay of the restored ledger.
        const replay = await replayTrust(target.db, workspace.id, { write: false });
        expect(replay).toMatchObject({ drifted: 0 });
        expect(replay.evidenceRows).toBeGreaterThan(0);

        await expect(restoreDatabase(target.db, Readable.from([backup]))).rejects.toThrow(
          /not empty/,
        );
      } finally {
        await target.drop();
      }
    },
  );

  it('refuses a backup that was cut short, restoring nothing', { timeout: 60_000 }, async () => {
    const source = await getTestDb();
    const member = await buildMember();
    const backup = await backupToBuffer(source, member.workspaceId);
    const { gunzipSync, gzipSync } = await import('node:zlib');
    const lines = gunzipSync(backup).toString('utf8').trimEnd().split('\n');
    const cut = gzipSync(`${lines.slice(0, -1).join('\n')}\n`);
    const target = await emptyPglite();
    try {
      await expect(restoreDatabase(target, Readable.from([cut]))).rejects.toThrow(/cut short/);
      const [count] = await target.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM workspaces',
      );
      expect(count?.n).toBe(0);
    } finally {
      await target.close();
    }
  });
});

describe('GET /api/export', () => {
  it('streams every table of the workspace as JSON Lines to an owner', async () => {
    const owner = await buildMember({ role: 'owner' });
    const res = await api.get('/api/export?format=jsonl', owner);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = res.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { table: string; row: { workspace_id: string } });
    expect(new Set(lines.map((line) => line.table))).toContain('workspaces');
    expect(lines.every((line) => line.row.workspace_id === owner.workspaceId)).toBe(true);
  });

  it('is not for viewers', async () => {
    const viewer = await buildMember({ role: 'viewer' });
    const res = await api.get('/api/export', viewer);
    expect(res.status).toBe(403);
  });
});
