import { Readable } from 'node:stream';
import {
  accountRecordPolicy,
  type Actor,
  DomainError,
  type ImportField,
  type ImportMapping,
  mapImportRow,
} from '@fulcrum/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  type CsvFile,
  type CsvRow,
  importRecords,
  type ImportSummary,
  openCsv,
  resolveImportMapping,
} from '../../../commands/index.ts';
import type { Db } from '../../../db/index.ts';
import { requireActor } from '../../auth.ts';
import { handleError, sendProblem } from '../../problems.ts';
import {
  importBodyLimitBytes,
  importPreviewQuery,
  importQuery,
  previewRowCount,
} from './schema.ts';

/** One column of the file and the Fulcrum field it fills. */
type PresentedColumn = { column: string; field: ImportField };

/** Which columns fill which fields, in the file's order, and which columns are left out. */
const presentColumns = (mapping: ImportMapping, headers: readonly string[]) => {
  const fieldByHeader = new Map<string, ImportField>();
  for (const [field, header] of Object.entries(mapping.columns) as [ImportField, string][])
    fieldByHeader.set(header, field);
  const mapped: PresentedColumn[] = [];
  const unmappedColumns: string[] = [];
  for (const column of headers) {
    const field = fieldByHeader.get(column);
    if (field === undefined) unmappedColumns.push(column);
    else mapped.push({ column, field });
  }
  return { mapping: mapped, unmappedColumns };
};

/** The JSON of a preview: what was detected and what the first rows would become. */
const presentImportPreview = (file: CsvFile, mapping: ImportMapping, rows: CsvRow[]) => ({
  source: mapping.source,
  type: mapping.type,
  label: mapping.label,
  encoding: file.encoding,
  delimiter: file.delimiter,
  ...presentColumns(mapping, file.headers),
  previewRows: rows.map((row) => {
    const mapped = mapImportRow(mapping, row.record, row.line);
    if (!mapped.ok)
      return {
        line: row.line,
        values: row.record,
        command: null,
        rejection: mapped.rejection.reason,
      };
    const { line: _line, ...command } = mapped.command;
    return { line: row.line, values: row.record, command, rejection: null };
  }),
});

/** The JSON of an import's summary; `rejected` lists at most 1,000 rows, `rejectedCount` all. */
const presentImportSummary = (summary: ImportSummary) => ({
  source: summary.mapping.source,
  type: summary.mapping.type,
  label: summary.mapping.label,
  dryRun: summary.dryRun,
  rows: summary.rows,
  created: summary.created,
  updated: summary.updated,
  unchanged: summary.unchanged,
  rejected: summary.rejections,
  rejectedCount: summary.rejected,
});

const assertMayImport = (actor: Actor) => {
  // An import creates and updates account records of every kind.
  if (!accountRecordPolicy.create(actor))
    throw new DomainError(
      'forbidden',
      `Your role (${actor.role}) cannot import records; ask an admin for the member role.`,
    );
};

const openCsvBody = (body: unknown): Promise<CsvFile> => {
  if (!Buffer.isBuffer(body))
    throw new DomainError(
      'validation-failed',
      'The request has no file: send the CSV file as the request body with `Content-Type: text/csv`.',
    );
  return openCsv(Readable.from([body]));
};

const parseMappingQuery = (text: string | undefined): unknown => {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError(
      'validation-failed',
      'The `mapping` query parameter is not valid JSON; send the mapping file URL-encoded.',
      [{ pointer: '/querystring/mapping', detail: 'is not valid JSON' }],
    );
  }
};

const megabytes = importBodyLimitBytes / (1024 * 1024);

// The app-wide handler explains too-large and wrong-type bodies for JSON routes; these take CSV.
const handleImportError = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
  const instance = request.url.split('?')[0] ?? request.url;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return sendProblem(reply, {
      type: '/problems/payload-too-large',
      title: 'Payload too large',
      status: 413,
      code: 'payload-too-large',
      detail: `The file is larger than ${megabytes} MB. Import it with \`npx fulcrum import\`, or split it into smaller files.`,
      instance,
    });
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return sendProblem(reply, {
      type: '/problems/unsupported-media-type',
      title: 'Unsupported media type',
      status: 415,
      code: 'unsupported-media-type',
      detail: 'Send the CSV file itself as the request body, with `Content-Type: text/csv`.',
      instance,
    });
  return handleError(error, request, reply);
};

/** CSV import over HTTP: preview what a file would become, then import it (or dry-run it). The
 * file is the raw request body (`text/csv`, up to 20 MB); larger files go through the CLI. */
export const importRoutes = (app: FastifyInstance, db: Db) => {
  // Its own scope, so that only these routes read text/csv and accept large bodies.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      'text/csv',
      { parseAs: 'buffer', bodyLimit: importBodyLimitBytes },
      (_request, body, done) => done(null, body),
    );
    scope.setErrorHandler(handleImportError);
    const typed = scope.withTypeProvider<ZodTypeProvider>();

    typed.post(
      '/api/imports/preview',
      {
        schema: {
          tags: ['Imports'],
          summary:
            'Preview a CSV import: the detected CRM, the column mapping and the first 10 rows',
          consumes: ['text/csv'],
          querystring: importPreviewQuery,
        },
        bodyLimit: importBodyLimitBytes,
      },
      async (request) => {
        const actor = requireActor(request);
        assertMayImport(actor);
        const mappingJson = parseMappingQuery(request.query.mapping);
        const file = await openCsvBody(request.body);
        const mapping = resolveImportMapping(file.headers, request.query.type, mappingJson);
        const rows: CsvRow[] = [];
        for await (const row of file.rows) {
          rows.push(row);
          if (rows.length >= previewRowCount) break;
        }
        return presentImportPreview(file, mapping, rows);
      },
    );

    typed.post(
      '/api/imports',
      {
        schema: {
          tags: ['Imports'],
          summary:
            'Import a CSV file: rows are upserted by their CRM id; bad rows are listed by line',
          consumes: ['text/csv'],
          querystring: importQuery,
        },
        bodyLimit: importBodyLimitBytes,
      },
      async (request) => {
        const actor = requireActor(request);
        assertMayImport(actor);
        const mappingJson = parseMappingQuery(request.query.mapping);
        const file = await openCsvBody(request.body);
        const summary = await importRecords(db, actor.workspaceId, {
          file,
          type: request.query.type,
          mapping: mappingJson,
          dryRun: request.query.dryRun,
        });
        return presentImportSummary(summary);
      },
    );
  });
};
