import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { DomainError } from '@fulcrum/core';
import { auditOffStatement, type Db, listMigrations } from '../db/index.ts';
import { inSnapshot, type DataTable, listDataTables, streamTableRows } from './export-tables.ts';

/** The first line of a backup. */
export type BackupHeader = {
  format: 'fulcrum-backup';
  version: 1;
  schemaVersion: number;
  scope: 'installation' | 'workspace';
  workspaceId: string | null;
  createdAt: string;
  tables: string[];
};

/** What a backup or restore covered. */
export type BackupReport = { tables: Record<string, number>; rows: number };

const latestSchemaVersion = () => Math.max(0, ...listMigrations().map((m) => m.version));

/** Writes a consistent snapshot (one read-only transaction) of the installation, or of one
 * workspace and its members, as gzip-compressed JSON Lines: a header, then `{"t","r"}` per row,
 * parents before children, then an end marker that tells a complete backup from a cut one. */
export const backupDatabase = async (
  db: Db,
  output: Writable,
  options: { workspaceId?: string | undefined; now: Date },
): Promise<BackupReport> => {
  const gzip = createGzip();
  gzip.pipe(output);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  const report = await inSnapshot(db, async (tx) => {
    const scope = options.workspaceId;
    const tables = (await listDataTables(tx)).filter(
      (table) => scope === undefined || table.hasWorkspace || table.name === 'users',
    );
    const header: BackupHeader = {
      format: 'fulcrum-backup',
      version: 1,
      schemaVersion: latestSchemaVersion(),
      scope: scope === undefined ? 'installation' : 'workspace',
      workspaceId: scope ?? null,
      createdAt: options.now.toISOString(),
      tables: tables.map((table) => table.name),
    };
    await write(JSON.stringify(header));
    const counts: Record<string, number> = {};
    let rows = 0;
    for (const table of tables) {
      counts[table.name] = 0;
      const filter =
        scope === undefined
          ? null
          : table.name === 'users'
            ? { usersOfWorkspace: scope }
            : { workspaceId: scope };
      // Identity order keeps a ledger's reversing rows after the rows they reverse.
      for await (const row of streamTableRows(tx, table, filter, 'identity')) {
        await write(`{"t":${JSON.stringify(table.name)},"r":${row}}`);
        counts[table.name]!++;
        rows++;
      }
    }
    await write(JSON.stringify({ end: true, rows }));
    return { tables: counts, rows };
  });
  gzip.end();
  await once(output, 'finish');
  return report;
};

/** A row read from a backup: parsed for ordering, and its JSON exactly as the backup holds it. */
type RestoredRow = { value: Record<string, unknown>; json: string };

/** Orders rows so a row another row points at (same table) comes first. */
const parentsFirst = (table: DataTable, rows: RestoredRow[]) => {
  const keyOf = (row: Record<string, unknown>, columns: string[]) =>
    JSON.stringify(columns.map((c) => row[c] ?? null));
  const placed = new Set<string>();
  const ordered: RestoredRow[] = [];
  let pending = rows;
  while (pending.length > 0) {
    const waiting: RestoredRow[] = [];
    for (const restored of pending) {
      const row = restored.value;
      const ready = table.selfReferences.every(({ columns, references }) => {
        if (columns.some((c) => row[c] === null || row[c] === undefined)) return true;
        const target = JSON.stringify(columns.map((c) => row[c]));
        return placed.has(`${references.join(',')}:${target}`);
      });
      if (!ready) {
        waiting.push(restored);
        continue;
      }
      ordered.push(restored);
      for (const { references } of table.selfReferences)
        placed.add(`${references.join(',')}:${keyOf(row, references)}`);
    }
    // Whatever still waits points outside the backup; the database will say so.
    if (waiting.length === pending.length) return [...ordered, ...waiting];
    pending = waiting;
  }
  return ordered;
};

const insertRows = async (tx: Db, table: DataTable, rows: RestoredRow[]) => {
  for (let start = 0; start < rows.length; start += 500) {
    const slice = rows.slice(start, start + 500);
    const columns = table.columns.filter((column) => column in slice[0]!.value);
    // jsonb_populate_recordset turns JSON back into the column types exactly, on both databases.
    // The rows go in as the backup wrote them: a JavaScript round trip would rewrite numbers
    // inside jsonb values (240000.00 becomes 240000).
    await tx.query(
      `INSERT INTO ${table.name} (${columns.join(', ')})
       ${table.identityColumns.length > 0 ? 'OVERRIDING SYSTEM VALUE' : ''}
       SELECT ${columns.join(', ')} FROM jsonb_populate_recordset(NULL::${table.name}, $1::jsonb)`,
      [`[${slice.map((row) => row.json).join(',')}]`],
    );
  }
};

