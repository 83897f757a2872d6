import { defineConfig } from 'vitest/config';

const postgresUrl = process.env.TEST_DATABASE_URL;
if (!postgresUrl) {
  console.log(
    'server tests on PostgreSQL: skipped, TEST_DATABASE_URL is not set (they run on PGlite only)',
  );
}

const serverProject = (name: string, database: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['server/src/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['server/src/test/global-setup.ts'],
    // One database and one HTTP server per worker process, shared by its files; tests isolate
    // themselves by building their own workspace.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { FULCRUM_TEST_DATABASE: database },
  },
});

export default defineConfig({
  test: {
    pool: 'forks',
    reporters: ['default', './vitest-summary-reporter.ts'],
    maxWorkers: 2,
    projects: [
      { test: { name: 'core', include: ['core/src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'cli',
          include: ['cli/src/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['cli/src/test/global-setup.ts'],
          // These spawn the real bin, each start opening a database: slow on a loaded 2-core CI.
          testTimeout: 180_000,
        },
      },
      { test: { name: 'web', include: ['web/src/**/*.test.ts'], environment: 'node' } },
      serverProject('server-pglite', 'pglite'),
      ...(postgresUrl ? [serverProject('server-postgres', 'postgres')] : []),
      {
        test: {
          name: 'e2e',
          include: ['web/e2e/**/*.spec.ts'],
          environment: 'node',
          // Builds web/dist once for all spec files, which run in parallel.
          globalSetup: ['web/e2e/support/build-web.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
