import { createWriteStream, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Db } from '../db/index.ts';
import { inSnapshot, type DataTable, listDataTables, streamTableRows } from './export-tables.ts';

/** The formats a workspace exports to. */
export const exportFormats = ['csv', 'jsonl'] as const;
/** CSV (one file per table, a header row) or JSON Lines (one object per line). */
export type ExportFormat = (typeof exportFormats)[number];

// API tokens (hashes) and webhook signing secrets are backed up with an installation, never
// exported.
const secretTables = new Set(['api_tokens', 'webhook_secrets']);
const isExported = (table: DataTable) => table.hasWorkspace && !secretTables.has(table.name);

/** Reads every table of a workspace (accounts to the evidence ledger and scores) in one
 * consistent snapshot, calling `onRow` with each row as JSON text; awaits it, so a slow
 * consumer slows the reading instead of filling memory. */
export const exportWorkspace = async (
  db: Db,
  workspaceId: string,
  sink: {
    onTable?: (table: DataTable) => Promise<void> | void;
    onRow: (table: DataTable, row: string) => Promise<void> | void;
  },
): Promise<Record<string, number>> =>
  inSnapshot(db, async (tx) => {
    const counts: Record<string, number> = {};
    for (const table of (await listDataTables(tx)).filter(isExported)) {
      counts[table.name] = 0;
      await sink.onTable?.(table);
      for await (const row of streamTableRows(tx, table, { workspaceId })) {
        counts[table.name]!++;
        await sink.onRow(table, row);
      }
    }
    return counts;
  });

const csvCell = (value: unknown): string => {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One CSV line (with its newline) of a table's row given as JSON text. */
export const csvLineOf = (table: DataTable, row: string): string => {
  const values = JSON.parse(row) as Record<string, unknown>;
  return `${table.columns.map((column) => csvCell(values[column])).join(',')}\r\n`;
};

/** A CSV header line for a table. */
export const csvHeaderOf = (table: DataTable): string => `${table.columns.join(',')}\r\n`;

const write = async (stream: Writable, text: string) => {
  if (!stream.write(text)) await once(stream, 'drain');
};

/** Writes a workspace's export to a directory: one `<table>.csv` or `<table>.jsonl` per table
 * and a `manifest.json` with the row counts. Returns the counts. */
export const writeWorkspaceExport = async (
  db: Db,
  workspaceId: string,
  options: { format: ExportFormat; dir: string },
): Promise<Record<string, number>> => {
  mkdirSync(options.dir, { recursive: true });
  let current: Writable | null = null;
  const finish = async () => {
    if (current === null) return;
    const closing = current;
    current = null;
    closing.end();
    await once(closing, 'finish');
  };
  try {
    const counts = await exportWorkspace(db, workspaceId, {
      onTable: async (table) => {
        await finish();
        current = createWriteStream(join(options.dir, `${table.name}.${options.format}`));
        if (options.format === 'csv') await write(current, csvHeaderOf(table));
      },
      onRow: (table, row) =>
        write(current!, options.format === 'csv' ? csvLineOf(table, row) : `${row}\n`),
    });
    await finish();
    await writeFile(
      join(options.dir, 'manifest.json'),
      `${JSON.stringify({ format: `fulcrum-export-${options.format}`, version: 1, workspaceId, tables: counts }, null, 2)}\n`,
    );
    return counts;
  } finally {
    await finish();
  }
};
