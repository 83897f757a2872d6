import type { Command } from 'commander';
import { detectOverdueCommitments, getWorkspaceByIdOrName } from '@fulcrum/server/commands';
import { withDatabase } from '../with-database.ts';

/** Registers `commitments overdue`: the detection the server runs hourly, on demand. */
export const registerOverdueCommand = (program: Command) => {
  const commitments =
    program.commands.find((command) => command.name() === 'commitments') ??
    program.command('commitments').description('Commitments, ours and theirs');
  commitments
    .command('overdue')
    .description('Mark open commitments past their due date as overdue and list them')
    .option('--workspace <idOrName>', 'only this workspace (default: all)')
    .option('--json', 'print the overdue commitments as JSON')
    .action(async (options: { workspace?: string; json?: boolean }) => {
      await withDatabase(async (db) => {
        const workspace = options.workspace
          ? await getWorkspaceByIdOrName(db, options.workspace)
          : null;
        const today = new Date().toISOString().slice(0, 10);
        const result = await detectOverdueCommitments(db, {
          today,
          ...(workspace ? { workspaceId: workspace.id } : {}),
        });
        if (options.json) {
          console.log(JSON.stringify(result.overdue, null, 2));
          return;
        }
        console.log(
          `${result.overdue.length} open commitment(s) overdue, ${result.newlyOverdue} newly found today.`,
        );
        for (const item of result.overdue) {
          console.log(`${item.dueOn}  ${(item.ownerName ?? '').padEnd(20)}  ${item.text}`);
        }
      });
    });
};
