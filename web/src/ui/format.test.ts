import { describe, expect, it } from 'vitest';
import { buildUrl } from '../api/client.ts';
import { changedFields, formatDate, toNullable } from './format.ts';

describe('toNullable', () => {
  it.each([
    ['', null],
    ['   ', null],
    [' acme.example ', 'acme.example'],
  ])('turns %j into %j', (input, expected) => {
    expect(toNullable(input)).toBe(expected);
  });
});

describe('changedFields', () => {
  it('keeps only the fields that differ, including changes to null', () => {
    type Input = { name: string; domain: string | null; industry: string | null };
    expect(
      changedFields<Input>(
        { name: 'Acme', domain: 'acme.example', industry: null },
        { name: 'Acme', domain: null, industry: 'Retail' },
      ),
    ).toEqual({ domain: null, industry: 'Retail' });
  });

  it('returns an empty body when nothing changed', () => {
    expect(changedFields({ name: 'Acme' }, { name: 'Acme' })).toEqual({});
  });
});

describe('formatDate', () => {
  it('shows a dash for a missing date', () => {
    expect(formatDate(null)).toBe('—');
  });

  it('keeps the calendar day whatever the time zone', () => {
    expect(formatDate('2026-03-01')).toMatch(/1/);
    expect(formatDate('2026-03-01')).not.toMatch(/28|29/);
  });
});

describe('buildUrl', () => {
  it('leaves out empty and missing values', () => {
    expect(buildUrl('/api/accounts', { q: '', sort: '-name', cursor: undefined, limit: 25 })).toBe(
      '/api/accounts?sort=-name&limit=25',
    );
  });

  it('returns the bare path without a query', () => {
    expect(buildUrl('/api/accounts')).toBe('/api/accounts');
  });
});
