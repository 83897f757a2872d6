import { describe, expect, it } from 'vitest';
import { useCliFolder } from '../test/cli-harness.ts';

const { fulcrum } = useCliFolder('alerts', { withDemo: true });

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
