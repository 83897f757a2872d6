import { randomUUID } from 'node:crypto';
import {
  detectImportMapping,
  DomainError,
  fitMappingToHeaders,
  type ImportCommand,
  type ImportMapping,
  type ImportRejection,
  type ImportType,
  importTypes,
  mapImportRow,
  parseImportMapping,
  type AccountImport,
  type OpportunityImport,
  type RelationshipImport,
  type StakeholderImport,
} from '@fulcrum/core';
import { type Db, valuesList } from '../db/index.ts';
import type { CsvFile } from './import-csv.ts';

/** What an import did. `rejections` lists at most `maxRejectionsListed` rows; `rejected` counts all. */
export type ImportSummary = {
  mapping: Pick<ImportMapping, 'label' | 'source' | 'type' | 'columns'>;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: ImportRejection[];
};

/** How far an import has come, reported after each committed batch. */
export type ImportProgress = { rows: number; bytes: number };

/** Options of an import. */
export type ImportOptions = {
  file: CsvFile;
  type?: ImportType | undefined;
  /** A mapping file's JSON; without it the Salesforce or HubSpot layout is recognised. */
  mapping?: unknown;
  dryRun?: boolean;
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Stops after the batch in progress (Ctrl-C): committed batches stay whole. */
  signal?: AbortSignal;
};

/** How many rejected rows a summary lists; the count covers all. */
export const maxRejectionsListed = 1000;

class DryRunRollback extends Error {}

/** Picks the mapping for a file: the mapping file's, or a recognised CRM layout. */
export const resolveImportMapping = (
  headers: string[],
  type: ImportType | undefined,
  mappingJson: unknown,
): ImportMapping => {
  if (mappingJson !== undefined)
    return fitMappingToHeaders(parseImportMapping(mappingJson, type), headers);
  const detected = detectImportMapping(headers, type);
  if (detected === null) {
    throw new DomainError(
      'validation-failed',
      `The columns of this file (${headers.slice(0, 12).join(', ')}${headers.length > 12 ? ', …' : ''}) are not a Salesforce or HubSpot ${type ?? importTypes.join('/')} export Fulcrum knows. Describe them in a mapping file: {"source": "mycrm", "type": "accounts", "columns": {"externalId": "ID", "name": "Company"}}.`,
    );
  }
  return detected;
};

/** Imports a CSV file into a workspace in batches, each in its own transaction: rows are
 * upserted by their CRM id, so importing the same file again changes nothing, a newer export
 * updates what changed, and a run cut short is completed by running it again. A bad row is
 * reported with its line and never stops the others. */
