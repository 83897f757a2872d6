import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/fulcrum.js', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'fulcrum-cli-alerts-'));
const env = { ...process.env, FULCRUM_DATA_DIR: dataDir, DATABASE_URL: '' };

const fulcrum = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('fulcrum alerts run', () => {
  it('evaluates the demo workspace, lists its alerts, then skips what did not change', async () => {
    expect((await fulcrum('demo', 'seed')).code).toBe(0);
    const first = await fulcrum('alerts', 'run', '--workspace', 'Demo: Fulcrum Software', '--json');
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as {
      accounts: number;
      evaluated: number;
      alerts: { rule: string; reason: string; suggestion: string }[];
    };
    expect(summary.accounts).toBeGreaterThan(0);
    expect(summary.evaluated).toBe(summary.accounts);
    for (const alert of summary.alerts) {
      expect(alert.reason.length).toBeGreaterThan(0);
      expect(alert.suggestion.length).toBeGreaterThan(0);
    }

    const second = await fulcrum('alerts', 'run');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 evaluated, \d+ unchanged/);

    const missing = await fulcrum('alerts', 'run', '--workspace', 'No such workspace');
    expect(missing.code).not.toBe(0);
  }, 60_000);
});
