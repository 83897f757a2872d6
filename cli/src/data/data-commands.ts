import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Command, Option } from 'commander';
import { describeRejection, formatLineNumber, type ImportType, importTypes } from '@fulcrum/core';
import {
  backupDatabase,
  type ExportFormat,
  exportFormats,
  getWorkspaceByIdOrName,
  importRecords,
  openCsv,
  restoreDatabase,
  writeWorkspaceExport,
} from '@fulcrum/server/commands';
import { CliError } from '../cli-error.ts';
import { oneOf, wholeNumberOption } from '../option-parsers.ts';
import { withDatabase } from '../with-database.ts';

const readMapping = async (path: string): Promise<unknown> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`Cannot read the mapping file ${path}.`, 2);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(
      `The mapping file ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
      2,
    );
  }
};

/** A progress line on stderr: redrawn in place on a terminal, every few seconds otherwise. */
const progressReporter = (totalBytes: number) => {
  const isTty = process.stderr.isTTY === true;
  let lastPrinted = Date.now();
  let printed = false;
  return {
    update: ({ rows, bytes }: { rows: number; bytes: number }) => {
      const now = Date.now();
      if (now - lastPrinted < (isTty ? 200 : 2000)) return;
      lastPrinted = now;
      printed = true;
      const share = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
      const bar = '#'.repeat(Math.round(share * 30)).padEnd(30, '.');
      const line = `[${bar}] ${(share * 100).toFixed(0).padStart(3)} %  ${formatLineNumber(rows)} rows`;
      process.stderr.write(isTty ? `\r${line}` : `${line}\n`);
    },
    done: () => {
      if (printed && isTty) process.stderr.write('\n');
    },
  };
};

/** Registers `import`, `export`, `backup` and `restore`. */
export const registerDataCommands = (program: Command) => {
  program
    .command('import')
    .description(
      'Import a CSV export of a CRM (Salesforce, HubSpot, or any CSV with --mapping); rows are upserted by their CRM id',
    )
    .argument('<file>', 'the CSV file (UTF-8 with or without BOM, or Latin-1; , ; or tab)')
    .requiredOption('--workspace <idOrName>', 'the workspace to import into')
    .addOption(
      new Option('--type <type>', 'what the file holds (detected from the headers when left out)')
        .choices(importTypes)
        .argParser(oneOf(importTypes)),
    )
    .option('--mapping <file>', 'a JSON mapping of columns for files of other CRMs')
    .option('--dry-run', 'check and count without changing anything')
    .option('--batch-size <rows>', 'rows per transaction', wholeNumberOption(1, 5000), 1000)
    .action(
      async (
        file: string,
        options: {
          workspace: string;
          type?: ImportType;
          mapping?: string;
          dryRun?: boolean;
          batchSize: number;
        },
      ) => {
        let size: number;
        try {
          size = statSync(file).size;
        } catch {
          throw new CliError(`Cannot read ${file}: there is no such file.`, 2);
        }
        const mapping = options.mapping ? await readMapping(options.mapping) : undefined;
        await withDatabase(async (db) => {
          const workspace = await getWorkspaceByIdOrName(db, options.workspace);
          const csv = await openCsv(createReadStream(file));
          const progress = progressReporter(size);
          const stop = new AbortController();
          const onInterrupt = () => {
            process.stderr.write('\nStopping after the batch in progress…\n');
            stop.abort();
          };
          process.once('SIGINT', onInterrupt);
          try {
            const summary = await importRecords(db, workspace.id, {
              file: csv,
              type: options.type,
              mapping,
              dryRun: options.dryRun ?? false,
              batchSize: options.batchSize,
              onProgress: progress.update,
              signal: stop.signal,
            });
            progress.done();
            const verb = summary.dryRun ? 'Checked (dry run, nothing saved)' : 'Imported';
            console.log(
              `${verb} ${basename(file)} as ${summary.mapping.label} into "${workspace.name}": ${formatLineNumber(summary.rows)} rows, ${formatLineNumber(summary.created)} created, ${formatLineNumber(summary.updated)} updated, ${formatLineNumber(summary.unchanged)} unchanged, ${formatLineNumber(summary.rejected)} rejected.`,
            );
            for (const rejection of summary.rejections)
              console.log(`  ${describeRejection(rejection)}`);
            if (summary.rejected > summary.rejections.length)
              console.log(
                `  … and ${formatLineNumber(summary.rejected - summary.rejections.length)} more rejected rows.`,
              );
            if (stop.signal.aborted)
              throw new CliError(
                'Stopped early: every committed batch is whole. Run the same command again to complete the import.',
                130,
              );
          } finally {
            process.off('SIGINT', onInterrupt);
          }
        });
      },
    );

  program
    .command('export')
    .description(
      'Export every table of a workspace (records, evidence ledger, scores) as CSV or JSON Lines files',
    )
    .requiredOption('--workspace <idOrName>', 'the workspace')
    .addOption(
      new Option('--format <format>', 'csv or jsonl')
        .choices(exportFormats)
        .argParser(oneOf(exportFormats))
        .makeOptionMandatory(),
    )
    .requiredOption('--out <dir>', 'the directory to write one file per table to')
    .action(async (options: { workspace: string; format: ExportFormat; out: string }) => {
      await withDatabase(async (db) => {
        const workspace = await getWorkspaceByIdOrName(db, options.workspace);
        const counts = await writeWorkspaceExport(db, workspace.id, {
          format: options.format,
          dir: options.out,
        });
        const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
        console.log(
          `Exported "${workspace.name}" to ${options.out}: ${Object.keys(counts).length} tables, ${formatLineNumber(rows)} rows (${options.format}).`,
        );
      });
    });

  program
    .command('backup')
    .description(
      'Write a consistent, compressed snapshot of the whole installation (or one workspace) to a file',
    )
    .requiredOption('--out <file>', 'the backup file to write, e.g. fulcrum.backup.gz')
    .option('--workspace <idOrName>', 'back up only this workspace and its members')
    .action(async (options: { out: string; workspace?: string }) => {
      await withDatabase(async (db) => {
        const workspace = options.workspace
          ? await getWorkspaceByIdOrName(db, options.workspace)
          : undefined;
        const report = await backupDatabase(db, createWriteStream(options.out), {
          workspaceId: workspace?.id,
          now: new Date(),
        });
        console.log(
          `Backed up ${workspace ? `"${workspace.name}"` : 'the installation'} to ${options.out}: ${formatLineNumber(report.rows)} rows in ${Object.keys(report.tables).length} tables.`,
        );
      });
    });

  program
    .command('restore')
    .description(
      'Restore a backup into an empty database (PGlite or PostgreSQL, whichever took the backup)',
    )
    .argument('<file>', 'a file written by `fulcrum backup`')
    .action(async (file: string) => {
      try {
        statSync(file);
      } catch {
        throw new CliError(`Cannot read ${file}: there is no such file.`, 2);
      }
      await withDatabase(async (db) => {
        const report = await restoreDatabase(db, createReadStream(file));
        console.log(
          `Restored ${formatLineNumber(report.rows)} rows in ${Object.keys(report.tables).length} tables from ${file}. Check the scores with: npx fulcrum trust replay --workspace <name>`,
        );
      });
    });
};
