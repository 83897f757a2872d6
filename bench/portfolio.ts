// The portfolio benchmark: GET /api/portfolio over many accounts against the baseline it
// replaces, the per-account trust read called once per account, measured in the same run.
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { buyingRoles, dimensions, seniorityLevels } from '@fulcrum/core';
import { createApiToken, replayTrust } from '../server/src/commands/index.ts';
import {
  type DatabaseTarget,
  insertUser,
  insertWorkspace,
  migrate,
  openDatabase,
  upsertMembership,
  valuesList,
} from '../server/src/db/index.ts';
import { buildApp } from '../server/src/http/app.ts';

/** What one portfolio run measured. */
export type PortfolioFigures = {
  accounts: number;
  evidenceRows: number;
  portfolioP50Ms: number;
  perAccountReadsP50Ms: number;
  ratio: number;
  historyP50Ms: number;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const insertRows = async (
  db: { query: (sql: string, params: unknown[]) => Promise<unknown> },
  table: string,
  columns: string[],
  rows: unknown[][],
) => {
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    await db.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${valuesList(chunk.length, columns.length)}`,
      chunk.flat(),
    );
  }
};

/** Builds `accounts` accounts with people, relationships, commitments and `evidencePerAccount`
 * ledger rows each, then times the portfolio, the same figures read one account at a time, and
 * the workspace history. */
export const benchPortfolio = async (
  target: DatabaseTarget,
  accounts: number,
  evidencePerAccount: number,
  next: () => number,
): Promise<PortfolioFigures> => {
  const db = await openDatabase(target);
  await migrate(db);
  const app = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    const user = await insertUser(db, {
      id: randomUUID(),
      email: `bench-${randomUUID()}@example.test`,
      name: 'Bench',
      passwordHash: 'x',
    });
    const workspaceId = (await insertWorkspace(db, { id: randomUUID(), name: 'Portfolio bench' }))
      .id;
    await upsertMembership(db, { workspaceId, userId: user.id, role: 'owner' });
    const actor = { kind: 'member' as const, workspaceId, userId: user.id, role: 'owner' as const };
    const { token } = await createApiToken(db, actor, { name: 'bench', role: 'owner' });
    const headers = { authorization: `Bearer ${token}` };

    const team = Array.from({ length: 10 }, () => randomUUID());
    await insertRows(
      db,
      'team_members',
      ['workspace_id', 'id', 'name'],
      team.map((id, i) => [workspaceId, id, `Seller ${i}`]),
    );
    const accountIds = Array.from({ length: accounts }, () => randomUUID());
    await insertRows(
      db,
      'accounts',
      ['workspace_id', 'id', 'name', 'owner_team_member_id'],
      accountIds.map((id, i) => [workspaceId, id, `Account ${i}`, team[i % team.length]]),
    );
    const people: { id: string; accountId: string }[] = [];
    const stakeholders: unknown[][] = [];
    const relationships: unknown[][] = [];
    const commitments: unknown[][] = [];
    for (const [i, accountId] of accountIds.entries()) {
      for (let p = 0; p < 6; p++) {
        const id = randomUUID();
        people.push({ id, accountId });
        stakeholders.push([
          workspaceId,
          id,
          accountId,
          `Person ${i}.${p}`,
          buyingRoles[p % buyingRoles.length],
          seniorityLevels[p % seniorityLevels.length],
        ]);
        // Every third account hangs on one of our people.
        const seller = i % 3 === 0 ? team[i % team.length] : team[(i + p) % team.length];
        if (p < 3) relationships.push([workspaceId, randomUUID(), accountId, seller, id, 3]);
      }
      commitments.push([
        workspaceId,
        randomUUID(),
        accountId,
        'ours',
        team[i % team.length],
        'A promise',
        new Date(Date.now() - (i % 20) * 86_400_000).toISOString().slice(0, 10),
      ]);
    }
    await insertRows(
      db,
      'stakeholders',
      ['workspace_id', 'id', 'account_id', 'name', 'buying_role', 'seniority'],
      stakeholders,
    );
    await insertRows(
      db,
      'relationships',
      ['workspace_id', 'id', 'account_id', 'team_member_id', 'stakeholder_id', 'strength'],
      relationships,
    );
    await insertRows(
      db,
      'commitments',
      ['workspace_id', 'id', 'account_id', 'side', 'owner_team_member_id', 'text', 'due_on'],
      commitments,
    );
    // A year of evidence per account, spread over its people and the four dimensions.
    const evidence: unknown[][] = [];
    const yearMs = 365 * 86_400_000;
    for (const [i, accountId] of accountIds.entries()) {
      for (let e = 0; e < evidencePerAccount; e++) {
        const person = people[i * 6 + Math.floor(next() * 6)]!;
        const dimension = dimensions[Math.floor(next() * dimensions.length)]!;
        const onAccount = dimension === 'capability' || dimension === 'reciprocal';
        evidence.push([
          workspaceId,
          randomUUID(),
          accountId,
          onAccount ? 'account' : 'stakeholder',
          onAccount ? accountId : person.id,
          dimension,
          next() < 0.75 ? 1 : -1,
          0.2 + next() * 0.8,
          new Date(Date.now() - next() * yearMs).toISOString(),
          'manual',
        ]);
      }
    }
    await insertRows(
      db,
      'evidence',
      [
        'workspace_id',
        'id',
        'account_id',
        'subject_type',
        'subject_id',
        'dimension',
        'polarity',
        'weight',
        'observed_at',
        'source',
      ],
      evidence,
    );
    // The stored states the write side would have kept, from one replay of the ledger.
    await replayTrust(db, workspaceId, { write: true });

    const get = async (path: string) => {
      const response = await fetch(base + path, { headers });
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      return response.json();
    };
    const time = async (work: () => Promise<unknown>) => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    const portfolio = () => get('/api/portfolio?limit=100');
    // Baseline: the same trust figures the way the app could get them before, one account's
    // trust read after another (without the coverage, alerts and overdue counts the portfolio adds).
    const perAccount = async () => {
      for (const id of accountIds) await get(`/api/accounts/${id}/trust`);
    };
    const history = () => get('/api/portfolio/history?step=7');
    await portfolio();
    await perAccount();
    await history();
    const portfolioMs: number[] = [];
    const perAccountMs: number[] = [];
    const historyMs: number[] = [];
    // Interleaved, so a noisy neighbour slows both sides alike.
    for (let run = 0; run < 5; run++) {
      portfolioMs.push(await time(portfolio));
      perAccountMs.push(await time(perAccount));
      historyMs.push(await time(history));
    }
    const portfolioP50Ms = median(portfolioMs);
    const perAccountReadsP50Ms = median(perAccountMs);
    return {
      accounts,
      evidenceRows: evidence.length,
      portfolioP50Ms: Number(portfolioP50Ms.toFixed(1)),
      perAccountReadsP50Ms: Number(perAccountReadsP50Ms.toFixed(1)),
      ratio: Number((perAccountReadsP50Ms / portfolioP50Ms).toFixed(2)),
      historyP50Ms: Number(median(historyMs).toFixed(1)),
    };
  } finally {
    await app.close();
    await db.close();
  }
};
