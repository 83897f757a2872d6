import { randomUUID } from 'node:crypto';
import { DomainError, type SortOrder } from '@fulcrum/core';
import type { Db, Row } from './database.ts';

/** How a table maps to a record: the SQL expression read for each field and the column each
 * writable field is stored in. Reads alias expressions to camelCase, so rows come back in the
 * record's own shape; dates are read as text so no driver turns a day into a local instant. */
export type TableSpec<Field extends string> = {
  table: string;
  /** FROM clause; defaults to the table aliased as `t`. Joins go here for read-only fields. */
  from?: string;
  select: Record<Field, string>;
  write: Partial<Record<Field, string>>;
  /** Expressions matched by the `q` text search. */
  search: string[];
  /** Sortable fields and their (non-null) SQL expressions. */
  sort: Record<string, string>;
};

/** Options for listing one page of records. */
export type ListOptions = {
  q?: string | undefined;
  sort: SortOrder<string>;
  cursor?: string | undefined;
  limit: number;
  archived: 'false' | 'true' | 'any';
  /** Equality filters on `t.<column>`. */
  where?: Record<string, string | undefined>;
  /** Only these ids. */
  ids?: string[];
  /** One more SQL condition; `bind` adds a parameter and returns its placeholder. */
  condition?: (bind: (value: unknown) => string) => string;
};

/** One page of records and where the next one starts. */
export type Page<T> = { data: T[]; nextCursor: string | null; total: number };

const selectList = (spec: TableSpec<string>) =>
  Object.entries(spec.select)
    .map(([field, expression]) => `${expression} AS "${field}"`)
    .join(', ');

const fromClause = (spec: TableSpec<string>) => spec.from ?? `${spec.table} t`;

/** Finds one record of the workspace by id, or null: another workspace's id is simply absent. */
export const findRecord = async <T>(
  db: Db,
  spec: TableSpec<string>,
  workspaceId: string,
  id: string,
): Promise<T | null> => {
  if (!isUuid(id)) return null;
  const rows = await db.query(
    `SELECT ${selectList(spec)} FROM ${fromClause(spec)} WHERE t.workspace_id = $1 AND t.id = $2`,
    [workspaceId, id],
  );
  return (rows[0] as T | undefined) ?? null;
};

/** Inserts a record into the workspace and returns it as read back. */
export const insertRecord = async <T extends { id: string }>(
  db: Db,
  spec: TableSpec<string>,
  workspaceId: string,
  values: Record<string, unknown>,
): Promise<T> => {
  const id = randomUUID();
  const columns = ['workspace_id', 'id'];
  const params: unknown[] = [workspaceId, id];
  for (const [field, value] of Object.entries(values)) {
    const column = spec.write[field];
    if (column === undefined || value === undefined) continue;
    columns.push(column);
    params.push(value);
  }
  const placeholders = params.map((_, index) => `$${index + 1}`).join(', ');
  await db.query(
    `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${placeholders})`,
    params,
  );
  const record = await findRecord<T>(db, spec, workspaceId, id);
  if (record === null) throw new Error(`insert into ${spec.table} did not read back`);
  return record;
};

/** Updates the given writable fields (and `updated_at`); returns the record or null if absent. */
export const updateRecord = async <T>(
  db: Db,
  spec: TableSpec<string>,
  workspaceId: string,
  id: string,
  patch: Record<string, unknown>,
): Promise<T | null> => {
  if (!isUuid(id)) return null;
  const sets = ['updated_at = now()'];
  const params: unknown[] = [workspaceId, id];
  for (const [field, value] of Object.entries(patch)) {
    const column = spec.write[field];
    if (column === undefined || value === undefined) continue;
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  }
  const rows = await db.query(
    `UPDATE ${spec.table} SET ${sets.join(', ')} WHERE workspace_id = $1 AND id = $2 RETURNING id`,
    params,
  );
  return rows.length === 0 ? null : findRecord<T>(db, spec, workspaceId, id);
};

/** Archives (or restores) a record: archived records leave default lists but keep their history. */
export const setArchived = async <T>(
  db: Db,
  spec: TableSpec<string>,
  workspaceId: string,
  id: string,
  archived: boolean,
): Promise<T | null> => {
  if (!isUuid(id)) return null;
  const rows = await db.query(
    `UPDATE ${spec.table} SET archived_at = ${archived ? 'COALESCE(archived_at, now())' : 'NULL'},
       updated_at = now() WHERE workspace_id = $1 AND id = $2 RETURNING id`,
    [workspaceId, id],
  );
  return rows.length === 0 ? null : findRecord<T>(db, spec, workspaceId, id);
};

