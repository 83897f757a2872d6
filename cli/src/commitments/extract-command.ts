import { readFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError } from 'commander';
import type { CommitmentSuggestion } from '@fulcrum/server/notes';
import { calendarDayOption } from '../calendar-day-option.ts';
import { CliError } from '../cli-error.ts';

const parseNames = (value: string): string[] => {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0)
    throw new InvalidArgumentError('give names separated by commas, e.g. "Ana,Tom".');
  return names;
};

/** Lays suggestions out as a table a person can scan: side, owner, due, confidence, sentence. */
export const formatSuggestionTable = (suggestions: readonly CommitmentSuggestion[]): string => {
  const rows = suggestions.map((s) => [
    s.side,
    s.owner ?? '—',
    s.dueAt ?? (s.duePhrase ? `"${s.duePhrase}"` : '—'),
    s.confidence.toFixed(2),
    s.sentence,
  ]);
  const header = ['Side', 'Owner', 'Due', 'Conf.', 'Sentence'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  // The sentence is the last column, so it is not padded and may run as long as it is.
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
};

const readNotes = async (file: string) => {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(
      `cannot read "${file}" (${reason}); pass the path of a text file of meeting notes.`,
      2,
    );
  }
};

/** Registers `commitments extract`, in the `commitments` group it shares with other commands. */
export const registerCommitmentCommands = (program: Command) => {
  const commitments =
    program.commands.find((command) => command.name() === 'commitments') ??
    program.command('commitments').description('Commitments, ours and theirs');
  commitments
    .command('extract')
    .description(
      'Propose the commitments in meeting notes: whose, who owns them, when they are due',
    )
    .argument('<file>', 'a text file of meeting notes')
    .requiredOption(
      '--date <YYYY-MM-DD>',
      'the day of the meeting; "by Friday" counts from it',
      calendarDayOption('the day of the meeting'),
    )
    .option('--json', 'print the suggestions as a JSON array')
    .option('--ours <names>', 'our team members, comma-separated, e.g. "Ana,Tom"', parseNames)
    .option('--theirs <names>', "the account's stakeholders, comma-separated", parseNames)
    .action(
      async (
        file: string,
        options: { date: string; json?: boolean; ours?: string[]; theirs?: string[] },
      ) => {
        // Loaded here so that other commands do not pay for the date parser at start-up.
        const { extractCommitments } = await import('@fulcrum/server/notes');
        const suggestions = extractCommitments({
          text: await readNotes(file),
          referenceDate: options.date,
          ourNames: options.ours,
          theirNames: options.theirs,
        });
        if (options.json) console.log(JSON.stringify(suggestions, null, 2));
        else if (suggestions.length === 0) console.log(`No commitments found in ${file}.`);
        else console.log(formatSuggestionTable(suggestions));
      },
    );
};
