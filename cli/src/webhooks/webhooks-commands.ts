import { type Command, InvalidArgumentError } from 'commander';
import { type WebhookSubscribableEvent, webhookSubscribableEvents } from '@fulcrum/core';
import {
  createWebhook,
  deliverDueWebhooks,
  getWorkspaceByIdOrName,
  listWebhooks,
  sendTestWebhook,
  updateWebhook,
} from '@fulcrum/server/commands';
import { resolveActor } from '../cli-actor.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../with-database.ts';

const parseEvents = (value: string): WebhookSubscribableEvent[] => {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const events = names.flatMap((name) => webhookSubscribableEvents.filter((e) => e === name));
  if (names.length === 0 || events.length !== names.length)
    throw new InvalidArgumentError(
      `name events separated by commas, from ${webhookSubscribableEvents.join(', ')}.`,
    );
  return events;
};

const when = (date: Date | null) =>
  date === null ? '' : new Date(date).toISOString().slice(0, 16).replace('T', ' ');

/** Registers `webhooks create|list|test|archive|deliver`. */
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

  webhooks
    .command('create')
    .description('Add an endpoint; prints its signing secret once (stdout), the rest on stderr')
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .requiredOption('--url <url>', 'where to POST the events (https, or http for a local address)')
    .requiredOption(
      '--events <list>',
      `comma-separated, from ${webhookSubscribableEvents.join(', ')}`,
      parseEvents,
    )
    .option('--description <text>', 'what the endpoint is for')
    .option('--as <email>', 'act as this member (default: the first owner)')
    .action(
      async (options: {
        workspace: string;
        url: string;
        events: WebhookSubscribableEvent[];
        description?: string;
        as?: string;
      }) => {
        await withDatabase(async (db) => {
          const workspace = await getWorkspaceByIdOrName(db, options.workspace);
          const actor = await resolveActor(db, workspace.id, options.as);
          const { webhook, secret } = await createWebhook(db, actor, {
            url: options.url,
            events: options.events,
            description: options.description ?? null,
          });
          console.log(secret);
          console.error(
            `Webhook ${webhook.id} sends ${webhook.events.join(', ')} to ${webhook.url}. Keep the secret above to verify signatures: it is shown only now.`,
          );
        });
      },
    );

  webhooks
    .command('test')
    .description(
      "Send a signed webhook.test event to an endpoint now and print the receiver's answer",
    )
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .requiredOption('--id <webhookId>', 'the endpoint (ids are in `webhooks list`)')
    .option('--as <email>', 'act as this member (default: the first owner)')
    .action(async (options: { workspace: string; id: string; as?: string }) => {
      await withDatabase(async (db) => {
        const workspace = await getWorkspaceByIdOrName(db, options.workspace);
        const actor = await resolveActor(db, workspace.id, options.as);
        const { delivery } = await sendTestWebhook(db, actor, options.id);
        const answer =
          delivery.lastStatusCode === null
            ? (delivery.lastError ?? 'no answer')
            : `HTTP ${delivery.lastStatusCode}`;
        if (delivery.status !== 'delivered')
          throw new CliError(`The test was not delivered: ${answer}.`, 1);
        console.log(`Delivered: ${answer}.`);
      });
    });

  webhooks
    .command('archive')
    .description(
      'Archive an endpoint: nothing more is sent to it, and what was waiting is given up',
    )
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .requiredOption('--id <webhookId>', 'the endpoint (ids are in `webhooks list`)')
    .option('--as <email>', 'act as this member (default: the first owner)')
    .action(async (options: { workspace: string; id: string; as?: string }) => {
      await withDatabase(async (db) => {
        const workspace = await getWorkspaceByIdOrName(db, options.workspace);
        const actor = await resolveActor(db, workspace.id, options.as);
        const webhook = await updateWebhook(db, actor, options.id, { archived: true });
        console.log(`Archived the webhook to ${webhook.url}.`);
      });
    });
};
