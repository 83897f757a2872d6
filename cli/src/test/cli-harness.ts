import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, inject } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/fulcrum.js', import.meta.url));

/** How a run of the CLI ended and what it printed. */
export type CliResult = { code: number; stdout: string; stderr: string };

/** Runs the real `fulcrum` bin in a child process, as a user would. */
export const runFulcrum = async (
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<CliResult> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      env: options.env ?? process.env,
      ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

/** The environment that points the CLI at one PGlite data directory. */
export const envForDataDir = (dataDir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  FULCRUM_DATA_DIR: dataDir,
  DATABASE_URL: '',
});

/** Copies the migrated database with the demo workspace (built once per run by the global
 * setup) into `dataDir`: a second instead of initdb and seeding in every file. */
export const copyDemoDatabase = (dataDir: string): void =>
  cpSync(inject('cliDemoDataDir'), dataDir, { recursive: true });

/**
 * A throwaway folder for one test file, with a PGlite data directory in it (empty, or holding
 * the demo workspace), and `fulcrum` bound to both. Removed after the file's tests.
 */
export const useCliFolder = (name: string, options: { withDemo?: boolean } = {}) => {
  const folder = mkdtempSync(join(tmpdir(), `fulcrum-cli-${name}-`));
  const dataDir = join(folder, 'data');
  if (options.withDemo === true) copyDemoDatabase(dataDir);
  const env = envForDataDir(dataDir);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return {
    folder,
    dataDir,
    env,
    fulcrum: (...args: string[]) => runFulcrum(args, { env, cwd: folder }),
  };
};
