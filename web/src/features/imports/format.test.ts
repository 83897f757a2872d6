import { describe, expect, it } from 'vitest';
import { describeFileFormat, truncateCell } from './format.ts';

describe('describeFileFormat', () => {
  it.each([
    ['utf8', ',', 'UTF-8, comma-separated'],
    ['latin1', ';', 'Latin-1, semicolon-separated'],
    ['utf8', '\t', 'UTF-8, tab-separated'],
  ] as const)('describes %s with %j as %s', (encoding, delimiter, expected) => {
    expect(describeFileFormat({ encoding, delimiter })).toBe(expected);
  });
});

describe('truncateCell', () => {
  it('keeps short cells and shortens long ones with an ellipsis', () => {
    expect(truncateCell('Acme')).toBe('Acme');
    expect(truncateCell('a'.repeat(80), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
