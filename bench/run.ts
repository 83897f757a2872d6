// Benchmarks: `npm run bench`. Prints the figures and writes them to bench/results/. Each speed
// is also given as a ratio to a baseline measured in the same run, since these machines are
// shared and noisy.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { dayMs, defaultTrustSettings, type LedgerEntry, nilId, replayLedger } from '@fulcrum/core';
import { createApiToken, seedSignalCatalogue } from '../server/src/commands/index.ts';
import {
  type Database,
  type DatabaseTarget,
  insertUser,
  insertWorkspace,
  migrate,
  openDatabase,
  upsertMembership,
  valuesList,
  auditOffStatement,
} from '../server/src/db/index.ts';
import { buildApp } from '../server/src/http/app.ts';
import { benchImport, benchImportMemory } from './import.ts';
import { benchPortfolio } from './portfolio.ts';

// BENCH_ONLY=portfolio,replay (of replay, ingest, import, memory, portfolio) runs only those.
const only = new Set((process.env.BENCH_ONLY ?? '').split(',').filter((name) => name !== ''));
const runs = (name: string) => only.size === 0 || only.has(name);

type Results = Record<string, unknown>;
const results: Results = { startedAt: new Date().toISOString(), node: process.version };
const log = (line: string) => console.log(line);

/** A deterministic pseudo-random stream, so every run replays the same evidence. */
const random = (seed: number) => () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

