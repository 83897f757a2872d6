import type { Command } from 'commander';
import {
  evaluateWorkspaceAlerts,
  getWorkspaceByIdOrName,
  listAlerts,
} from '@fulcrum/server/commands';
import { withDatabase } from '../with-database.ts';

/** Registers `alerts run`: the evaluation the server runs hourly, on demand. */
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
                alerts: open.map((a) => ({
                  id: a.id,
                  account: a.accountName,
                  rule: a.rule,
                  severity: a.severity,
                  status: a.status,
                  title: a.title,
                  reason: a.reason,
                  suggestion: a.suggestion,
                })),
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
};
