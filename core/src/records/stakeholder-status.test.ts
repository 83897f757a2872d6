import { describe, expect, it } from 'vitest';
import { resolveStakeholderStatus } from './stakeholder-status.ts';

describe('resolveStakeholderStatus', () => {
  it.each([
    ['active', null, { status: 'active', leftOn: null }],
    ['active', '2026-01-01', { status: 'active', leftOn: null }],
    ['left', '2026-01-01', { status: 'left', leftOn: '2026-01-01' }],
  ] as const)('keeps %s with %s as %o', (status, leftOn, expected) => {
    expect(resolveStakeholderStatus(status, leftOn)).toEqual(expected);
  });

  it('asks for the date when someone left without one', () => {
    expect(() => resolveStakeholderStatus('left', null)).toThrow(/leftOn/);
  });
});