export const importRecords = async (
  db: Db,
  workspaceId: string,
  options: ImportOptions,
): Promise<ImportSummary> => {
  const mapping = resolveImportMapping(options.file.headers, options.type, options.mapping);
  const summary: ImportSummary = {
    mapping: {
      label: mapping.label,
      source: mapping.source,
      type: mapping.type,
      columns: mapping.columns,
    },
    dryRun: options.dryRun ?? false,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    rejections: [],
  };
  const reject = (rejection: ImportRejection) => {
    summary.rejected++;
    if (summary.rejections.length < maxRejectionsListed) summary.rejections.push(rejection);
  };
  const batchSize = options.batchSize ?? 1000;
  const teamMembers = new TeamMemberDirectory(workspaceId);

  const run = async (target: Db) => {
    let batch: ImportCommand[] = [];
    let bytes = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const commands = batch;
      batch = [];
      const counts = await target.transaction((tx) =>
        writeBatch(tx, workspaceId, mapping, commands, teamMembers),
      );
      for (const rejection of counts.rejections) reject(rejection);
      summary.created += counts.created;
      summary.updated += counts.updated;
      summary.unchanged += counts.unchanged;
      options.onProgress?.({ rows: summary.rows, bytes });
    };
    for await (const row of options.file.rows) {
      summary.rows++;
      bytes = row.bytes;
      const mapped = mapImportRow(mapping, row.record, row.line);
      if (mapped.ok) batch.push(mapped.command);
      else reject(mapped.rejection);
      if (batch.length >= batchSize) {
        await flush();
        if (options.signal?.aborted) break;
      }
    }
    if (!options.signal?.aborted) await flush();
    summary.rejections.sort((a, b) => a.line - b.line);
  };

  if (!summary.dryRun) {
    await run(db);
    return summary;
  }
  // A dry run does everything in one transaction and rolls it back, so its counts are exact.
  try {
    await db.transaction(async (tx) => {
      await run(tx);
      throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return summary;
};

type BatchCounts = {
  created: number;
  updated: number;
  unchanged: number;
  rejections: ImportRejection[];
};

/** Team members matched by email, then by name, loaded once per import. */
class TeamMemberDirectory {
  private loaded: Promise<{ byEmail: Map<string, string>; byName: Map<string, string[]> }> | null =
    null;
  constructor(private readonly workspaceId: string) {}
  async find(db: Db, who: { email: string | null; name: string | null }) {
    this.loaded ??= db
      .query<{ id: string; email: string | null; name: string }>(
        'SELECT id, email, name FROM team_members WHERE workspace_id = $1 AND archived_at IS NULL',
        [this.workspaceId],
      )
      .then((rows) => {
        const byEmail = new Map<string, string>();
        const byName = new Map<string, string[]>();
        for (const row of rows) {
          if (row.email) byEmail.set(row.email.toLowerCase(), row.id);
          const key = row.name.toLowerCase();
          byName.set(key, [...(byName.get(key) ?? []), row.id]);
        }
        return { byEmail, byName };
      });
    const { byEmail, byName } = await this.loaded;
    if (who.email !== null) return byEmail.get(who.email.toLowerCase()) ?? null;
    const named = byName.get((who.name ?? '').toLowerCase()) ?? [];
    return named.length === 1 ? named[0]! : null;
  }
}

/** Keeps the last row for each key; earlier rows with the same key are reported. */
const lastPerKey = <T extends ImportCommand>(
  commands: T[],
  keyOf: (command: T) => string,
  describe: (command: T) => string,
  rejections: ImportRejection[],
): T[] => {
  const last = new Map<string, T>();
  for (const command of commands) {
    const previous = last.get(keyOf(command));
    if (previous)
      rejections.push({
        line: previous.line,
        reason: `${describe(previous)} appears again on line ${command.line}; the later row was imported`,
      });
    last.set(keyOf(command), command);
  }
  return [...last.values()];
};

const upsert = async (
  tx: Db,
  spec: { table: string; conflict: string[]; columns: string[]; updates: string[] },
  rows: unknown[][],
): Promise<{ created: number; updated: number; unchanged: number }> => {
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const { table, conflict, columns, updates } = spec;
  // Only rows whose values differ are updated (and returned): the rest are unchanged.
  const returned = await tx.query<{ created: boolean }>(
    `INSERT INTO ${table} AS t (${columns.join(', ')}) VALUES ${valuesList(rows.length, columns.length)}
     ON CONFLICT (${conflict.join(', ')}) DO UPDATE SET ${updates.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()
     WHERE (${updates.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${updates.map((c) => `EXCLUDED.${c}`).join(', ')})
     RETURNING (xmax = 0) AS created`,
    rows.flat(),
  );
  const created = returned.filter((row) => row.created).length;
  return { created, updated: returned.length - created, unchanged: rows.length - returned.length };
};

const accountIdsByExternalId = async (
  tx: Db,
  workspaceId: string,
  source: string,
  externalIds: string[],
) =>
  new Map(
    (
      await tx.query<{ externalId: string; id: string }>(
        `SELECT external_id AS "externalId", id FROM accounts
         WHERE workspace_id = $1 AND external_source = $2 AND external_id = ANY($3::text[])`,
        [workspaceId, source, [...new Set(externalIds)]],
      )
    ).map((row) => [row.externalId, row.id]),
  );

const mappedColumns = (mapping: ImportMapping, fields: Record<string, string>) =>
  Object.entries(fields)
    .filter(([field]) => mapping.columns[field as keyof ImportMapping['columns']] !== undefined)
    .map(([, column]) => column);

const writeBatch = async (
  tx: Db,
  workspaceId: string,
  mapping: ImportMapping,
  commands: ImportCommand[],
  teamMembers: TeamMemberDirectory,
): Promise<BatchCounts> => {
  const rejections: ImportRejection[] = [];
  const source = mapping.source;
  const idColumn = `'${mapping.columns.externalId ?? 'id'}'`;
  const accountColumn = `'${mapping.columns.accountExternalId ?? 'account id'}'`;
  const missingAccount = (command: { line: number; accountExternalId: string }) => ({
    line: command.line,
    reason: `${accountColumn} is '${command.accountExternalId}', but no account with that id has been imported from ${source}; import the accounts file first`,
  });
  const done = (counts: { created: number; updated: number; unchanged: number }) => ({
    ...counts,
    rejections,
  });
  switch (mapping.type) {
    case 'accounts': {
      const rows = lastPerKey(
        commands as AccountImport[],
        (c) => c.externalId,
        (c) => `${idColumn} '${c.externalId}'`,
        rejections,
      );
      return done(
        await upsert(
          tx,
          {
            table: 'accounts',
            conflict: ['workspace_id', 'external_source', 'external_id'],
            columns: [
              'workspace_id',
              'id',
              'external_source',
              'external_id',
              'name',
              'domain',
              'industry',
              'notes',
            ],
            updates: [
              'name',
              ...mappedColumns(mapping, { domain: 'domain', industry: 'industry', notes: 'notes' }),
            ],
          },
          rows.map((c) => [
            workspaceId,
            randomUUID(),
            source,
            c.externalId,
            c.values.name,
            c.values.domain ?? null,
            c.values.industry ?? null,
            c.values.notes ?? null,
          ]),
        ),
      );
    }
    case 'stakeholders': {
      const all = lastPerKey(
        commands as StakeholderImport[],
        (c) => c.externalId,
        (c) => `${idColumn} '${c.externalId}'`,
        rejections,
      );
      const accounts = await accountIdsByExternalId(
        tx,
        workspaceId,
        source,
        all.map((c) => c.accountExternalId),
      );
      const rows: unknown[][] = [];
      for (const c of all) {
        const accountId = accounts.get(c.accountExternalId);
        if (accountId === undefined) rejections.push(missingAccount(c));
        else
          rows.push([
            workspaceId,
            randomUUID(),
            source,
            c.externalId,
            accountId,
            c.values.name,
            c.values.title ?? null,
            c.values.email ?? null,
            c.values.buyingRole ?? c.defaults.buyingRole,
            c.values.seniority ?? c.defaults.seniority,
            c.values.notes ?? null,
          ]);
      }
      return done(
        await upsert(
          tx,
          {
            table: 'stakeholders',
            conflict: ['workspace_id', 'external_source', 'external_id'],
            columns: [
              'workspace_id',
              'id',
              'external_source',
              'external_id',
              'account_id',
              'name',
              'title',
              'email',
              'buying_role',
              'seniority',
              'notes',
            ],
            // Buying role and seniority the CRM did not give are guesses: set once, then Fulcrum's.
            updates: [
              'account_id',
              'name',
              ...mappedColumns(mapping, {
                title: 'title',
                email: 'email',
                buyingRole: 'buying_role',
                seniority: 'seniority',
                notes: 'notes',
              }),
            ],
          },
          rows,
        ),
      );
    }
    case 'opportunities': {
      const all = lastPerKey(
        commands as OpportunityImport[],
        (c) => c.externalId,
        (c) => `${idColumn} '${c.externalId}'`,
        rejections,
      );
      const accounts = await accountIdsByExternalId(
        tx,
        workspaceId,
        source,
        all.map((c) => c.accountExternalId),
      );
      const rows: unknown[][] = [];
      for (const c of all) {
        const accountId = accounts.get(c.accountExternalId);
        if (accountId === undefined) rejections.push(missingAccount(c));
        else
          rows.push([
            workspaceId,
            randomUUID(),
            source,
            c.externalId,
            accountId,
            c.values.name,
            c.values.stage,
            c.values.amount ?? null,
            c.values.currency ?? 'EUR',
            c.values.expectedDecisionOn ?? null,
            c.values.notes ?? null,
          ]);
      }
      return done(
        await upsert(
          tx,
          {
            table: 'opportunities',
            conflict: ['workspace_id', 'external_source', 'external_id'],
            columns: [
              'workspace_id',
              'id',
              'external_source',
              'external_id',
              'account_id',
              'name',
              'stage',
              'amount',
              'currency',
              'expected_decision_on',
              'notes',
            ],
            updates: [
              'account_id',
              'name',
              'stage',
              ...mappedColumns(mapping, {
                amount: 'amount',
                currency: 'currency',
                expectedDecisionOn: 'expected_decision_on',
                notes: 'notes',
              }),
            ],
          },
          rows,
        ),
      );
    }
    case 'relationships': {
      const all = commands as RelationshipImport[];
      const stakeholders = new Map(
        (
          await tx.query<{ externalId: string; id: string; accountId: string }>(
            `SELECT external_id AS "externalId", id, account_id AS "accountId" FROM stakeholders
             WHERE workspace_id = $1 AND external_source = $2 AND external_id = ANY($3::text[])`,
            [workspaceId, source, [...new Set(all.map((c) => c.stakeholderExternalId))]],
          )
        ).map((row) => [row.externalId, row]),
      );
      const resolved: { command: RelationshipImport; row: unknown[] }[] = [];
      for (const c of all) {
        const stakeholder = stakeholders.get(c.stakeholderExternalId);
        const memberId = await teamMembers.find(tx, c.teamMember);
        if (stakeholder === undefined) {
          rejections.push({
            line: c.line,
            reason: `'${mapping.columns.stakeholderExternalId}' is '${c.stakeholderExternalId}', but no stakeholder with that id has been imported from ${source}; import the contacts file first`,
          });
        } else if (memberId === null) {
          const who = c.teamMember.email ?? c.teamMember.name ?? '';
          rejections.push({
            line: c.line,
            reason: `'${c.teamMember.email !== null ? mapping.columns.teamMemberEmail : mapping.columns.teamMemberName}' is '${who}', but no single team member of this workspace has that ${c.teamMember.email !== null ? 'email' : 'name'}; add them under Team first`,
          });
        } else {
          resolved.push({
            command: c,
            row: [
              workspaceId,
              randomUUID(),
              stakeholder.accountId,
              memberId,
              stakeholder.id,
              c.values.strength,
              c.values.lastContactOn ?? null,
              c.values.notes ?? null,
            ],
          });
        }
      }
      const unique = new Map<string, { command: RelationshipImport; row: unknown[] }>();
      for (const entry of resolved) {
        const key = `${String(entry.row[3])}:${String(entry.row[4])}`;
        const previous = unique.get(key);
        if (previous)
          rejections.push({
            line: previous.command.line,
            reason: `the same team member and stakeholder appear again on line ${entry.command.line}; the later row was imported`,
          });
        unique.set(key, entry);
      }
      return done(
        await upsert(
          tx,
          {
            table: 'relationships',
            conflict: ['workspace_id', 'team_member_id', 'stakeholder_id'],
            columns: [
              'workspace_id',
              'id',
              'account_id',
              'team_member_id',
              'stakeholder_id',
              'strength',
              'last_contact_on',
              'notes',
            ],
            updates: [
              'account_id',
              'strength',
              ...mappedColumns(mapping, { lastContactOn: 'last_contact_on', notes: 'notes' }),
            ],
          },
          [...unique.values()].map((entry) => entry.row),
        ),
      );
    }
  }
};
