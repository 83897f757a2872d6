import { describe, expect, it } from 'vitest';
import { useCliFolder } from '../test/cli-harness.ts';

const { fulcrum } = useCliFolder('insights', { withDemo: true });
const workspace = 'Demo: Fulcrum Software';

describe('fulcrum portfolio and coverage', () => {
  it('lists the portfolio with its filters, shows an account’s coverage, and refuses bad input', async () => {
    const all = await fulcrum('portfolio', '--workspace', workspace, '--json');
    expect(all.code, all.stderr).toBe(0);
    const names = (JSON.parse(all.stdout) as { name: string }[]).map((row) => row.name);
    expect(names).toEqual([
      'Aurora Retail Group',
      'Helios Health',
      'Keystone Manufacturing',
      'Meridian Bank',
      'Northwind Logistics',
    ]);

    const single = await fulcrum('portfolio', '--workspace', workspace, '--single-threaded');
    expect(single.code, single.stderr).toBe(0);
    expect(single.stdout).toMatch(/^Account +Owner +Personal/);
    expect(single.stdout).toContain('Helios Health');
    expect(single.stdout).not.toContain('Northwind Logistics');
    expect(single.stderr).toMatch(/^1 of 1 accounts\./m);

    const owned = await fulcrum(
      'portfolio',
      '--workspace',
      workspace,
      '--owner',
      'Priya Raman',
      '--sort',
      '-name',
      '--json',
    );
    expect((JSON.parse(owned.stdout) as { name: string }[]).map((row) => row.name)).toEqual([
      'Northwind Logistics',
      'Helios Health',
    ]);

    const coverage = await fulcrum(
      'coverage',
      '--workspace',
      workspace,
      '--account',
      'Helios Health',
    );
    expect(coverage.code, coverage.stderr).toBe(0);
    expect(coverage.stdout).toMatch(/^Level +Stakeholders +Reached +Our people/);
    expect(coverage.stdout).toMatch(/! Single-threaded/);

    const badSort = await fulcrum('portfolio', '--workspace', workspace, '--sort', 'mood');
    expect(badSort.code).toBe(2);
    expect(badSort.stderr).toMatch(/use one of name, owner/);
    const nobody = await fulcrum('portfolio', '--workspace', workspace, '--owner', 'Nobody Here');
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toMatch(/No team member named or with the id "Nobody Here"/);
  }, 120_000);
});
