import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDay } from './calendar.ts';

describe('isCalendarDay', () => {
  it.each([
    ['2026-03-11', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-3-11', false],
    ['11/03/2026', false],
    ['2026-03-11T00:00:00Z', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isCalendarDay(text)).toBe(expected);
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days in UTC', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
