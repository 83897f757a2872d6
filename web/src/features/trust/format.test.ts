import { describe, expect, it } from 'vitest';
import { changeArrow, formatChange, formatPercent, isoDateDaysAgo } from './format.ts';

describe('trust formatting', () => {
  it.each([
    [0.245305, '25%'],
    [0, '0%'],
    [1, '100%'],
    [0.005, '1%'],
  ])('shows %f as %s', (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });

  it.each([
    [-0.130187, '−13 pts', '▼'],
    [0.003419, '±0 pts', '→'],
    [0.0551, '+6 pts', '▲'],
    [-0.004, '±0 pts', '→'],
  ])('shows a change of %f as %s with %s', (change, text, arrow) => {
    expect(formatChange(change)).toBe(text);
    expect(changeArrow(change)).toBe(arrow);
  });

  it('counts days back in local calendar dates, across a month end', () => {
    expect(isoDateDaysAgo(0, new Date(2026, 2, 1, 9))).toBe('2026-03-01');
    expect(isoDateDaysAgo(1, new Date(2026, 2, 1, 9))).toBe('2026-02-28');
    expect(isoDateDaysAgo(30, new Date(2026, 10, 23, 23))).toBe('2026-10-24');
  });
});
