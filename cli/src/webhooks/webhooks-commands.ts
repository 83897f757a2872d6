import type { Command } from 'commander';
import { deliverDueWebhooks, getWorkspaceByIdOrName, listWebhooks } from '@fulcrum/server/commands';
import { withDatabase } from '../with-database.ts';

const when = (date: Date | null) =>
  date === null ? '' : new Date(date).toISOString().slice(0, 16).replace('T', ' ');

/** Registers `webhooks list` and `webhooks deliver`. */
export const registerWebhookCommands = (program: Command) => {
  const webhooks = program
    .command('webhooks')
    .description('Webhooks: signed events sent to other systems');

  webhooks
    .command('list')
    .description(
      "List a workspace's webhook endpoints, their events and latest delivery (never secrets)",
    )
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .option('--archived', 'list archived endpoints instead')
    .option('--json', 'print JSON')
    .action(async (options: { workspace: string; archived?: boolean; json?: boolean }) => {
      await withDatabase(async (db) => {
        const workspace = await getWorkspaceByIdOrName(db, options.workspace);
        const page = await listWebhooks(db, workspace.id, {
          sort: { field: 'createdAt', direction: 'asc' },
          limit: 100,
          archived: options.archived ? 'true' : 'false',
        });
        if (options.json) {
          console.log(
            JSON.stringify(
              page.data.map((w) => ({
                id: w.id,
                url: w.url,
                description: w.description,
                events: w.events,
                isEnabled: w.isEnabled,
                lastDelivery:
                  w.lastDeliveryId === null
                    ? null
                    : {
                        status: w.lastDeliveryStatus,
                        statusCode: w.lastDeliveryStatusCode,
                        at: w.lastDeliveryAt,
                      },
                waiting: w.waitingDeliveries,
                failed: w.failedDeliveries,
              })),
              null,
              2,
            ),
          );
          return;
        }
        if (page.data.length === 0) {
          console.log(`"${workspace.name}" has no ${options.archived ? 'archived ' : ''}webhooks.`);
          return;
        }
        for (const w of page.data) {
          const last =
            w.lastDeliveryId === null
              ? 'nothing sent yet'
              : `last ${w.lastDeliveryEventType} ${w.lastDeliveryStatus}${w.lastDeliveryStatusCode === null ? '' : ` (HTTP ${w.lastDeliveryStatusCode})`} at ${when(w.lastDeliveryAt)}`;
          console.log(
            `${w.isEnabled ? 'enabled ' : 'disabled'}  ${w.url}${w.description ? `  (${w.description})` : ''}`,
          );
          console.log(`          ${w.id}  ${w.events.join(', ')}`);
          console.log(
            `          ${last}; ${w.waitingDeliveries} waiting, ${w.failedDeliveries} failed`,
          );
        }
      });
    });

  webhooks
    .command('deliver')
    .description(
      'Send the deliveries that are due now, once, and print what happened (the server does this every 5 seconds)',
    )
    .option('--workspace <idOrName>', 'only this workspace (default: all)')
    .option('--json', 'print JSON')
    .action(async (options: { workspace?: string; json?: boolean }) => {
      await withDatabase(async (db) => {
        const workspace = options.workspace
          ? await getWorkspaceByIdOrName(db, options.workspace)
          : null;
        const run = await deliverDueWebhooks(db, workspace ? { workspaceId: workspace.id } : {});
        if (options.json) {
          console.log(JSON.stringify(run, null, 2));
          return;
        }
        console.log(
          `${run.attempted} attempt(s): ${run.delivered} delivered, ${run.retrying} to retry, ${run.failed} failed.`,
        );
        for (const result of run.results) {
          const outcome =
            result.status === 'pending' ? `retry at ${when(result.nextAttemptAt)}` : result.status;
          const answer =
            result.statusCode === null ? (result.error ?? '') : `HTTP ${result.statusCode}`;
          console.log(
            `${result.eventType.padEnd(26)} → ${result.url}  attempt ${result.attempt}: ${answer} → ${outcome}`,
          );
        }
      });
    });
};
