import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { auditActorStatement, currentAuditActor } from './audit-context.ts';

/** A row as the driver returns it. */
export type Row = Record<string, unknown>;

/** The one thing repositories need from a database: parameterised queries and transactions.
 * Both PGlite and a PostgreSQL pool are wrapped to this shape, so one SQL dialect serves both. */
export type Db = {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in a transaction; commits when it resolves, rolls back when it throws. The
   * transaction names the current audit actor (audit-context.ts) for the audit log's triggers. */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
};

/** An open database and how to close it. */
export type Database = Db & {
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (test templates, backups). */
  dumpDataDir?: () => Promise<Blob>;
};

/** Where the data lives: a PostgreSQL URL, a PGlite data directory, or PGlite in memory. */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'memory'; loadDataDir?: Blob };

/** Picks the target the way `npm start` does: `DATABASE_URL` if set, else a PGlite directory. */
export const targetFromEnv = (env: NodeJS.ProcessEnv = process.env): DatabaseTarget =>
  env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: env.FULCRUM_DATA_DIR ?? './.fulcrum/data' };

/** Human-readable description of a target for start-up messages (no credentials). */
export const describeTarget = (target: DatabaseTarget): string => {
  switch (target.kind) {
    case 'postgres': {
      const url = new URL(target.url);
      return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
    }
    case 'pglite':
      return `embedded PGlite in ${target.dataDir}`;
    case 'memory':
      return 'embedded PGlite in memory';
  }
};

/** Opens the database a target names. */
export const openDatabase = async (target: DatabaseTarget): Promise<Database> => {
  switch (target.kind) {
    case 'postgres':
      return openPostgres(target.url);
    case 'pglite':
      mkdirSync(target.dataDir, { recursive: true });
      return openPglite(new PGlite(target.dataDir));
    case 'memory':
      return openPglite(
        target.loadDataDir ? new PGlite({ loadDataDir: target.loadDataDir }) : new PGlite(),
      );
  }
};

// Names the actor of the work under way for the audit triggers, first thing in a transaction.
const nameAuditActor = async (query: (sql: string, params: unknown[]) => Promise<unknown>) => {
  const actor = currentAuditActor();
  if (actor !== undefined) await query(auditActorStatement, [JSON.stringify(actor)]);
};

const writeStatement = /^\s*(INSERT|UPDATE|DELETE)\b/i;

// The actor is transaction-local, so a write made outside a transaction while an actor is named
// gets a transaction of its own: the audit log then says who made it, not "the system".
const withAuditedWrites = (db: Db): Db => ({
  ...db,
  query: (sql, params) =>
    currentAuditActor() !== undefined && writeStatement.test(sql)
      ? db.transaction((tx) => tx.query(sql, params))
      : db.query(sql, params),
});

const openPglite = async (pglite: PGlite): Promise<Database> => {
  await pglite.waitReady;
  const wrap = (conn: Pick<PGlite, 'query' | 'exec'>): Db => ({
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await conn.query<T>(sql, [...params])).rows,
    exec: async (sql) => void (await conn.exec(sql)),
    // PGlite has one connection; a nested transaction joins the outer one.
    transaction: (work) => work(wrap(conn)),
  });
  return {
    kind: 'pglite',
    ...withAuditedWrites({
      query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
        (await pglite.query<T>(sql, [...params])).rows,
      exec: async (sql) => void (await pglite.exec(sql)),
      transaction: (work) =>
        pglite.transaction(async (tx) => {
          await nameAuditActor((sql, params) => tx.query(sql, params));
          return work(wrap(tx));
        }),
    }),
    close: () => pglite.close(),
    dumpDataDir: () => pglite.dumpDataDir('none'),
  };
};

const openPostgres = async (url: string): Promise<Database> => {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that breaks (a server restart) is dropped by the pool and replaced on the
  // next query; without a listener the error would end the process.
  pool.on('error', (error) => {
    console.error(`PostgreSQL: an idle connection failed and was dropped (${error.message})`);
  });
  // Fail at start-up, not on the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const wrapClient = (client: pg.PoolClient): Db => ({
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await client.query<T>(sql, [...params])).rows,
    exec: async (sql) => void (await client.query(sql)),
    transaction: (work) => work(wrapClient(client)),
  });
  return {
    kind: 'postgres',
    ...withAuditedWrites({
      query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
        (await pool.query<T>(sql, [...params])).rows,
      exec: async (sql) => void (await pool.query(sql)),
      transaction: async (work) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await nameAuditActor((sql, params) => client.query(sql, params));
          const result = await work(wrapClient(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      },
    }),
    close: () => pool.end(),
  };
};
