import { describe, expect, it } from 'vitest';
import { nilId, type LedgerEntry } from '../trust/ledger.ts';
import { dayMs, defaultTrustSettings } from '../trust/settings.ts';
import { computeAuc, computeBrier, computeWorkspaceBacktest } from './workspace-backtest.ts';

describe('computeAuc', () => {
  it.each([
    [[0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1], 1],
    [[0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1], 0],
    [[0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1], 0.5],
    [[0.3, 0.6], [1, 1], null],
  ] as const)('scores %o against %o as %s', (scores, outcomes, expected) => {
    expect(computeAuc(scores, outcomes)).toBe(expected);
  });
});

describe('computeBrier', () => {
  it('is 0 for perfect foresight and 0.25 for always saying one half', () => {
    expect(computeBrier([1, 0], [1, 0])).toBe(0);
    expect(computeBrier([0.5, 0.5], [1, 0])).toBe(0.25);
  });
});

describe('computeWorkspaceBacktest', () => {
  it('beats the base rate when subjects behave consistently', () => {
    const entries: LedgerEntry[] = [];
    for (let subject = 0; subject < 10; subject++) {
      const polarity = subject % 2 === 0 ? 1 : -1;
      for (let n = 0; n < 8; n++) {
        entries.push({
          id: `${subject}-${n}`,
          subjectType: 'stakeholder',
          subjectId: `s${subject}`,
          aboutId: nilId,
          dimension: 'corporate',
          polarity,
          weight: 0.5,
          at: n * 7 * dayMs,
          reversesId: null,
        });
      }
    }
    entries.sort((a, b) => a.at - b.at);
    const result = computeWorkspaceBacktest(entries, defaultTrustSettings);
    expect(result.predictions).toBe(80);
    expect(result.engine.brier).toBeLessThan(result.baseRate.brier);
    expect(result.engine.auc).toBeGreaterThan(0.9);
    expect(result.baseRate.auc).toBe(0.5);
  });
});
