import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { DomainError } from '@fulcrum/core';

/** One data row of a CSV file: header → cell, and the line of the file it starts on. */
export type CsvRow = { line: number; record: Record<string, string>; bytes: number };

/** A CSV file opened for streaming: what was detected, its header row and its data rows. */
export type CsvFile = {
  encoding: 'utf8' | 'latin1';
  delimiter: ',' | ';' | '\t';
  headers: string[];
  /** Read once, in order; memory stays bounded whatever the file's size. */
  rows: AsyncIterable<CsvRow>;
};

const sampleBytes = 64 * 1024;

const detectEncoding = (sample: Buffer): CsvFile['encoding'] => {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8';
  try {
    // `stream` leaves a character cut at the sample's end pending instead of failing on it.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf8';
  } catch {
    // Not UTF-8: spreadsheet exports in Western Europe are Latin-1 (Windows-1252).
    return 'latin1';
  }
};

const detectDelimiter = (firstLine: string): CsvFile['delimiter'] => {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  const best = (Object.entries(counts) as [CsvFile['delimiter'], number][]).sort(
    (a, b) => b[1] - a[1],
  )[0]!;
  return best[1] > 0 ? best[0] : ',';
};

/** Opens a CSV file from a byte stream: detects the encoding (UTF-8 with or without BOM, or
 * Latin-1) and the delimiter (comma, semicolon or tab) from its start, reads the header row,
 * and streams the rest through csv-parse (quoted fields may span lines). */
export const openCsv = async (input: AsyncIterable<Uint8Array>): Promise<CsvFile> => {
  const iterator = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLength = 0;
  while (headLength < sampleBytes) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = Buffer.from(next.value);
    head.push(chunk);
    headLength += chunk.length;
  }
  const sample = Buffer.concat(head);
  const encoding = detectEncoding(sample);
  const text = sample.toString(encoding).replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text.split(/\r?\n/, 1)[0] ?? '');
  const source = Readable.from(
    (async function* () {
      yield sample;
      for (let next = await iterator.next(); !next.done; next = await iterator.next())
        yield next.value;
    })(),
  );
  const parser = source.pipe(
    parse({
      bom: true,
      delimiter,
      encoding,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }),
  );
  source.on('error', (error) => parser.destroy(error));
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{
    record: string[];
    info: { lines: number; bytes: number; empty_lines?: number };
  }>;
  const readRecord = async () => {
    try {
      return await records.next();
    } catch (error) {
      const where = (error as { lines?: number }).lines;
      throw new DomainError(
        'validation-failed',
        `${where ? `line ${where}: ` : ''}the file is not valid CSV (${error instanceof Error ? error.message : String(error)}). Check for a quote that is opened but never closed.`,
      );
    }
  };
  const first = await readRecord();
  if (first.done)
    throw new DomainError('validation-failed', 'The file is empty: it has no header row.');
  const headers = first.value.record.map((header) => header.trim());
  let lastLine = first.value.info.lines;
  let lastEmpty = first.value.info.empty_lines ?? 0;
  const rows = (async function* () {
    for (let next = await readRecord(); !next.done; next = await readRecord()) {
      const { record, info } = next.value;
      const empty = info.empty_lines ?? 0;
      const line = lastLine + 1 + (empty - lastEmpty);
      lastLine = info.lines;
      lastEmpty = empty;
      const row: Record<string, string> = {};
      headers.forEach((header, index) => {
        row[header] = record[index] ?? '';
      });
      yield { line, record: row, bytes: info.bytes };
    }
  })();
  return { encoding, delimiter, headers, rows };
};
