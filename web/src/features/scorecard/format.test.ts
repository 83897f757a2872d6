import { describe, expect, it } from 'vitest';
import { defaultPeriod, formatAmounts, formatAnswer } from './format.ts';

describe('scorecard formatting', () => {
  it.each([
    [[], '—'],
    [[{ currency: 'EUR', amount: 120000 }], /120,000/],
    [
      [
        { currency: 'USD', amount: 500 },
        { currency: 'EUR', amount: 30 },
      ],
      / · /,
    ],
  ])('formats amounts %j', (amounts, expected) => {
    expect(formatAmounts(amounts)).toMatch(expected);
  });

  it('defaults to the 90 days up to today, both included', () => {
    expect(defaultPeriod(new Date(2026, 11, 1))).toEqual({ from: '2026-09-03', to: '2026-12-01' });
  });

  it.each([
    [4.25, '4.3'],
    [3, '3.0'],
  ])('formats the average answer %d as %s', (value, text) => {
    expect(formatAnswer(value)).toBe(text);
  });
});
