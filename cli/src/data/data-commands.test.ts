import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyDemoDatabase, envForDataDir, runFulcrum } from '../test/cli-harness.ts';

const bin = fileURLToPath(new URL('../../bin/fulcrum.js', import.meta.url));
// Several databases side by side: `a` and `c` start from the demo, `b` is restored into.
const root = mkdtempSync(join(tmpdir(), 'fulcrum-data-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
copyDemoDatabase(join(root, 'a'));
copyDemoDatabase(join(root, 'c'));

const envFor = (dataDir: string) => envForDataDir(join(root, dataDir));

/** Runs the real `fulcrum` bin against the database `dataDir` of `root`. */
const fulcrum = (dataDir: string, ...args: string[]) =>
  runFulcrum(args, { env: envFor(dataDir), cwd: root });

const workspace = 'Demo: Fulcrum Software';

describe('fulcrum import, export, backup and restore', () => {
  it(
    'imports a HubSpot file twice without duplicates, exports, backs up and restores with no drift',
    { timeout: 240_000 },
    async () => {
      const companies = join(root, 'companies.csv');
      writeFileSync(
        companies,
        'Record ID;Company name;Company Domain Name;Industry\n9001;Nordfrakt AS;nordfrakt.no;Logistics\n;Nameless;;\n',
      );
      const first = await fulcrum('a', 'import', companies, '--workspace', workspace);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(
        /as HubSpot companies .*: 2 rows, 1 created, 0 updated, 0 unchanged, 1 rejected/,
      );
      expect(first.stdout).toMatch(/line 3: 'Record ID' is empty/);
      const second = await fulcrum('a', 'import', companies, '--workspace', workspace);
      expect(second.stdout).toMatch(/0 created, 0 updated, 1 unchanged, 1 rejected/);

      const noMapping = await fulcrum(
        'a',
        'import',
        companies,
        '--workspace',
        workspace,
        '--type',
        'opportunities',
      );
      expect(noMapping.code).toBe(2);
      expect(noMapping.stderr).toMatch(/Describe them in a mapping file/);

      const exported = await fulcrum(
        'a',
        'export',
        '--workspace',
        workspace,
        '--format',
        'jsonl',
        '--out',
        'export-a',
      );
      expect(exported.stdout).toMatch(/Exported "Demo: Fulcrum Software" to export-a/);
      expect((await fulcrum('a', 'backup', '--out', 'a.backup.gz')).code).toBe(0);

      const restored = await fulcrum('b', 'restore', 'a.backup.gz');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toMatch(/Restored \d+ rows/);
      const replay = await fulcrum('b', 'trust', 'replay', '--workspace', workspace);
      expect(replay.stdout).toMatch(/: 0 drifted/);
      expect(replay.code).toBe(0);
      await fulcrum(
        'b',
        'export',
        '--workspace',
        workspace,
        '--format',
        'jsonl',
        '--out',
        'export-b',
      );
      const diff = await promisify(execFile)('diff', [
        '-r',
        join(root, 'export-a'),
        join(root, 'export-b'),
      ]);
      expect(diff.stdout).toBe('');

      expect((await fulcrum('b', 'restore', 'a.backup.gz')).stderr).toMatch(/not empty/);
    },
  );

  it(
    'leaves only whole batches when an import is killed mid-file; a second run completes it',
    { timeout: 240_000 },
    async () => {
      const rows = 30_000;
      const file = join(root, 'accounts.csv');
      const lines = ['Id,Name,Website'];
      for (let i = 0; i < rows; i++) lines.push(`A${i},Account ${i},a${i}.example`);
      writeFileSync(file, `${lines.join('\n')}\n`);

      const child = spawn(
        process.execPath,
        [bin, 'import', file, '--workspace', workspace, '--batch-size', '250'],
        { env: envFor('c'), cwd: root },
      );
      // The first progress line means batches are being committed: kill it there, hard.
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', () => {
          child.kill('SIGKILL');
          resolve();
        });
        child.on('exit', () => reject(new Error('the import finished before it could be killed')));
      });
      await new Promise((resolve) => child.on('exit', resolve));

      const rerun = await fulcrum(
        'c',
        'import',
        file,
        '--workspace',
        workspace,
        '--batch-size',
        '250',
      );
      expect(rerun.code).toBe(0);
      const counts =
        /(\d[\d,]*) created, (\d[\d,]*) updated, (\d[\d,]*) unchanged, 0 rejected/.exec(
          rerun.stdout,
        );
      expect(counts).not.toBeNull();
      const [created, updated, unchanged] = counts!
        .slice(1)
        .map((n) => Number(n.replace(/,/g, '')));
      expect(updated).toBe(0);
      expect(unchanged).toBeGreaterThan(0);
      // Nothing half-written: what survived the kill is a whole number of batches.
      expect(unchanged! % 250).toBe(0);
      expect(created! + unchanged!).toBe(rows);
    },
  );
});
