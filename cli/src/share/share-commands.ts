import { type Command, InvalidArgumentError, Option } from 'commander';
import {
  shareLinkDefaultDays,
  shareLinkMaxDays,
  type ShareScope,
  shareScopes,
} from '@fulcrum/core';
import {
  createShareLink,
  getWorkspaceByIdOrName,
  listShareLinks,
  reissueShareLink,
  revokeShareLink,
  shareLinkStateOf,
} from '@fulcrum/server/commands';
import { resolveActor } from '../cli-actor.ts';
import { resolveId } from '../resolve-id.ts';
import { withDatabase } from '../with-database.ts';

const parseDays = (value: string): number => {
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > shareLinkMaxDays)
    throw new InvalidArgumentError(`use a whole number of days from 1 to ${shareLinkMaxDays}.`);
  return days;
};

/** Registers `share create|list|revoke`: share links to an account's shared view. */
export const registerShareCommands = (program: Command) => {
  const share = program
    .command('share')
    .description("Share links: the account's people see the mutual plan and commitments");

  share
    .command('create')
    .description('Create a share link; prints its address once (the token is never shown again)')
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .requiredOption('--account <idOrName>', 'the account to share')
    .option('--stakeholder <idOrName>', 'the stakeholder the link is for')
    .addOption(
      new Option('--scope <scope>', 'respond also confirms, comments and answers the pulse')
        .choices(shareScopes)
        .default('view'),
    )
    .option(
      '--days <days>',
      `days until it expires (at most ${shareLinkMaxDays})`,
      parseDays,
      shareLinkDefaultDays,
    )
    .option('--base-url <url>', 'where Fulcrum is served', 'http://127.0.0.1:3000')
    .action(
      async (options: {
        workspace: string;
        account: string;
        stakeholder?: string;
        scope: ShareScope;
        days: number;
        baseUrl: string;
      }) => {
        await withDatabase(async (db) => {
          const workspace = await getWorkspaceByIdOrName(db, options.workspace);
          const accountId = await resolveId(db, 'accounts', workspace.id, options.account);
          const stakeholderId = options.stakeholder
            ? await resolveId(db, 'stakeholders', workspace.id, options.stakeholder, accountId)
            : null;
          const created = await createShareLink(
            db,
            await resolveActor(db, workspace.id),
            accountId,
            { stakeholderId, scope: options.scope, days: options.days },
            new Date(),
          );
          console.log(`${options.baseUrl.replace(/\/$/, '')}/s/${created.token}`);
          console.error(
            `Share link ${created.link.id} (${created.link.scope}) expires ${created.link.expiresAt.toISOString().slice(0, 10)}. The address is shown only now.`,
          );
        });
      },
    );

  share
    .command('list')
    .description('List share links with their state and last use')
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .option('--account <idOrName>', 'only this account')
    .option('--json', 'print JSON')
    .action(async (options: { workspace: string; account?: string; json?: boolean }) => {
      await withDatabase(async (db) => {
        const workspace = await getWorkspaceByIdOrName(db, options.workspace);
        const accountId = options.account
          ? await resolveId(db, 'accounts', workspace.id, options.account)
          : null;
        const now = new Date();
        const links = (await listShareLinks(db, workspace.id, accountId)).map((link) => ({
          id: link.id,
          accountId: link.accountId,
          stakeholder: link.stakeholderName,
          scope: link.scope,
          state: shareLinkStateOf(link, now),
          expiresAt: link.expiresAt.toISOString(),
          lastUsedAt: link.lastUsedAt?.toISOString() ?? null,
          pulses: link.pulseCount,
        }));
        if (options.json) {
          console.log(JSON.stringify(links, null, 2));
          return;
        }
        console.log(`${links.length} share link(s).`);
        for (const link of links) {
          console.log(
            `${link.id}  ${link.scope.padEnd(7)}  ${link.state.padEnd(7)}  expires ${link.expiresAt.slice(0, 10)}  last used ${link.lastUsedAt?.slice(0, 10) ?? 'never'}  ${link.stakeholder ?? ''}`,
          );
        }
      });
    });

  share
    .command('revoke')
    .description('Revoke a share link at once')
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .requiredOption('--id <id>', 'the share link id (from share list)')
    .action(async (options: { workspace: string; id: string }) => {
      await withDatabase(async (db) => {
        const workspace = await getWorkspaceByIdOrName(db, options.workspace);
        const link = await revokeShareLink(
          db,
          await resolveActor(db, workspace.id),
          options.id,
          new Date(),
        );
        console.log(`Share link ${link.id} revoked.`);
      });
    });

  share
    .command('reissue')
    .description('Re-issue a share link: the old address stops working, a new one is printed once')
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .requiredOption('--id <id>', 'the share link id (from share list)')
    .option(
      '--days <days>',
      `days until the new link expires (at most ${shareLinkMaxDays})`,
      parseDays,
      shareLinkDefaultDays,
    )
    .option('--base-url <url>', 'where Fulcrum is served', 'http://127.0.0.1:3000')
    .action(async (options: { workspace: string; id: string; days: number; baseUrl: string }) => {
      await withDatabase(async (db) => {
        const workspace = await getWorkspaceByIdOrName(db, options.workspace);
        const created = await reissueShareLink(
          db,
          await resolveActor(db, workspace.id),
          options.id,
          { days: options.days },
          new Date(),
        );
        console.log(`${options.baseUrl.replace(/\/$/, '')}/s/${created.token}`);
        console.error(
          `Share link ${created.link.id} replaces ${created.replacedShareLinkId} (revoked) and expires ${created.link.expiresAt.toISOString().slice(0, 10)}. The address is shown only now.`,
        );
      });
    });
};
