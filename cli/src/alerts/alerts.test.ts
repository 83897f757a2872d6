import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useCliFolder } from '../test/cli-harness.ts';

const { fulcrum } = useCliFolder('alerts', { withDemo: true });
const workspace = 'Demo: Fulcrum Software';

describe('fulcrum alerts run', () => {
  it('evaluates the demo workspace, lists its alerts, then skips what did not change', async () => {
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

describe('fulcrum alerts list|ack|snooze', () => {
  type Listed = { id: string; account: string; owner: string | null; status: string };
  const list = async (...args: string[]) => {
    const run = await fulcrum('alerts', 'list', '--workspace', workspace, '--json', ...args);
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as Listed[];
  };

  it('lists alerts per account and owner, acknowledges one and snoozes another', async () => {
    expect((await fulcrum('alerts', 'run', '--workspace', workspace)).code).toBe(0);
    const all = await list();
    expect(all.length).toBeGreaterThan(1);
    const [first, second] = all as [Listed, Listed];

    const ofAccount = await list('--account', first.account);
    expect(ofAccount.length).toBeGreaterThan(0);
    expect(ofAccount.every((a) => a.account === first.account)).toBe(true);
    const owned = all.find((a) => a.owner !== null)!;
    const ofOwner = await list('--owner', owned.owner!);
    expect(ofOwner.every((a) => a.owner === owned.owner)).toBe(true);

    const ack = await fulcrum(
      'alerts',
      'ack',
      '--workspace',
      workspace,
      '--id',
      first.id,
      '--reason',
      'Called them',
    );
    expect(ack.code, ack.stderr).toBe(0);
    expect(ack.stdout).toMatch(/^Acknowledged: /);
    const snooze = await fulcrum(
      'alerts',
      'snooze',
      '--workspace',
      workspace,
      '--id',
      second.id,
      '--until',
      '2099-01-01',
      '--reason',
      'After their budget round',
    );
    expect(snooze.code, snooze.stderr).toBe(0);
    expect((await list('--status', 'acknowledged')).map((a) => a.id)).toEqual([first.id]);
    const [snoozed] = await list('--status', 'snoozed');
    expect(snoozed).toMatchObject({ id: second.id, statusReason: 'After their budget round' });

    const text = await fulcrum('alerts', 'list', '--workspace', workspace, '--status', 'snoozed');
    expect(text.stdout).toContain(`${second.id}  snoozed until 2099-01-01`);
    expect(text.stdout).toContain('→ ');
  }, 120_000);

  it('says what to fix when the input is wrong', async () => {
    const status = await fulcrum('alerts', 'list', '--workspace', workspace, '--status', 'closed');
    expect(status.code).toBe(2);
    expect(status.stderr).toContain(
      'Allowed choices are active, open, acknowledged, snoozed, resolved',
    );
    const past = await fulcrum(
      'alerts',
      'snooze',
      '--workspace',
      workspace,
      '--id',
      randomUUID(),
      '--until',
      '2020-02-30',
      '--reason',
      'x',
    );
    expect(past.code).toBe(2);
    expect(past.stderr).toContain('YYYY-MM-DD');
    const missing = await fulcrum('alerts', 'ack', '--workspace', workspace, '--id', randomUUID());
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('No alert with this id');
  }, 60_000);
});