/** Lists one page of a workspace's records with search, filters, sorting and a keyset cursor. */
export const listRecords = async <T>(
  db: Db,
  spec: TableSpec<string>,
  workspaceId: string,
  options: ListOptions,
): Promise<Page<T>> => {
  const params: unknown[] = [workspaceId];
  const conditions = ['t.workspace_id = $1'];
  if (options.archived === 'false') conditions.push('t.archived_at IS NULL');
  if (options.archived === 'true') conditions.push('t.archived_at IS NOT NULL');
  for (const [column, value] of Object.entries(options.where ?? {})) {
    if (value === undefined) continue;
    if (column.endsWith('_id') && !isUuid(value)) return { data: [], nextCursor: null, total: 0 };
    params.push(value);
    conditions.push(`t.${column} = $${params.length}`);
  }
  if (options.condition !== undefined) {
    conditions.push(
      `(${options.condition((value) => {
        params.push(value);
        return `$${params.length}`;
      })})`,
    );
  }
  if (options.ids !== undefined) {
    params.push(options.ids.filter(isUuid));
    conditions.push(`t.id = ANY($${params.length}::uuid[])`);
  }
  if (options.q !== undefined && options.q.trim() !== '') {
    params.push(`%${escapeLike(options.q.trim())}%`);
    const placeholder = `$${params.length}`;
    conditions.push(
      `(${spec.search.map((expression) => `${expression} ILIKE ${placeholder}`).join(' OR ')})`,
    );
  }
  const from = fromClause(spec);
  const filtered = conditions.join(' AND ');
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM ${from} WHERE ${filtered}`,
    params,
  );

  const sortExpression = spec.sort[options.sort.field];
  if (sortExpression === undefined) throw new Error(`no sort expression for ${options.sort.field}`);
  const direction = options.sort.direction === 'desc' ? 'DESC' : 'ASC';
  const pageConditions = [filtered];
  if (options.cursor !== undefined) {
    const cursor = decodeCursor(options.cursor);
    params.push(cursor.value, cursor.id);
    const comparison = direction === 'DESC' ? '<' : '>';
    // Compare as the sort expression's own type so text, numbers and instants all order right.
    pageConditions.push(
      `(${sortExpression}, t.id) ${comparison} ($${params.length - 1}::${sortTypeOf(sortExpression)}, $${params.length}::uuid)`,
    );
  }
  params.push(options.limit + 1);
  const rows = await db.query<Row>(
    `SELECT ${selectList(spec)}, (${sortExpression})::text AS "__sort" FROM ${from}
     WHERE ${pageConditions.join(' AND ')}
     ORDER BY ${sortExpression} ${direction}, t.id ${direction}
     LIMIT $${params.length}`,
    params,
  );
  const hasMore = rows.length > options.limit;
  const pageRows = rows.slice(0, options.limit);
  const last = pageRows.at(-1);
  const nextCursor =
    hasMore && last !== undefined
      ? // Read as text: a JS Date would drop the microseconds PostgreSQL keeps.
        encodeCursor({ value: String(last.__sort), id: String(last.id) })
      : null;
  for (const row of pageRows) delete row.__sort;
  return { data: pageRows as T[], nextCursor, total: count?.total ?? 0 };
};

const sortTypeOf = (expression: string) =>
  expression.endsWith('_at') ? 'timestamptz' : expression.endsWith('::int') ? 'int' : 'text';

/** Text to match literally inside a LIKE pattern: its wildcards and backslashes escaped. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID; anything else cannot be an id here and is simply not found. */
export const isUuid = (value: string): boolean => uuidPattern.test(value);

type Cursor = { value: string | number | null; id: string };

const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify([cursor.value, cursor.id]), 'utf8').toString('base64url');

const decodeCursor = (text: string): Cursor => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[1] === 'string' &&
      isUuid(parsed[1]) &&
      (typeof parsed[0] === 'string' || typeof parsed[0] === 'number')
    ) {
      return { value: parsed[0], id: parsed[1] };
    }
  } catch {
    // not base64 JSON: reported below
  }
  throw new DomainError(
    'validation-failed',
    'The cursor is not one this API issued. Pass the `nextCursor` of a previous page, or leave it out to start from the beginning.',
    [{ pointer: '/cursor', detail: 'is not a valid cursor' }],
  );
};

/** `($1, $2, …), (…)` placeholders for a multi-row INSERT of `rows` rows of `columns` values. */
export const valuesList = (rows: number, columns: number): string =>
  Array.from(
    { length: rows },
    (_, row) =>
      `(${Array.from({ length: columns }, (_, column) => `$${row * columns + column + 1}`).join(', ')})`,
  ).join(', ');
