// Child process of the import memory benchmark: imports one file and prints its peak memory.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importRecords, openCsv } from '../server/src/commands/index.ts';
import {
  type DatabaseTarget,
  insertWorkspace,
  migrate,
  openDatabase,
} from '../server/src/db/index.ts';

const target = JSON.parse(process.env.BENCH_TARGET!) as DatabaseTarget;
const db = await openDatabase(target);
await migrate(db);
const workspace = await insertWorkspace(db, { id: randomUUID(), name: 'Memory bench' });
// Peak memory before the import: what the runtime and the database cost on their own.
const baselineRssMb = process.resourceUsage().maxRSS / 1024;
const start = performance.now();
const summary = await importRecords(db, workspace.id, {
  file: await openCsv(createReadStream(process.env.BENCH_FILE!)),
});
const seconds = (performance.now() - start) / 1000;
await db.close();
console.log(
  JSON.stringify({
    rows: summary.rows,
    seconds: Number(seconds.toFixed(1)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    baselineRssMb: Math.round(baselineRssMb),
  }),
);
