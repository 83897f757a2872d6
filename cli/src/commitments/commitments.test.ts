import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../main.ts';
import { useCliFolder } from '../test/cli-harness.ts';

// `commitments extract` needs no database.
const { folder: dir, fulcrum } = useCliFolder('notes');
const notesFile = join(dir, 'qbr-notes.md');
writeFileSync(
  notesFile,
  [
    'QBR with the buying group',
    '- We will send the revised pricing by Friday.',
    '- Maria to confirm the seat count before the Q3 review.',
    '- We discussed the renewal timeline.',
    '',
  ].join('\n'),
);

// 2026-03-11 is a Wednesday.
describe('fulcrum commitments extract', () => {
  it('prints a table of the proposed commitments', async () => {
    const result = await fulcrum(
      'commitments',
      'extract',
      notesFile,
      '--date',
      '2026-03-11',
      '--theirs',
      'Maria,Jonas',
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Side\s+Owner\s+Due\s+Conf\.\s+Sentence$/);
    expect(lines[1]).toMatch(
      /^ours\s+—\s+2026-03-13\s+0\.\d\d\s+We will send the revised pricing by Friday\.$/,
    );
    expect(lines[2]).toMatch(
      /^theirs\s+Maria\s+"before the Q3 review"\s+0\.\d\d\s+Maria to confirm/,
    );
  });

  it('prints the suggestions as JSON with --json', async () => {
    const result = await fulcrum(
      'commitments',
      'extract',
      notesFile,
      '--date',
      '2026-03-11',
      '--json',
    );
    expect(result.code).toBe(0);
    const suggestions = JSON.parse(result.stdout);
    expect(suggestions).toEqual([
      {
        sentence: 'We will send the revised pricing by Friday.',
        side: 'ours',
        owner: null,
        dueAt: '2026-03-13',
        duePhrase: 'by Friday',
        confidence: expect.any(Number),
      },
      {
        sentence: 'Maria to confirm the seat count before the Q3 review.',
        side: 'theirs',
        owner: 'Maria',
        dueAt: null,
        duePhrase: 'before the Q3 review',
        confidence: expect.any(Number),
      },
    ]);
  });

  it.each([
    ['a date that is not a day', [notesFile, '--date', '2026-02-30'], /YYYY-MM-DD/],
    [
      'a missing file',
      [join(dir, 'missing.md'), '--date', '2026-03-11'],
      /cannot read .*missing\.md/,
    ],
  ])('says what to fix and exits 2 on %s', async (_kind, args, message) => {
    const result = await fulcrum('commitments', 'extract', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  // The same checks in-process: each spawn of the bin costs seconds.
  it.each([
    ['a date in another format', [notesFile, '--date', '11/03/2026'], /YYYY-MM-DD/],
    ['no date', [notesFile], /required option '--date/],
    [
      'empty names',
      [notesFile, '--date', '2026-03-11', '--ours', ' , '],
      /names separated by commas/,
    ],
  ])('exits 2 on %s', async (_kind, args, message) => {
    const written: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await run(['commitments', 'extract', ...args])).toBe(2);
    } finally {
      stderr.mockRestore();
    }
    expect(written.join('')).toMatch(message);
  });
});
