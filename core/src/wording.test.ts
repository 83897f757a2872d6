import { describe, expect, it } from 'vitest';
import { describeDaysLeft, listNames, plural } from './wording.ts';

describe('describeDaysLeft', () => {
  it.each<[number, string]>([
    [-3, '3 days late'],
    [-1, '1 day late'],
    [0, 'today'],
    [1, 'in 1 day'],
    [7, 'in 7 days'],
  ])('describes %i days left as "%s"', (daysLeft, text) => {
    expect(describeDaysLeft(daysLeft)).toBe(text);
  });
});

describe('plural and listNames', () => {
  it('says counts and names the way a sentence does', () => {
    expect([plural(1, 'day'), plural(2, 'day'), plural(0, 'day')]).toEqual([
      '1 day',
      '2 days',
      '0 days',
    ]);
    expect([
      listNames([]),
      listNames(['Ana']),
      listNames(['Ana', 'Bo']),
      listNames(['Ana', 'Bo', 'Cy']),
    ]).toEqual(['', 'Ana', 'Ana and Bo', 'Ana, Bo and Cy']);
  });
});
