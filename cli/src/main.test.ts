import { describe, expect, it } from 'vitest';
import { useCliFolder } from './test/cli-harness.ts';

// A fresh, empty database: this file checks migrating and seeding themselves.
const { fulcrum } = useCliFolder('main');

describe('the fulcrum CLI', () => {
  it('says what to fix and exits 2 on bad arguments', async () => {
    const unknown = await fulcrum('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/);

    const badRole = await fulcrum(
      'token',
      'create',
      '--workspace',
      'x',
      '--email',
      'a@b.c',
      '--name',
      'n',
      '--role',
      'king',
    );
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/Allowed choices are owner, admin, member, viewer/);

    const missing = await fulcrum('user', 'create', '--email', 'a@b.c');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/required option '--name <name>' not specified/);
  });

  it(
    'migrates, seeds the demo, creates a user with a workspace and a token for them',
    { timeout: 180_000 },
    async () => {
      const migrated = await fulcrum('migrate');
      expect(migrated.stdout).toMatch(/Applied 1 foundation/);
      expect((await fulcrum('migrate')).stdout).toMatch(/up to date/);

      const seeded = await fulcrum('demo', 'seed');
      expect(seeded.code).toBe(0);
      expect(seeded.stdout).toMatch(/Seeded "Demo: Fulcrum Software"/);

      const user = await fulcrum(
        'user',
        'create',
        '--email',
        'ana@example.test',
        '--name',
        'Ana',
        '--password',
        'long-enough-pw',
        '--new-workspace',
        'Ana Co',
      );
      expect(user.code).toBe(0);
      expect(user.stdout).toMatch(/Created workspace "Ana Co"/);

      const duplicate = await fulcrum(
        'user',
        'create',
        '--email',
        'ANA@example.test',
        '--name',
        'Ana',
        '--password',
        'long-enough-pw',
      );
      expect(duplicate.code).toBe(2);
      expect(duplicate.stderr).toMatch(/already exists/);

      const token = await fulcrum(
        'token',
        'create',
        '--workspace',
        'Ana Co',
        '--email',
        'ana@example.test',
        '--name',
        'sync',
        '--role',
        'admin',
      );
      expect(token.code).toBe(0);
      expect(token.stdout.trim()).toMatch(/^fulcrum_[0-9a-f-]{36}_[A-Za-z0-9_-]{43}$/);

      const stranger = await fulcrum(
        'token',
        'create',
        '--workspace',
        'Ana Co',
        '--email',
        'demo@fulcrum.test',
        '--name',
        'x',
      );
      expect(stranger.code).toBe(2);
      expect(stranger.stderr).toMatch(/is not a member of "Ana Co"/);

      const overdue = await fulcrum(
        'commitments',
        'overdue',
        '--workspace',
        'Demo: Fulcrum Software',
      );
      expect(overdue.code).toBe(0);
      expect(overdue.stdout).toMatch(/open commitment\(s\) overdue/);

      const shortPassword = await fulcrum(
        'user',
        'create',
        '--email',
        'b@example.test',
        '--name',
        'B',
        '--password',
        'short',
      );
      expect(shortPassword.code).toBe(2);
      expect(shortPassword.stderr).toMatch(/at least 10 characters/);
    },
  );
});
