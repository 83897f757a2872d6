import type { ImportField, ImportType } from '@fulcrum/core';
import { ApiProblem, buildUrl, type QueryParams, toApiProblem } from '../../api/client.ts';

/** One of the first rows of a file: its cells, and what it would become or why it cannot. */
export type ImportPreviewRow = {
  line: number;
  values: Record<string, string>;
  command: Record<string, unknown> | null;
  rejection: string | null;
};

/** What the server recognised in a file, before anything is written. */
export type ImportPreview = {
  source: string;
  type: ImportType;
  label: string;
  encoding: 'utf8' | 'latin1';
  delimiter: ',' | ';' | '\t';
  mapping: { column: string; field: ImportField }[];
  unmappedColumns: string[];
  previewRows: ImportPreviewRow[];
};

/** A row that was not imported and what to change. */
export type ImportRejection = { line: number; reason: string };

/** What an import did (or, for a dry run, would do). */
export type ImportSummary = {
  source: string;
  type: ImportType;
  label: string;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** At most 1,000 rows; `rejectedCount` counts them all. */
  rejected: ImportRejection[];
  rejectedCount: number;
};

const readProblem = async (response: Response): Promise<ApiProblem> => {
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const text = (key: string) => (typeof body?.[key] === 'string' ? body[key] : undefined);
  return new ApiProblem({
    status: response.status,
    code: text('code') ?? `http-${response.status}`,
    title: text('title') ?? (response.statusText || 'Request failed'),
    detail: text('detail') ?? `The request failed (${response.status}).`,
  });
};

// The shared client sends JSON only; a file goes as the raw body, with the session's CSRF token.
const postCsv = async <T>(
  path: string,
  file: Blob,
  query: QueryParams,
  csrfToken: string,
  signal?: AbortSignal,
): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'text/csv',
        'x-csrf-token': csrfToken,
      },
      credentials: 'same-origin',
      body: file,
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw toApiProblem(error);
  }
  if (!response.ok) throw await readProblem(response);
  return (await response.json()) as T;
};

/** Options of a preview or an import. */
export type ImportRequest = {
  file: Blob;
  /** Left out: detected from the header row. */
  type: ImportType | undefined;
  csrfToken: string;
  signal?: AbortSignal | undefined;
};

/** Uploads a file to see the detected CRM, the mapping and the first rows; writes nothing. */
export const previewImport = ({ file, type, csrfToken, signal }: ImportRequest) =>
  postCsv<ImportPreview>('/api/imports/preview', file, { type }, csrfToken, signal);

/** Imports a file; a dry run checks and counts everything and changes nothing. */
export const runImport = ({ file, type, csrfToken, dryRun }: ImportRequest & { dryRun: boolean }) =>
  postCsv<ImportSummary>('/api/imports', file, { type, dryRun }, csrfToken);