const benchReplay = () => {
  const count = 1_000_000;
  const subjects = 2_000;
  const next = random(42);
  const dims = ['personal', 'corporate', 'capability', 'reciprocal'] as const;
  const entries = new Array<LedgerEntry>(count);
  const subjectOf = new Int32Array(count);
  const dimOf = new Int8Array(count);
  const polarity = new Int8Array(count);
  const weight = new Float64Array(count);
  const at = new Float64Array(count);
  const ids = Array.from({ length: subjects }, () => randomUUID());
  for (let i = 0; i < count; i++) {
    const subject = Math.floor(next() * subjects);
    const dimension = Math.floor(next() * 4);
    subjectOf[i] = subject;
    dimOf[i] = dimension;
    polarity[i] = next() < 0.7 ? 1 : -1;
    weight[i] = 0.2 + next() * 0.8;
    at[i] = Date.UTC(2020, 0, 1) + i * 90_000;
    entries[i] = {
      id: String(i),
      subjectType: 'stakeholder',
      subjectId: ids[subject]!,
      aboutId: nilId,
      dimension: dims[dimension]!,
      polarity: polarity[i] as 1 | -1,
      weight: weight[i]!,
      at: at[i]!,
      reversesId: null,
    };
  }
  const end = at[count - 1]!;
  // Baseline: the same decayed sums over typed arrays, with no objects, keys or maps.
  const bare = () => {
    const r = new Float64Array(subjects * 4);
    const s = new Float64Array(subjects * 4);
    const last = new Float64Array(subjects * 4);
    const halfLives = dims.map((d) => defaultTrustSettings.halfLifeDays[d] * dayMs);
    for (let i = 0; i < count; i++) {
      const slot = subjectOf[i]! * 4 + dimOf[i]!;
      const factor = Math.pow(2, -(at[i]! - last[slot]!) / halfLives[dimOf[i]!]!);
      r[slot] = r[slot]! * factor;
      s[slot] = s[slot]! * factor;
      last[slot] = at[i]!;
      if (polarity[i]! > 0) r[slot] = r[slot] + weight[i]!;
      else s[slot] = s[slot] + defaultTrustSettings.asymmetry * weight[i]!;
    }
    return r[0]! + s[0]!;
  };
  const time = (work: () => unknown) => {
    const start = performance.now();
    work();
    return (performance.now() - start) / 1000;
  };
  // Warm up both, then alternate them five times and keep each one's best: the least disturbed
  // run on a shared machine, with a burst of load from elsewhere falling on both alike.
  bare();
  replayLedger(entries.slice(0, 100_000), defaultTrustSettings, end);
  let bareSeconds = Infinity;
  let engineSeconds = Infinity;
  for (let round = 0; round < 5; round++) {
    bareSeconds = Math.min(bareSeconds, time(bare));
    engineSeconds = Math.min(
      engineSeconds,
      time(() => replayLedger(entries, defaultTrustSettings, end)),
    );
  }
  const figures = {
    events: count,
    engineEventsPerSecond: Math.round(count / engineSeconds),
    bareLoopEventsPerSecond: Math.round(count / bareSeconds),
    ratio: Number((bareSeconds / engineSeconds).toFixed(3)),
  };
  log(
    `replay of ${count.toLocaleString('en')} evidence rows in memory: ${figures.engineEventsPerSecond.toLocaleString('en')} events/s; bare typed-array loop ${figures.bareLoopEventsPerSecond.toLocaleString('en')} events/s; ratio ${figures.ratio}`,
  );
  results.replay = figures;
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** A workspace with the signal catalogue and an owner's API token, for one measurement. */
const setUpBenchWorkspace = async (db: Database) => {
  const user = await insertUser(db, {
    id: randomUUID(),
    email: `bench-${randomUUID()}@example.test`,
    name: 'Bench',
    passwordHash: 'x',
  });
  const workspace = await insertWorkspace(db, { id: randomUUID(), name: 'Bench' });
  await upsertMembership(db, { workspaceId: workspace.id, userId: user.id, role: 'owner' });
  await seedSignalCatalogue(db, workspace.id);
  const actor = {
    kind: 'member' as const,
    workspaceId: workspace.id,
    userId: user.id,
    role: 'owner' as const,
  };
  const { token } = await createApiToken(db, actor, { name: 'bench', role: 'owner' });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return { workspace, headers };
};

/**
 * Observation ingest with and without a webhook subscribed to `trust.changed`, in two workspaces
 * fed the same batches alternately (so neither gets the warm-up). Each batch of 1,000 spreads over
 * 200 stakeholders and touches ~800 scores, each compared before and after the write; the first
 * batches queue hundreds of events. The ratio is the cost of that work.
 */
const benchTrustWebhookIngest = async (db: Database, base: string) => {
  const stakeholders = 200;
  const batches = 6;
  const sides: {
    workspaceId: string;
    headers: Record<string, string>;
    accountId: string;
    stakeholderIds: string[];
    signalIds: string[];
    seconds: number;
  }[] = [];
  for (const hasWebhook of [false, true]) {
    const { workspace, headers } = await setUpBenchWorkspace(db);
    const accountId = randomUUID();
    await db.query('INSERT INTO accounts (workspace_id, id, name) VALUES ($1, $2, $3)', [
      workspace.id,
      accountId,
      'Bench',
    ]);
    const stakeholderIds = Array.from({ length: stakeholders }, () => randomUUID());
    await db.query(
      `INSERT INTO stakeholders (workspace_id, id, account_id, name, buying_role, seniority) VALUES ${valuesList(stakeholders, 6)}`,
      stakeholderIds.flatMap((id, i) => [workspace.id, id, accountId, `S${i}`, 'user', 'staff']),
    );
    const signalIds = (
      await db.query<{ id: string }>(
        'SELECT id FROM signals WHERE workspace_id = $1 ORDER BY name',
        [workspace.id],
      )
    ).map((row) => row.id);
    if (hasWebhook) {
      const hook = await fetch(`${base}/api/webhooks`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ url: 'http://127.0.0.1:9/bench', events: ['trust.changed'] }),
      });
      if (hook.status !== 201) throw new Error(`webhook failed: ${hook.status}`);
    }
    sides.push({
      workspaceId: workspace.id,
      headers,
      accountId,
      stakeholderIds,
      signalIds,
      seconds: 0,
    });
  }
  const next = random(11);
  for (let batch = 0; batch < batches; batch++) {
    const picks = Array.from({ length: 1000 }, (_, i) => ({
      signal: Math.floor(next() * sides[0]!.signalIds.length),
      stakeholder: Math.floor(next() * stakeholders),
      at: Date.UTC(2024, 0, 1) + (batch * 1000 + i) * 3_600_000,
    }));
    for (const side of sides) {
      const body = JSON.stringify({
        observations: picks.map((pick) => ({
          signalId: side.signalIds[pick.signal],
          accountId: side.accountId,
          stakeholderId: side.stakeholderIds[pick.stakeholder],
          observedAt: new Date(pick.at).toISOString(),
        })),
      });
      const start = performance.now();
      const response = await fetch(`${base}/api/observations/batch`, {
        method: 'POST',
        headers: side.headers,
        body,
      });
      if (response.status !== 201)
        throw new Error(`batch failed: ${response.status} ${await response.text()}`);
      side.seconds += (performance.now() - start) / 1000;
    }
  }
  const [queued] = await db.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM webhook_deliveries WHERE workspace_id = $1',
    [sides[1]!.workspaceId],
  );
  const rows = batches * 1000;
  return {
    rows,
    withoutWebhookRowsPerSecond: Math.round(rows / sides[0]!.seconds),
    withTrustWebhookRowsPerSecond: Math.round(rows / sides[1]!.seconds),
    ratio: Number((sides[0]!.seconds / sides[1]!.seconds).toFixed(3)),
    trustChangedEventsQueued: queued?.count ?? 0,
  };
};

