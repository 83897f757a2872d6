import type { Command } from 'commander';
import {
  defaultDigestSettings,
  describeDaysLeft,
  type Digest,
  type DigestList,
  labels,
  percent,
} from '@fulcrum/core';
import {
  findTeamMemberByNameOrEmail,
  getDigest,
  getWorkspaceByIdOrName,
} from '@fulcrum/server/commands';
import { calendarDayOption } from '../calendar-day-option.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../with-database.ts';

const signed = (points: number) => `${points > 0 ? '+' : '−'}${Math.abs(points)}`;

/** The lines of one list under its heading, "nothing" when empty, and how many were left out. */
const block = <T>(title: string, list: DigestList<T>, line: (item: T) => string[]): string[] => [
  `  ${title}`,
  ...(list.total === 0 ? ['    nothing'] : list.items.flatMap(line).map((text) => `    ${text}`)),
  ...(list.total > list.items.length ? [`    … and ${list.total - list.items.length} more`] : []),
];

/** The digest as text, in the order the page shows it. */
const formatDigest = (digest: Digest): string => {
  const { changed, due } = digest;
  const dueLine = (c: Digest['due']['overdue']['items'][number]) => [
    `${c.dueOn}  ${describeDaysLeft(c.daysLeft)}  ${c.accountName}: ${c.text} (${c.side === 'ours' ? `to ${c.recipientName ?? 'them'}` : `by ${c.ownerName}`})`,
  ];
  return [
    `Digest for ${digest.teamMember.name}, ${digest.week.start} to ${digest.week.end}`,
    digest.accounts.length === 0
      ? 'Carries no account yet.'
      : `Accounts: ${digest.accounts.map((a) => a.name).join(', ')}`,
    digest.summary,
    '',
    'What changed',
    ...block('Trust', changed.trustMoves, (m) => [
      `${m.accountName}: ${labels.dimension[m.dimension].toLowerCase()} ${percent(m.before)} → ${percent(m.after)} (${signed(Math.round(m.change * 100))} points)`,
    ]),
    ...block('Commitments', changed.commitmentChanges, (c) => [
      `${c.onDay}  ${c.accountName}: ${c.text} (${c.ownerName}), ${c.fromStatus} → ${c.toStatus}`,
    ]),
    ...block('Pulses', changed.pulses, (p) => [
      `${p.answeredAt.slice(0, 10)}  ${p.accountName}: ${p.stakeholderName ?? 'someone'} answered trust ${p.trustAnswer}, value ${p.valueAnswer}, backing ${p.backingAnswer}${p.comment ? ` — “${p.comment}”` : ''}`,
    ]),
    ...block('Stakeholders who left', changed.stakeholdersLeft, (s) => [
      `${s.leftOn}  ${s.accountName}: ${s.name} (${labels.buyingRole[s.buyingRole].toLowerCase()})`,
    ]),
    ...block('New alerts', changed.newAlerts, (a) => [
      `${a.severity.padEnd(6)}  ${a.accountName}: ${a.title}`,
    ]),
    '',
    'What is due',
    ...block('Overdue', due.overdue, dueLine),
    ...block(`Due in the next ${defaultDigestSettings.dueWithinDays} days`, due.dueSoon, dueLine),
    ...block('Owed by customers', due.owedToThem, dueLine),
    '',
    'What to do',
    ...block('Open alerts, most severe first', digest.toDo, (a) => [
      `${a.severity.padEnd(6)}  ${a.accountName}: ${a.title}${a.status === 'acknowledged' ? ' (acknowledged)' : ''}`,
      `        → ${a.suggestion}`,
    ]),
  ].join('\n');
};

/** Registers `digest`: one team member's week, as the /digest page shows it. */
export const registerDigestCommand = (program: Command) => {
  program
    .command('digest')
    .description("A team member's weekly digest: what changed, what is due, what to do")
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .option('--member <name>', 'the team member, by name')
    .option('--email <email>', 'the team member, by their email or their user’s')
    .option(
      '--week-ending <YYYY-MM-DD>',
      'the last day of the week (default: today)',
      calendarDayOption('the last day of the week'),
    )
    .option('--json', 'print the digest as JSON')
    .action(
      async (options: {
        workspace: string;
        member?: string;
        email?: string;
        weekEnding?: string;
        json?: boolean;
      }) => {
        if ((options.member === undefined) === (options.email === undefined)) {
          throw new CliError(
            'Say whose digest with exactly one of --member "Name" or --email address.',
            2,
          );
        }
        await withDatabase(async (db) => {
          const workspace = await getWorkspaceByIdOrName(db, options.workspace);
          const member = await findTeamMemberByNameOrEmail(
            db,
            workspace.id,
            options.member !== undefined ? { name: options.member } : { email: options.email! },
          );
          const { digest } = await getDigest(
            db,
            workspace.id,
            { teamMemberId: member.id, weekEnding: options.weekEnding },
            new Date(),
          );
          console.log(options.json ? JSON.stringify(digest, null, 2) : formatDigest(digest));
        });
      },
    );
};
