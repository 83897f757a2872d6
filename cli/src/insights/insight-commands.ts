import { type Command, InvalidArgumentError, Option } from 'commander';
import {
  type CoverageFlag,
  dimensions,
  isDomainError,
  labels,
  parseSort,
  type PortfolioRow,
  type PortfolioSortField,
  portfolioSortFields,
  type SortOrder,
} from '@fulcrum/core';
import { getCoverage, getWorkspaceByIdOrName, listPortfolio } from '@fulcrum/server/commands';
import { printTable } from '../format-table.ts';
import { resolveId } from '../resolve-id.ts';
import { withDatabase } from '../with-database.ts';

const byName: SortOrder<PortfolioSortField> = { field: 'name', direction: 'asc' };

/** `--sort`: a field, with "-" in front for descending; unlike the API's `sort`, neither an empty
 * value nor "+" in front. */
const parseSortOption = (value: string): SortOrder<PortfolioSortField> => {
  const invalid = () =>
    new InvalidArgumentError(
      `use one of ${portfolioSortFields.join(', ')}, with "-" in front for descending.`,
    );
  if (value === '' || value.startsWith('+')) throw invalid();
  try {
    return parseSort(value, portfolioSortFields, byName);
  } catch (error) {
    if (isDomainError(error)) throw invalid();
    throw error;
  }
};

const percent = (value: number) => `${Math.round(value * 100)}%`;
const signedPoints = (change: number) => {
  const points = Math.round(change * 100);
  return points === 0 ? '→' : `${points > 0 ? '+' : ''}${points}`;
};

/** A portfolio row as one line of a table: name, owner, the four dimensions, alerts, overdue. */
const formatPortfolioRow = (row: PortfolioRow): string[] => [
  row.name,
  row.ownerName ?? '—',
  ...dimensions.map((d) => {
    const trust = row.dimensions[d];
    return `${percent(trust.expected)} ${signedPoints(trust.change30Days)} ±${percent(trust.uncertainty)}`;
  }),
  String(row.openAlerts.total),
  String(row.overdueCommitments.total),
  [row.isFalling ? 'falling' : '', row.isSingleThreaded ? 'single-threaded' : '']
    .filter((flag) => flag !== '')
    .join(', '),
];

/** A coverage flag in words. */
const describeCoverageFlag = (flag: CoverageFlag): string => {
  switch (flag.kind) {
    case 'single-threaded':
      return flag.side === 'ours'
        ? `Single-threaded: ${flag.personName} carries all ${flag.relationships} relationships on our side.`
        : `Single-threaded: every relationship runs through ${flag.personName} on their side.`;
    case 'level-not-reached':
      return `No connection at ${labels.seniority[flag.level].toLowerCase()} level (${flag.stakeholders} stakeholders there).`;
    case 'decision-maker-not-reached':
      return `Decision maker ${flag.name} is not reached by any of us.`;
    case 'stakeholder-left':
      return `${flag.name} left${flag.leftOn ? ` on ${flag.leftOn}` : ''}; we still know ${flag.stillKnown.length === 0 ? 'nobody else there' : flag.stillKnown.map((k) => k.name).join(', ')}.`;
  }
};

/** Registers `portfolio` and `coverage`: the lead's view of every account, and one account's
 * relationship coverage, as the web app shows them. */
export const registerInsightCommands = (program: Command) => {
  program
    .command('portfolio')
    .description('Every live account: the four trust dimensions, 30-day change, alerts, overdue')
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .option('--owner <nameOrId>', 'only accounts this team member owns ("none": without owner)')
    .option('--falling', 'only accounts whose trust fell in the last 30 days')
    .option('--single-threaded', 'only single-threaded accounts')
    .option('--overdue', 'only accounts with overdue commitments')
    .addOption(
      new Option('--sort <field>', `sort by ${portfolioSortFields.join(', ')}`)
        .argParser(parseSortOption)
        .default(byName, '"name"'),
    )
    .option('--json', 'print the rows as JSON')
    .action(
      async (options: {
        workspace: string;
        owner?: string;
        falling?: boolean;
        singleThreaded?: boolean;
        overdue?: boolean;
        sort: SortOrder<PortfolioSortField>;
        json?: boolean;
      }) => {
        await withDatabase(async (db) => {
          const workspace = await getWorkspaceByIdOrName(db, options.workspace);
          const owner =
            options.owner === undefined || options.owner === 'none'
              ? options.owner
              : await resolveId(db, 'team_members', workspace.id, options.owner);
          const page = await listPortfolio(db, workspace.id, {
            now: new Date(),
            filter: {
              owner,
              isFalling: options.falling,
              isSingleThreaded: options.singleThreaded,
              hasOverdue: options.overdue,
            },
            sort: options.sort,
            limit: 100,
          });
          if (options.json) {
            console.log(JSON.stringify(page.data, null, 2));
            return;
          }
          printTable(
            [
              'Account',
              'Owner',
              ...dimensions.map((d) => labels.dimension[d]),
              'Alerts',
              'Overdue',
              'Flags',
            ],
            page.data.map(formatPortfolioRow),
          );
          console.error(`${page.data.length} of ${page.total} accounts.`);
        });
      },
    );

  program
    .command('coverage')
    .description("An account's relationship coverage by seniority level, and what to look at")
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .requiredOption('--account <idOrName>', 'the account')
    .option('--json', 'print the coverage as JSON')
    .action(async (options: { workspace: string; account: string; json?: boolean }) => {
      await withDatabase(async (db) => {
        const workspace = await getWorkspaceByIdOrName(db, options.workspace);
        const accountId = await resolveId(db, 'accounts', workspace.id, options.account);
        const { coverage } = await getCoverage(db, workspace.id, accountId);
        if (options.json) {
          console.log(JSON.stringify(coverage, null, 2));
          return;
        }
        printTable(
          ['Level', 'Stakeholders', 'Reached', 'Our people'],
          coverage.levels.map((level) => [
            labels.seniority[level.level],
            String(level.stakeholders),
            String(level.reachedStakeholders),
            level.teamMemberNames.join(', ') || '—',
          ]),
        );
        for (const flag of coverage.flags) console.log(`! ${describeCoverageFlag(flag)}`);
      });
    });
};