const benchDatabase = async (label: string, target: DatabaseTarget) => {
  const db: Database = await openDatabase(target);
  await migrate(db);
  const app = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    const { workspace, headers } = await setUpBenchWorkspace(db);
    const accountIds = [randomUUID(), randomUUID(), randomUUID()];
    for (const [index, id] of accountIds.entries()) {
      await db.query('INSERT INTO accounts (workspace_id, id, name) VALUES ($1, $2, $3)', [
        workspace.id,
        id,
        `Bench ${index}`,
      ]);
    }
    const signals = await db.query<{
      id: string;
      dimension: string;
      polarity: number;
      weight: number;
    }>(
      'SELECT id, dimension, polarity::int AS polarity, default_weight AS weight FROM signals WHERE workspace_id = $1',
      [workspace.id],
    );
    const next = random(7);
    const rows = 10_000;
    const observation = (accountId: string, i: number) => ({
      signalId: signals[Math.floor(next() * signals.length)]!.id,
      accountId,
      observedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
    });

    // Through the API: 10 batches of 1,000 into account 0.
    const apiStart = performance.now();
    for (let batch = 0; batch < rows / 1000; batch++) {
      const body = JSON.stringify({
        observations: Array.from({ length: 1000 }, (_, i) =>
          observation(accountIds[0]!, batch * 1000 + i),
        ),
      });
      const response = await fetch(`${base}/api/observations/batch`, {
        method: 'POST',
        headers,
        body,
      });
      if (response.status !== 201)
        throw new Error(`batch failed: ${response.status} ${await response.text()}`);
    }
    const apiSeconds = (performance.now() - apiStart) / 1000;

    // Baseline: the same rows (observations and their evidence) by plain multi-row INSERTs, one
    // transaction per 500; once as they are (the audit triggers write their entries), once with
    // the audit log turned off, which is what the audit log costs.
    const rawInsert = async (accountId: string, isAudited: boolean) => {
      const start = performance.now();
      for (let batch = 0; batch < rows / 500; batch++) {
        const observations: unknown[][] = [];
        const evidence: unknown[][] = [];
        for (let i = 0; i < 500; i++) {
          const o = observation(accountId, batch * 500 + i);
          const signal = signals.find((s) => s.id === o.signalId)!;
          const id = randomUUID();
          observations.push([
            workspace.id,
            id,
            o.signalId,
            o.accountId,
            o.observedAt,
            signal.weight,
          ]);
          evidence.push([
            workspace.id,
            randomUUID(),
            o.accountId,
            'account',
            o.accountId,
            signal.dimension,
            signal.polarity,
            signal.weight,
            o.observedAt,
            'observation',
            id,
          ]);
        }
        await db.transaction(async (tx) => {
          if (!isAudited) await tx.query(auditOffStatement);
          await tx.query(
            `INSERT INTO observations (workspace_id, id, signal_id, account_id, observed_at, weight) VALUES ${valuesList(500, 6)}`,
            observations.flat(),
          );
          await tx.query(
            `INSERT INTO evidence (workspace_id, id, account_id, subject_type, subject_id, dimension, polarity, weight, observed_at, source, source_id) VALUES ${valuesList(500, 11)}`,
            evidence.flat(),
          );
        });
      }
      return (performance.now() - start) / 1000;
    };
    const rawSeconds = await rawInsert(accountIds[1]!, true);
    const unauditedSeconds = await rawInsert(accountIds[2]!, false);

    // Read latency of the account holding 10,000 evidence rows.
    const latencies: number[] = [];
    for (let i = 0; i < 60; i++) {
      const start = performance.now();
      const response = await fetch(`${base}/api/accounts/${accountIds[0]}/trust`, { headers });
      await response.arrayBuffer();
      if (i >= 10) latencies.push(performance.now() - start); // the first ten warm up
    }
    latencies.sort((a, b) => a - b);
    const figures = {
      rows,
      apiRowsPerSecond: Math.round(rows / apiSeconds),
      rawInsertRowsPerSecond: Math.round(rows / rawSeconds),
      ratio: Number((rawSeconds / apiSeconds).toFixed(3)),
      rawInsertWithoutAuditRowsPerSecond: Math.round(rows / unauditedSeconds),
      auditRatio: Number((unauditedSeconds / rawSeconds).toFixed(3)),
      trustReadEvidenceRows: rows,
      trustReadP50Ms: Number(percentile(latencies, 50).toFixed(1)),
      trustReadP99Ms: Number(percentile(latencies, 99).toFixed(1)),
    };
    log(
      `${label}: ingest through POST /api/observations/batch ${figures.apiRowsPerSecond.toLocaleString('en')} rows/s; raw multi-row INSERT ${figures.rawInsertRowsPerSecond.toLocaleString('en')} rows/s; ratio ${figures.ratio}`,
    );
    log(
      `${label}: the audit log's cost: raw INSERTs ${figures.rawInsertRowsPerSecond.toLocaleString('en')} rows/s with it, ${figures.rawInsertWithoutAuditRowsPerSecond.toLocaleString('en')} rows/s with it off; ratio ${figures.auditRatio}`,
    );
    log(
      `${label}: GET /api/accounts/{id}/trust with ${rows.toLocaleString('en')} evidence rows: p50 ${figures.trustReadP50Ms} ms, p99 ${figures.trustReadP99Ms} ms`,
    );
    results[label] = figures;

    const webhooks = await benchTrustWebhookIngest(db, base);
    log(
      `${label}: ingest over ${webhooks.rows.toLocaleString('en')} observations on 200 stakeholders with a webhook on trust.changed ${webhooks.withTrustWebhookRowsPerSecond.toLocaleString('en')} rows/s (${webhooks.trustChangedEventsQueued} events queued), without ${webhooks.withoutWebhookRowsPerSecond.toLocaleString('en')} rows/s; ratio ${webhooks.ratio}`,
    );
    results[`${label}TrustWebhook`] = webhooks;
  } finally {
    await app.close();
    await db.close();
  }
};

