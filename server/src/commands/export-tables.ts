import { type Db, runWithoutAuditActor } from '../db/index.ts';

/** A table as export and backup see it, read from the catalogue so tables added by later
 * migrations are included without a change here. */
export type DataTable = {
  name: string;
  columns: string[];
  primaryKey: string[];
  identityColumns: string[];
  hasWorkspace: boolean;
  /** Foreign keys of the table to itself: a row's `columns` name another row's `references`. */
  selfReferences: { columns: string[]; references: string[] }[];
};

// Installation bookkeeping and short-lived sign-in state are neither exported nor backed up.
const skipped = new Set(['schema_migrations', 'sessions']);

/** Every data table, parents before children (by foreign key), ties by name. */
export const listDataTables = async (db: Db): Promise<DataTable[]> => {
  const columns = await db.query<{ table: string; column: string; isIdentity: string }>(
    `SELECT table_name AS "table", column_name AS "column", is_identity AS "isIdentity"
     FROM information_schema.columns c
     WHERE table_schema = 'public'
       AND EXISTS (SELECT 1 FROM information_schema.tables t WHERE t.table_schema = 'public'
                   AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE')
     ORDER BY table_name, ordinal_position`,
  );
  const constraints = await db.query<{
    table: string;
    kind: string;
    target: string | null;
    columns: string[];
    references: string[] | null;
  }>(
    `SELECT rel.relname AS "table", con.contype AS kind, ref.relname AS target,
            array(SELECT att.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(n, o)
                  JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.n ORDER BY k.o) AS columns,
            CASE WHEN con.contype = 'f' THEN
              array(SELECT att.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(n, o)
                    JOIN pg_attribute att ON att.attrelid = con.confrelid AND att.attnum = k.n ORDER BY k.o)
            END AS "references"
     FROM pg_constraint con
     JOIN pg_class rel ON rel.oid = con.conrelid
     JOIN pg_namespace ns ON ns.oid = rel.relnamespace
     LEFT JOIN pg_class ref ON ref.oid = con.confrelid
     WHERE ns.nspname = 'public' AND con.contype IN ('p', 'f')
     ORDER BY con.conname`,
  );
  const tables = new Map<string, DataTable>();
  for (const row of columns) {
    if (skipped.has(row.table)) continue;
    const table = tables.get(row.table) ?? {
      name: row.table,
      columns: [],
      primaryKey: [],
      identityColumns: [],
      hasWorkspace: false,
      selfReferences: [],
    };
    table.columns.push(row.column);
    if (row.isIdentity === 'YES') table.identityColumns.push(row.column);
    if (row.column === 'workspace_id') table.hasWorkspace = true;
    tables.set(row.table, table);
  }
  const parents = new Map<string, Set<string>>([...tables.keys()].map((name) => [name, new Set()]));
  for (const constraint of constraints) {
    const table = tables.get(constraint.table);
    if (!table) continue;
    if (constraint.kind === 'p') table.primaryKey = constraint.columns;
    else if (constraint.target === constraint.table)
      table.selfReferences.push({
        columns: constraint.columns,
        references: constraint.references ?? [],
      });
    else if (constraint.target !== null && tables.has(constraint.target))
      parents.get(constraint.table)!.add(constraint.target);
  }
  const ordered: DataTable[] = [];
  const placed = new Set<string>();
  while (placed.size < tables.size) {
    const ready = [...tables.keys()]
      .filter((name) => !placed.has(name) && [...parents.get(name)!].every((p) => placed.has(p)))
      .sort();
    if (ready.length === 0) throw new Error('the foreign keys between tables form a cycle');
    for (const name of ready) {
      placed.add(name);
      ordered.push(tables.get(name)!);
    }
  }
  return ordered;
};

/** Runs read-only work in one consistent snapshot that reads instants in UTC, so the same data
 * gives the same bytes on PGlite and PostgreSQL. It names no audit actor: the isolation level
 * must be the transaction's first statement. */
export const inSnapshot = <T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> =>
  runWithoutAuditActor(() =>
    db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      await tx.query("SET LOCAL TIME ZONE 'UTC'");
      return work(tx);
    }),
  );

let cursorCount = 0;

/** Streams a table's rows as JSON text (one object per row, keys in a stable order) through a
 * server-side cursor, so memory stays bounded; `where` filters on `workspace_id = $1`. */
export async function* streamTableRows(
  tx: Db,
  table: DataTable,
  filter: { workspaceId: string } | { usersOfWorkspace: string } | null,
  order: 'key' | 'identity' = 'key',
): AsyncGenerator<string> {
  const cursor = `fulcrum_export_${++cursorCount}`;
  const orderBy =
    order === 'identity' && table.identityColumns.length > 0
      ? table.identityColumns
      : table.primaryKey.length > 0
        ? table.primaryKey
        : table.columns;
  const where =
    filter === null
      ? ''
      : 'workspaceId' in filter
        ? `WHERE t.workspace_id = '${uuid(filter.workspaceId)}'`
        : `WHERE t.id IN (SELECT user_id FROM memberships WHERE workspace_id = '${uuid(filter.usersOfWorkspace)}')`;
  // DECLARE takes no parameters, hence the checked literal above.
  await tx.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR
     SELECT to_jsonb(t)::text AS row FROM ${table.name} t ${where}
     ORDER BY ${orderBy.map((c) => `t.${c}`).join(', ')}`,
  );
  try {
    for (;;) {
      const rows = await tx.query<{ row: string }>(`FETCH 1000 FROM ${cursor}`);
      for (const row of rows) yield row.row;
      if (rows.length < 1000) break;
    }
  } finally {
    await tx.query(`CLOSE ${cursor}`);
  }
}

const uuid = (value: string) => {
  if (!/^[0-9a-f-]{36}$/i.test(value)) throw new Error(`not a uuid: ${value}`);
  return value;
};
