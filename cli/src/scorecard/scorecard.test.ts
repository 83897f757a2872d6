import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { useCliFolder } from '../test/cli-harness.ts';

const { fulcrum, dataDir } = useCliFolder('scorecard', { withDemo: true });

const workspace = 'Demo: Fulcrum Software';

describe('fulcrum scorecard', () => {
  it('prints the demo team as a table, writes it as CSV, and refuses bad periods', async () => {
    const table = await fulcrum('scorecard', '--workspace', workspace);
    expect(table.code, table.stderr).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Scorecards of "Demo: Fulcrum Software", \d{4}-\d{2}-\d{2} to /);
    expect(lines[1]).toMatch(/^Team member\s+On time\s+Kept\/late\/broken/);
    // The demo team: the demo owner and five colleagues, by name.
    expect(lines.slice(2).map((line) => line.split(/\s{2,}/)[0])).toEqual([
      'Dana Demo',
      'Hannah Okafor',
      'Lars Eriksen',
      'Mei Tanaka',
      'Priya Raman',
      'Tomás Ferreira',
    ]);
    // Priya owns two demo accounts.
    expect(lines.find((line) => line.startsWith('Priya Raman'))).toMatch(
      /^Priya Raman\s+\S+( %)?\s+\d+\/\d+\/\d+\s+\d+\s+2\s/,
    );

    const file = join(dataDir, 'scorecard.csv');
    const written = await fulcrum(
      'scorecard',
      '--workspace',
      workspace,
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
      '--csv',
      file,
    );
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toContain('2026-01-01 to 2026-12-31');
    const [header, ...rows]: string[][] = parse(readFileSync(file, 'utf8'));
    expect(header![0]).toBe('Team member');
    expect(header).toContain('On-time rate');
    expect(rows).toHaveLength(6);

    const badDay = await fulcrum('scorecard', '--workspace', workspace, '--from', '2026-02-30');
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toMatch(/YYYY-MM-DD/);
    const backwards = await fulcrum(
      'scorecard',
      '--workspace',
      workspace,
      '--from',
      '2026-06-01',
      '--to',
      '2026-01-01',
    );
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toMatch(/`from` must be on or before `to`/);
    expect((await fulcrum('scorecard', '--workspace', 'No such workspace')).code).not.toBe(0);
  });
});