const runImportBenches = async (label: string, target: DatabaseTarget) => {
  const figures = await benchImport(target, 50_000);
  log(
    `${label}: import of ${figures.rows.toLocaleString('en')} rows (Salesforce accounts + contacts) ${figures.importRowsPerSecond.toLocaleString('en')} rows/s; raw multi-row INSERT ${figures.rawInsertRowsPerSecond.toLocaleString('en')} rows/s; ratio ${figures.ratio}`,
  );
  results[`${label}Import`] = figures;
};

const runImportMemoryBench = async (target: DatabaseTarget, where: string) => {
  const figures = await benchImportMemory(target, 1_000_000);
  log(
    `import of ${figures.rows.toLocaleString('en')} accounts into ${where}: ${figures.seconds} s, peak memory ${figures.peakRssMb} MB (${figures.baselineRssMb} MB before the import started)`,
  );
  results.importMemory = { ...figures, database: where };
};

const runPortfolioBench = async (label: string, target: DatabaseTarget) => {
  const figures = await benchPortfolio(target, 200, 50, random(11));
  log(
    `${label}: GET /api/portfolio over ${figures.accounts} accounts (${figures.evidenceRows.toLocaleString('en')} evidence rows): p50 ${figures.portfolioP50Ms} ms; the same trust read per account, ${figures.accounts} calls: p50 ${figures.perAccountReadsP50Ms} ms; ratio ${figures.ratio}; GET /api/portfolio/history (a year, weekly) p50 ${figures.historyP50Ms} ms`,
  );
  results[`${label}Portfolio`] = figures;
};

if (runs('replay')) benchReplay();
if (runs('ingest')) await benchDatabase('pglite', { kind: 'memory' });
if (runs('import')) await runImportBenches('pglite', { kind: 'memory' });
if (runs('portfolio')) await runPortfolioBench('pglite', { kind: 'memory' });
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (serverUrl) {
  const name = `fulcrum_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    if (runs('ingest')) await benchDatabase('postgres', { kind: 'postgres', url: url.toString() });
    if (runs('import'))
      await runImportBenches('postgres', { kind: 'postgres', url: url.toString() });
    if (runs('portfolio'))
      await runPortfolioBench('postgres', { kind: 'postgres', url: url.toString() });
    if (runs('memory') && process.env.BENCH_SKIP_MEMORY !== '1')
      await runImportMemoryBench({ kind: 'postgres', url: url.toString() }, 'PostgreSQL');
  } finally {
    // pg's pool.end() resolves before its sockets have closed; a forced drop while they linger
    // makes a closed pool emit an unhandled error. Wait (up to 5 s) for them to go first.
    for (let wait = 0; wait < 50; wait++) {
      const { rows } = await admin.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      if (rows[0]?.count === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
} else {
  log(
    'postgres: skipped, set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server to measure it',
  );
  if (runs('memory') && process.env.BENCH_SKIP_MEMORY !== '1') {
    const dataDir = mkdtempSync(join(tmpdir(), 'fulcrum-bench-pglite-'));
    try {
      await runImportMemoryBench({ kind: 'pglite', dataDir }, 'PGlite on disk');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

const dir = new URL('./results/', import.meta.url);
mkdirSync(dir, { recursive: true });
const stamp = (results.startedAt as string).replace(/[:.]/g, '-');
writeFileSync(new URL(`bench-${stamp}.json`, dir), JSON.stringify(results, null, 2));
// A partial run (BENCH_ONLY) does not replace the full figures in latest.json.
if (only.size === 0) writeFileSync(new URL('latest.json', dir), JSON.stringify(results, null, 2));
log(
  `written to bench/results/bench-${stamp}.json${only.size === 0 ? ' and bench/results/latest.json' : ''}`,
);
