import { describe, expect, it } from 'vitest';
import { commitmentPath, describeDaysLeft, utcToday } from './format.ts';

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

describe('utcToday and commitmentPath', () => {
  it('reads the UTC calendar day, and links to the commitment on its account page', () => {
    expect(utcToday(new Date('2026-06-30T23:30:00-05:00'))).toBe('2026-07-01');
    expect(commitmentPath('a 1', 'c/2')).toBe('/accounts/a%201?commitment=c%2F2');
  });
});
