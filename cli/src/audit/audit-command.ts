import type { Command } from 'commander';
import {
  type AuditActorKind,
  auditActorKinds,
  type AuditEntityType,
  auditEntityTypes,
  limits,
} from '@fulcrum/core';
import { type AuditEntry, getWorkspaceByIdOrName, listAuditLog } from '@fulcrum/server/commands';
import { oneOf, wholeNumberOption } from '../option-parsers.ts';
import { resolveId } from '../resolve-id.ts';
import { withDatabase } from '../with-database.ts';

const show = (value: unknown): string =>
  value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

/** One entry as lines of text: when, who, what, then each field before → after. */
const formatAuditEntry = (entry: AuditEntry): string => {
  const head = `${entry.at.toISOString().slice(0, 16).replace('T', ' ')}  ${entry.actor.name}  ${entry.action} ${entry.entity.type} “${entry.entity.label}”`;
  if (entry.action === 'create') return head;
  const fields = entry.changes.map(
    (change) => `    ${change.field}: ${show(change.before)} → ${show(change.after)}`,
  );
  return [head, ...fields].join('\n');
};

/** Registers `audit`: the audit log of a workspace or one account, newest first. */
export const registerAuditCommand = (program: Command) => {
  program
    .command('audit')
    .description('Show the audit log: who changed what, when, before and after (newest first)')
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .option('--account <idOrName>', 'only this account and its records')
    .option(
      '--type <type>',
      `only this kind of record (${auditEntityTypes.join(', ')})`,
      oneOf(auditEntityTypes),
    )
    .option(
      '--actor <kind>',
      `only changes by ${auditActorKinds.join(', ')}`,
      oneOf(auditActorKinds),
    )
    .option(
      '--limit <n>',
      `how many entries (at most ${limits.pageSizeMax})`,
      wholeNumberOption(1, limits.pageSizeMax),
      50,
    )
    .option('--json', 'print the entries as JSON')
    .action(
      async (options: {
        workspace: string;
        account?: string;
        type?: AuditEntityType;
        actor?: AuditActorKind;
        limit: number;
        json?: boolean;
      }) => {
        await withDatabase(async (db) => {
          const workspace = await getWorkspaceByIdOrName(db, options.workspace);
          const accountId = options.account
            ? await resolveId(db, 'accounts', workspace.id, options.account)
            : undefined;
          const page = await listAuditLog(db, workspace.id, {
            accountId,
            entityTypes: options.type ? [options.type] : undefined,
            actorKind: options.actor,
            limit: options.limit,
          });
          if (options.json) {
            console.log(JSON.stringify(page.data, null, 2));
            return;
          }
          for (const entry of page.data) console.log(formatAuditEntry(entry));
          console.error(`${page.data.length} of ${page.total} entries.`);
        });
      },
    );
};
