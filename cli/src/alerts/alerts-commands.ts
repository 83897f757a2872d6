import { type Command, Option } from 'commander';
import { limits } from '@fulcrum/core';
import {
  acknowledgeAlert,
  type Alert,
  type AlertStatusFilter,
  evaluateWorkspaceAlerts,
  getWorkspaceByIdOrName,
  listAlerts,
  snoozeAlert,
} from '@fulcrum/server/commands';
import { calendarDayOption } from '../calendar-day-option.ts';
import { resolveActor } from '../cli-actor.ts';
import { wholeNumberOption } from '../option-parsers.ts';
import { resolveId } from '../resolve-id.ts';
import { withDatabase } from '../with-database.ts';

const statusFilters: readonly AlertStatusFilter[] = [
  'active',
  'open',
  'acknowledged',
  'snoozed',
  'resolved',
];

/** An alert as the CLI prints it in JSON: what it is, why, and what to do. */
const alertJson = (a: Alert) => ({
  id: a.id,
  account: a.accountName,
  owner: a.ownerName,
  rule: a.rule,
  severity: a.severity,
  status: a.status,
  title: a.title,
  reason: a.reason,
  suggestion: a.suggestion,
  figures: a.figures,
  statusReason: a.statusReason,
  snoozedUntil: a.snoozedUntil === null ? null : new Date(a.snoozedUntil).toISOString(),
  raisedAt: new Date(a.raisedAt).toISOString(),
});

const printAlert = (a: Alert) => {
  const status =
    a.status === 'snoozed' && a.snoozedUntil !== null
      ? `snoozed until ${new Date(a.snoozedUntil).toISOString().slice(0, 10)}`
      : a.status;
  console.log(`${a.severity.padEnd(6)}  ${a.accountName.padEnd(24)}  ${a.title}`);
  console.log(`        ${a.id}  ${status}${a.ownerName ? `, ${a.ownerName}` : ''}`);
  console.log(`        ${a.reason}`);
  console.log(`        → ${a.suggestion}`);
};

/** Registers `alerts run|list|ack|snooze`: the evaluation the server runs hourly, on demand, and
 * the alerts it raised. */
export const registerAlertCommands = (program: Command) => {
  const alerts = program
    .command('alerts')
    .description('Alerts: what needs attention, and what to do');
  alerts
    .command('run')
    .description(
      'Evaluate the alert rules for every account (skips accounts whose inputs did not change)',
    )
    .option('--workspace <idOrName>', 'only this workspace (default: all)')
    .option('--force', 'evaluate every account even if nothing changed')
    .option('--json', 'print the summary and, with --workspace, the open alerts as JSON')
    .action(async (options: { workspace?: string; force?: boolean; json?: boolean }) => {
      await withDatabase(async (db) => {
        const workspace = options.workspace
          ? await getWorkspaceByIdOrName(db, options.workspace)
          : null;
        const summary = await evaluateWorkspaceAlerts(db, {
          now: new Date(),
          force: options.force ?? false,
          ...(workspace ? { workspaceId: workspace.id } : {}),
        });
        const open = workspace
          ? (
              await listAlerts(db, workspace.id, {
                status: 'active',
                sort: { field: 'severity', direction: 'asc' },
                limit: 100,
              })
            ).data
          : [];
        if (options.json) {
          console.log(
            JSON.stringify(
              {
                ...summary,
                alerts: open.map(alertJson),
              },
              null,
              2,
            ),
          );
          return;
        }
        console.log(
          `${summary.accounts} account(s): ${summary.evaluated} evaluated, ${summary.accounts - summary.evaluated} unchanged; ${summary.raised} alert(s) raised, ${summary.resolved} resolved, ${summary.open} open.`,
        );
        for (const alert of open) {
          console.log(
            `${alert.severity.padEnd(6)}  ${alert.accountName.padEnd(24)}  ${alert.title}`,
          );
          console.log(`        → ${alert.suggestion}`);
        }
      });
    });

  alerts
    .command('list')
    .description('List the alerts of a workspace, an account or an owner, most urgent first')
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .option('--account <idOrName>', 'only this account')
    .option('--owner <idOrName>', 'only alerts for this team member')
    .addOption(
      new Option('--status <status>', 'active is all but resolved')
        .choices(statusFilters)
        .default('active'),
    )
    .option('--search <text>', 'only alerts whose title, reason or account name has this text')
    .option(
      '--limit <count>',
      `how many at most (1 to ${limits.pageSizeMax})`,
      wholeNumberOption(1, limits.pageSizeMax),
      50,
    )
    .option('--json', 'print JSON')
    .action(
      async (options: {
        workspace: string;
        account?: string;
        owner?: string;
        status: AlertStatusFilter;
        search?: string;
        limit: number;
        json?: boolean;
      }) => {
        await withDatabase(async (db) => {
          const workspace = await getWorkspaceByIdOrName(db, options.workspace);
          const page = await listAlerts(db, workspace.id, {
            accountId: options.account
              ? await resolveId(db, 'accounts', workspace.id, options.account)
              : undefined,
            ownerTeamMemberId: options.owner
              ? await resolveId(db, 'team_members', workspace.id, options.owner)
              : undefined,
            status: options.status,
            q: options.search,
            sort: { field: 'severity', direction: 'asc' },
            limit: options.limit,
          });
          if (options.json) {
            console.log(JSON.stringify(page.data.map(alertJson), null, 2));
            return;
          }
          if (page.data.length === 0) {
            console.log(`No ${options.status === 'active' ? '' : `${options.status} `}alerts.`);
            return;
          }
          page.data.forEach(printAlert);
          if (page.nextCursor !== null)
            console.log(
              `… more alerts than these ${page.data.length}; narrow the list or raise --limit.`,
            );
        });
      },
    );

  alerts
    .command('ack')
    .description('Acknowledge an alert: seen and handled; it stays so until its situation is gone')
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .requiredOption('--id <alertId>', 'the alert (ids are in `alerts list`)')
    .option('--reason <text>', 'what was done about it')
    .option('--as <email>', 'act as this member (default: the first owner)')
    .action(async (options: { workspace: string; id: string; reason?: string; as?: string }) => {
      await withDatabase(async (db) => {
        const workspace = await getWorkspaceByIdOrName(db, options.workspace);
        const actor = await resolveActor(db, workspace.id, options.as);
        const alert = await acknowledgeAlert(db, actor, options.id, {
          reason: options.reason ?? null,
        });
        console.log(`Acknowledged: ${alert.title} (${alert.accountName}).`);
      });
    });

  alerts
    .command('snooze')
    .description('Snooze an alert until a day, saying why; it is open again from that day on')
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .requiredOption('--id <alertId>', 'the alert (ids are in `alerts list`)')
    .requiredOption(
      '--until <YYYY-MM-DD>',
      'the day it opens again (at 00:00 UTC)',
      calendarDayOption('the day it opens again'),
    )
    .requiredOption('--reason <text>', 'why it can wait')
    .option('--as <email>', 'act as this member (default: the first owner)')
    .action(
      async (options: {
        workspace: string;
        id: string;
        until: string;
        reason: string;
        as?: string;
      }) => {
        await withDatabase(async (db) => {
          const workspace = await getWorkspaceByIdOrName(db, options.workspace);
          const actor = await resolveActor(db, workspace.id, options.as);
          const alert = await snoozeAlert(
            db,
            actor,
            options.id,
            { until: new Date(`${options.until}T00:00:00Z`), reason: options.reason },
            new Date(),
          );
          console.log(`Snoozed until ${options.until}: ${alert.title} (${alert.accountName}).`);
        });
      },
    );
};