/** Restores a backup into an empty database (migrated to at least the backup's schema), in one
 * transaction: either everything is restored or nothing is. */
export const restoreDatabase = async (db: Db, input: Readable): Promise<BackupReport> => {
  const [existing] = await db.query<{ count: number }>(
    'SELECT (SELECT count(*) FROM workspaces) + (SELECT count(*) FROM users) AS count',
  );
  if (Number(existing?.count ?? 0) > 0) {
    throw new DomainError(
      'conflict',
      'The database is not empty; restore only into a new one (set DATABASE_URL or FULCRUM_DATA_DIR to an empty database).',
    );
  }
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next().catch((error: unknown) => {
    throw new DomainError(
      'validation-failed',
      `This is not a Fulcrum backup (${error instanceof Error ? error.message : String(error)}).`,
    );
  });
  const header = (first.done ? null : JSON.parse(first.value)) as BackupHeader | null;
  if (header?.format !== 'fulcrum-backup' || header.version !== 1) {
    throw new DomainError('validation-failed', 'This is not a Fulcrum backup (version 1).');
  }
  if (header.schemaVersion > latestSchemaVersion()) {
    throw new DomainError(
      'validation-failed',
      `The backup is from a newer Fulcrum (schema ${header.schemaVersion}, this one has ${latestSchemaVersion()}); upgrade Fulcrum first.`,
    );
  }
  return db.transaction(async (tx) => {
    // The backup holds the audit log as it was; restoring must not add entries of its own.
    await tx.query(auditOffStatement);
    const tables = new Map((await listDataTables(tx)).map((table) => [table.name, table]));
    const counts: Record<string, number> = {};
    let rows = 0;
    let ended = false;
    let current = null as { table: DataTable; rows: RestoredRow[] } | null;
    const flush = async (all: boolean) => {
      if (current === null) return;
      // Tables that point at themselves are ordered whole; the rest go in slices.
      const waitForAll =
        current.table.selfReferences.length > 0 && current.table.identityColumns.length === 0;
      if (!all && (waitForAll || current.rows.length < 2000)) return;
      await insertRows(
        tx,
        current.table,
        waitForAll ? parentsFirst(current.table, current.rows) : current.rows,
      );
      current.rows = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (next.value === '') continue;
      const entry = JSON.parse(next.value) as {
        t?: string;
        r?: Record<string, unknown>;
        end?: boolean;
      };
      if (entry.end) {
        ended = true;
        break;
      }
      const table = tables.get(entry.t ?? '');
      if (table === undefined)
        throw new DomainError(
          'validation-failed',
          `The backup has rows of an unknown table "${entry.t}".`,
        );
      if (current?.table !== table) {
        await flush(true);
        current = { table, rows: [] };
      }
      // backupDatabase writes `{"t":<name>,"r":<row>}`: the row's own text is what follows "r".
      const prefix = `{"t":${JSON.stringify(table.name)},"r":`;
      const json = next.value.startsWith(prefix)
        ? next.value.slice(prefix.length, -1)
        : JSON.stringify(entry.r);
      current.rows.push({ value: entry.r!, json });
      counts[table.name] = (counts[table.name] ?? 0) + 1;
      rows++;
      await flush(false);
    }
    await flush(true);
    if (!ended)
      throw new DomainError(
        'validation-failed',
        'The backup is cut short (no end marker); nothing was restored.',
      );
    for (const table of tables.values()) {
      for (const column of table.identityColumns) {
        await tx.query(
          `SELECT setval(pg_get_serial_sequence('${table.name}', '${column}'),
                         COALESCE((SELECT max(${column}) FROM ${table.name}), 0) + 1, false)`,
        );
      }
    }
    return { tables: counts, rows };
  });
};

/** A readable of a buffer, for restoring from memory (tests, uploads). */
export const readableOf = (bytes: Uint8Array): Readable => Readable.from([bytes]);
