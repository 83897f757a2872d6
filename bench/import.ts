// Import benchmark, run by bench/run.ts: a generated Salesforce export of accounts and their
// contacts (stakeholders) imported through the real import path, against plain multi-row
// INSERTs of the same rows into the same database in the same run; and the peak memory of a
// 1,000,000-row import in a child process.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { importRecords, openCsv } from '../server/src/commands/index.ts';
import {
  type Database,
  type DatabaseTarget,
  insertWorkspace,
  migrate,
  openDatabase,
  valuesList,
} from '../server/src/db/index.ts';

const industries = ['Logistics', 'Retail', 'Healthcare', 'Manufacturing', 'Energy'];
const titles = [
  'Chief Executive Officer',
  'VP Sales',
  'Head of IT',
  'Procurement Manager',
  'Analyst',
];

/** Writes a Salesforce accounts export of `count` rows and a contacts export with one contact each. */
export const writeSalesforceFiles = (dir: string, count: number) => {
  const accounts = ['Id,Name,Website,Industry,Description'];
  const contacts = ['Id,AccountId,FirstName,LastName,Title,Email'];
  for (let i = 0; i < count; i++) {
    const id = `001${String(i).padStart(12, '0')}`;
    accounts.push(
      `${id},Company ${i},https://company-${i}.example,${industries[i % 5]},"Account ${i}, imported"`,
    );
    contacts.push(
      `003${String(i).padStart(12, '0')},${id},Person,Number ${i},${titles[i % 5]},person${i}@company-${i}.example`,
    );
  }
  const accountsFile = join(dir, 'accounts.csv');
  const contactsFile = join(dir, 'contacts.csv');
  writeFileSync(accountsFile, `${accounts.join('\n')}\n`);
  writeFileSync(contactsFile, `${contacts.join('\n')}\n`);
  return { accountsFile, contactsFile };
};

const importFile = async (db: Database, workspaceId: string, path: string) => {
  const file = await openCsv(createReadStream(path));
  return importRecords(db, workspaceId, { file });
};

const rawInsert = async (db: Database, workspaceId: string, count: number) => {
  const seniorities = ['executive', 'senior', 'senior', 'manager', 'staff'];
  for (let start = 0; start < count; start += 1000) {
    const end = Math.min(count, start + 1000);
    const accounts: unknown[][] = [];
    const people: unknown[][] = [];
    for (let i = start; i < end; i++) {
      const accountId = randomUUID();
      accounts.push([
        workspaceId,
        accountId,
        `Company ${i}`,
        `company-${i}.example`,
        industries[i % 5],
        `Account ${i}, imported`,
        'bench-raw',
        `001${i}`,
      ]);
      people.push([
        workspaceId,
        randomUUID(),
        accountId,
        `Person Number ${i}`,
        titles[i % 5],
        `person${i}@company-${i}.example`,
        'user',
        seniorities[i % 5],
        'bench-raw',
        `003${i}`,
      ]);
    }
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO accounts (workspace_id, id, name, domain, industry, notes, external_source, external_id) VALUES ${valuesList(accounts.length, 8)}`,
        accounts.flat(),
      );
      await tx.query(
        `INSERT INTO stakeholders (workspace_id, id, account_id, name, title, email, buying_role, seniority, external_source, external_id) VALUES ${valuesList(people.length, 10)}`,
        people.flat(),
      );
    });
  }
};

/** Imports `count` accounts and `count` contacts; returns rows/s for the import and the baseline. */
export const benchImport = async (target: DatabaseTarget, count: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-bench-import-'));
  const db = await openDatabase(target);
  try {
    await migrate(db);
    const { accountsFile, contactsFile } = writeSalesforceFiles(dir, count);
    const workspace = await insertWorkspace(db, { id: randomUUID(), name: 'Import bench' });
    const start = performance.now();
    const accounts = await importFile(db, workspace.id, accountsFile);
    const contacts = await importFile(db, workspace.id, contactsFile);
    const importSeconds = (performance.now() - start) / 1000;
    if (accounts.created !== count || contacts.created !== count) {
      throw new Error(
        `import created ${accounts.created} accounts and ${contacts.created} contacts, expected ${count} each`,
      );
    }
    const rawWorkspace = await insertWorkspace(db, { id: randomUUID(), name: 'Raw bench' });
    const rawStart = performance.now();
    await rawInsert(db, rawWorkspace.id, count);
    const rawSeconds = (performance.now() - rawStart) / 1000;
    return {
      rows: 2 * count,
      importRowsPerSecond: Math.round((2 * count) / importSeconds),
      rawInsertRowsPerSecond: Math.round((2 * count) / rawSeconds),
      ratio: Number((rawSeconds / importSeconds).toFixed(3)),
    };
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

const childScript = fileURLToPath(new URL('./import-child.ts', import.meta.url));

/** Runs a `count`-row accounts import in a child process and reads its peak resident memory. */
export const benchImportMemory = async (target: DatabaseTarget, count: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-bench-memory-'));
  try {
    const { accountsFile } = writeSalesforceFiles(dir, count);
    const env = { ...process.env, BENCH_TARGET: JSON.stringify(target), BENCH_FILE: accountsFile };
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', childScript],
      { env, maxBuffer: 1 << 20 },
    );
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      rows: number;
      seconds: number;
      peakRssMb: number;
      baselineRssMb: number;
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
