import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { computeWorkspaceBacktest, DomainError } from '@fulcrum/core';
import { getWorkspaceByIdOrName, recordObservations, replayTrust } from '@fulcrum/server/commands';
import { getTrustSettings, listWorkspaceEvidence } from '@fulcrum/server/db';
import { calendarDayOption } from '../calendar-day-option.ts';
import { resolveActor } from '../cli-actor.ts';
import { CliError } from '../cli-error.ts';
import { type ResolvableTable, resolveId } from '../resolve-id.ts';
import { withDatabase } from '../with-database.ts';

const parseDate = (value: string): Date => {
  // Noon, so that the day stays the same in every time zone the date is shown in.
  return new Date(`${calendarDayOption('the day it was observed')(value)}T12:00:00Z`);
};

/** Registers `observe`, `trust replay` and `backtest workspace`. */
export const registerTrustCommands = (program: Command) => {
  program
    .command('observe')
    .description(
      'Log an observation of a signal about an account (and optionally a stakeholder or opportunity)',
    )
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .requiredOption('--account <idOrName>', 'the account')
    .requiredOption(
      '--signal <idOrName>',
      'the signal, e.g. "Avoids our meetings" (see GET /api/signals)',
    )
    .option('--stakeholder <idOrName>', 'the stakeholder it is about')
    .option('--opportunity <idOrName>', 'the opportunity it is about')
    .option('--team-member <idOrName>', 'for personal trust: which of our people')
    .option('--date <YYYY-MM-DD>', 'when it was observed (default: today)', parseDate)
    .option('--note <text>', 'what happened')
    .option('--as <email>', 'record it as this member (default: the first owner)')
    .action(
      async (options: {
        workspace: string;
        account: string;
        signal: string;
        stakeholder?: string;
        opportunity?: string;
        teamMember?: string;
        date?: Date;
        note?: string;
        as?: string;
      }) => {
        await withDatabase(async (db) => {
          const workspace = await getWorkspaceByIdOrName(db, options.workspace);
          // An id that matches nothing may still be a name.
          const resolve = (table: ResolvableTable, idOrName: string, accountId?: string) =>
            resolveId(db, table, workspace.id, idOrName, accountId, { nameWhenNoId: true });
          const accountId = await resolve('accounts', options.account);
          const input = {
            accountId,
            signalId: await resolve('signals', options.signal),
            stakeholderId: options.stakeholder
              ? await resolve('stakeholders', options.stakeholder, accountId)
              : null,
            opportunityId: options.opportunity
              ? await resolve('opportunities', options.opportunity, accountId)
              : null,
            teamMemberId: options.teamMember
              ? await resolve('team_members', options.teamMember)
              : null,
            observedAt: options.date ?? new Date(),
            note: options.note ?? null,
          };
          const actor = await resolveActor(db, workspace.id, options.as);
          const [id] = await recordObservations(db, actor, [input], { now: new Date() });
          console.log(`Recorded observation ${id}.`);
        });
      },
    );

  const trust = program.command('trust').description('The trust ledger');
  trust
    .command('replay')
    .description(
      'Recompute every score from the ledger; reports drift from the stored state (and fixes it with --write)',
    )
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .option('--write', 'store the replayed scores')
    .action(async (options: { workspace: string; write?: boolean }) => {
      await withDatabase(async (db) => {
        const workspace = await getWorkspaceByIdOrName(db, options.workspace);
        const report = await replayTrust(db, workspace.id, { write: options.write ?? false });
        console.log(
          `Replayed ${report.evidenceRows} evidence rows into ${report.scores} scores: ${report.drifted} drifted (largest gap ${report.maxDrift.toExponential(2)}).`,
        );
        if (report.drifted > 0 && !options.write) {
          throw new CliError(
            'Stored scores differ from the ledger; run again with --write to store the replayed ones.',
            1,
          );
        }
      });
    });

  const backtest =
    program.commands.find((command) => command.name() === 'backtest') ??
    program.command('backtest');
  backtest
    .command('workspace')
    .description(
      "Does a score foresee the next observation's polarity? Brier score and AUC against the base rate",
    )
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .option('--json <path>', 'also write the report as JSON')
    .action(async (options: { workspace: string; json?: string }) => {
      await withDatabase(async (db) => {
        const workspace = await getWorkspaceByIdOrName(db, options.workspace);
        const settings = await getTrustSettings(db, workspace.id);
        const result = computeWorkspaceBacktest(
          await listWorkspaceEvidence(db, workspace.id),
          settings,
        );
        if (result.predictions === 0)
          throw new DomainError(
            'validation-failed',
            `"${workspace.name}" has no evidence to backtest yet.`,
          );
        const auc = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3));
        console.log(
          `Workspace "${workspace.name}": ${result.predictions} predictions, ${(result.positiveShare * 100).toFixed(1)} % positive`,
        );
        console.log(`Method          Brier    AUC`);
        console.log(
          `Fulcrum engine  ${result.engine.brier.toFixed(4)}   ${auc(result.engine.auc)}`,
        );
        console.log(
          `Base rate       ${result.baseRate.brier.toFixed(4)}   ${auc(result.baseRate.auc)}`,
        );
        if (options.json)
          await writeFile(
            options.json,
            JSON.stringify({ workspace: workspace.name, settings, ...result }, null, 2),
          );
      });
    });
};
