import { describe, expect, it } from 'vitest';
import { commitmentPath, utcToday } from './format.ts';

describe('utcToday and commitmentPath', () => {
  it('reads the UTC calendar day, and links to the commitment on its account page', () => {
    expect(utcToday(new Date('2026-06-30T23:30:00-05:00'))).toBe('2026-07-01');
    expect(commitmentPath('a 1', 'c/2')).toBe('/accounts/a%201?commitment=c%2F2');
  });
});
