import { describe, expect, it } from 'vitest';
import { getTestDb } from '../test/test-db.ts';

// Global tables, and why they may lack workspace_id: users may belong to several workspaces
// and sessions belong to users (on Citus both would be reference tables); schema_migrations
// describes the installation itself.
const globalTables = ['users', 'sessions', 'schema_migrations'];

type KeyRow = { table: string; constraint: string; kind: string; columns: string[] };

describe('schema tenancy rules', () => {
  it('gives every tenant table a workspace_id', async () => {
    const db = await getTestDb();
    const rows = await db.query<{ table: string; hasWorkspace: boolean }>(
      `SELECT t.table_name AS "table",
              EXISTS (SELECT 1 FROM information_schema.columns c
                      WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                        AND c.column_name = 'workspace_id' AND c.is_nullable = 'NO') AS "hasWorkspace"
       FROM information_schema.tables t
       WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'`,
    );
    expect(rows.length).toBeGreaterThan(5);
    const offenders = rows.filter((row) => !row.hasWorkspace && !globalTables.includes(row.table));
    expect(offenders.map((row) => row.table)).toEqual([]);
  });

  it('leads every primary key, unique constraint and foreign key of a tenant table with workspace_id', async () => {
    const db = await getTestDb();
    const keys = await db.query<KeyRow>(
      `SELECT rel.relname AS "table", con.conname AS "constraint", con.contype AS kind,
              array(SELECT att.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.attnum
                    ORDER BY k.ord) AS columns
       FROM pg_constraint con
       JOIN pg_class rel ON rel.oid = con.conrelid
       JOIN pg_namespace ns ON ns.oid = rel.relnamespace
       WHERE ns.nspname = 'public' AND con.contype IN ('p', 'u', 'f')`,
    );
    const offenders = keys.filter((key) => {
      if (globalTables.includes(key.table)) return false;
      // A reference to a global table (users) cannot carry the tenant.
      if (key.kind === 'f' && key.columns.length === 1 && key.columns[0]!.endsWith('user_id'))
        return false;
      if (key.kind === 'f' && key.columns.length === 1 && key.columns[0] === 'workspace_id')
        return false;
      return key.columns[0] !== 'workspace_id';
    });
    expect(offenders).toEqual([]);
    // The rule is checked on real constraints, not an empty list.
    expect(keys.filter((key) => key.kind === 'p').length).toBeGreaterThan(5);
  });

  it('has no unique index on a tenant table that leaves out workspace_id', async () => {
    const db = await getTestDb();
    const indexes = await db.query<{ table: string; index: string; definition: string }>(
      `SELECT tablename AS "table", indexname AS index, indexdef AS definition
       FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE 'CREATE UNIQUE%'`,
    );
    const offenders = indexes.filter(
      (index) => !globalTables.includes(index.table) && !index.definition.includes('workspace_id'),
    );
    expect(offenders).toEqual([]);
  });
});
