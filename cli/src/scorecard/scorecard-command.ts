import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { dimensions, formatAmounts, percent, type Scorecard } from '@fulcrum/core';
import {
  exportScorecardsCsv,
  getWorkspaceByIdOrName,
  listScorecards,
  resolveScorecardPeriod,
} from '@fulcrum/server/commands';
import { calendarDayOption } from '../calendar-day-option.ts';
import { printTable } from '../format-table.ts';
import { withDatabase } from '../with-database.ts';

const points = (change: number) => {
  const value = Math.round(change * 1000) / 10;
  return `${value > 0 ? '+' : ''}${value.toFixed(1)}`;
};
const rateOrDash = (rate: number | null) => (rate === null ? '—' : percent(rate));

/** The columns the terminal shows: the long game first, then the short game. */
const columns: { title: string; cell: (name: string, s: Scorecard) => string }[] = [
  { title: 'Team member', cell: (name) => name },
  { title: 'On time', cell: (_, s) => rateOrDash(s.commitments.onTimeRate) },
  {
    title: 'Kept/late/broken',
    cell: (_, s) => `${s.commitments.kept}/${s.commitments.keptLate}/${s.commitments.broken}`,
  },
  { title: 'Open', cell: (_, s) => String(s.commitments.open) },
  { title: 'Accounts', cell: (_, s) => String(s.accounts.count) },
  {
    title: 'Trust Δ pts (P/C/Cap/R)',
    cell: (_, s) => dimensions.map((d) => points(s.accounts.trust[d].change)).join(' '),
  },
  { title: 'Their trust in them Δ', cell: (_, s) => points(s.stakeholders.personalTrust.change) },
  {
    title: 'New rel/people/levels',
    cell: (_, s) =>
      `${s.coverage.relationshipsStarted}/${s.coverage.stakeholdersNewlyReached.length}/${s.coverage.levelsNewlyReached.length}`,
  },
  { title: 'Value', cell: (_, s) => String(s.value.delivered) },
  { title: 'Pulses', cell: (_, s) => String(s.pulses.count) },
  {
    title: 'Won',
    cell: (_, s) =>
      `${s.opportunities.won.count}${s.opportunities.won.count > 0 ? ` (${formatAmounts(s.opportunities.won.amounts)})` : ''}`,
  },
  {
    title: 'Pipeline',
    cell: (_, s) =>
      `${s.opportunities.open.count}${s.opportunities.open.count > 0 ? ` (${formatAmounts(s.opportunities.open.amounts)})` : ''}`,
  },
];

/** Registers `scorecard`: the team's scorecards as a table, or as CSV with --csv. */
export const registerScorecardCommand = (program: Command) => {
  program
    .command('scorecard')
    .description(
      "Each team member's long game (promises kept, trust, coverage, value, pulses) beside their deals, over a period",
    )
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .option(
      '--from <day>',
      'first day, YYYY-MM-DD (default: 89 days before --to)',
      calendarDayOption(),
    )
    .option('--to <day>', 'last day, YYYY-MM-DD (default: today)', calendarDayOption())
    .option('--csv <file>', 'write the scorecards to this CSV file instead of printing them')
    .action(async (options: { workspace: string; from?: string; to?: string; csv?: string }) => {
      await withDatabase(async (db) => {
        const workspace = await getWorkspaceByIdOrName(db, options.workspace);
        const period = resolveScorecardPeriod(options, new Date());
        if (options.csv !== undefined) {
          writeFileSync(options.csv, await exportScorecardsCsv(db, workspace.id, period));
          console.log(
            `Wrote the scorecards of "${workspace.name}" for ${period.from} to ${period.to} to ${options.csv}.`,
          );
          return;
        }
        const cards = await listScorecards(db, workspace.id, {
          period,
          sort: { field: 'name', direction: 'asc' },
          limit: 10_000,
        });
        const rows = cards.data.map((card) =>
          columns.map((column) => column.cell(card.teamMember.name, card.scorecard)),
        );
        console.log(`Scorecards of "${workspace.name}", ${period.from} to ${period.to}`);
        printTable(
          columns.map((column) => column.title),
          rows,
        );
        if (rows.length === 0) console.log('No team members yet.');
      });
    });
};
