import { describe, expect, it } from 'vitest';
import { useCliFolder } from '../test/cli-harness.ts';

const { fulcrum } = useCliFolder('digest', { withDemo: true });
const workspace = 'Demo: Fulcrum Software';

const today = () => new Date().toISOString().slice(0, 10);

describe('fulcrum digest', () => {
  it("prints the demo user's week, as text and as JSON, and says what to fix", async () => {
    expect((await fulcrum('alerts', 'run', '--workspace', workspace)).code).toBe(0);

    const text = await fulcrum('digest', '--workspace', workspace, '--email', 'demo@fulcrum.test');
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(/^Digest for Dana Demo, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/);
    expect(lines[1]).toBe('Accounts: Aurora Retail Group, Keystone Manufacturing');
    expect(lines[2]).toMatch(/^Dana Demo, 2 accounts, week ending /);
    for (const heading of ['What changed', 'What is due', 'What to do'])
      expect(lines).toContain(heading);
    expect(text.stdout).toMatch(
      /Aurora Retail Group: Victor Lindqvist answered trust 2, value 3, backing 2/,
    );
    expect(text.stdout).toMatch(
      /3 days late {2}Keystone Manufacturing: Send the executive summary/,
    );
    expect(text.stdout).toMatch(/Low pulse on trust and backing from Victor Lindqvist\n\s+→ Ask/);

    const json = await fulcrum(
      'digest',
      '--workspace',
      workspace,
      '--member',
      'dana demo',
      '--week-ending',
      today(),
      '--json',
    );
    expect(json.code, json.stderr).toBe(0);
    const digest = JSON.parse(json.stdout) as {
      teamMember: { name: string };
      week: { end: string };
      toDo: { total: number; items: { rule: string; suggestion: string }[] };
      due: { dueSoon: { items: { text: string }[] } };
    };
    expect(digest.teamMember.name).toBe('Dana Demo');
    expect(digest.week.end).toBe(today());
    expect(digest.toDo.items.map((a) => a.rule)).toContain('commitment-at-risk');
    expect(digest.due.dueSoon.items.map((c) => c.text)).toEqual([
      'Walk the board through the recovery milestones',
    ]);

    const nobody = await fulcrum('digest', '--workspace', workspace);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toMatch(/--member "Name" or --email/);
    const unknown = await fulcrum('digest', '--workspace', workspace, '--member', 'Nobody Here');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /No team member named "Nobody Here"\. Team members: .*Priya Raman/,
    );
    const unreal = await fulcrum(
      'digest',
      '--workspace',
      workspace,
      '--member',
      'Priya Raman',
      '--week-ending',
      '2026-02-30',
    );
    expect(unreal.code).toBe(2);
    const future = await fulcrum(
      'digest',
      '--workspace',
      workspace,
      '--member',
      'Priya Raman',
      '--week-ending',
      '2999-01-01',
    );
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/has not happened yet/);
  }, 120_000);
});
