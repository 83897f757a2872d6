import { importTypes } from '@fulcrum/core';
import { z } from 'zod';

/** The largest CSV file the HTTP import accepts; bigger files go through `fulcrum import`. */
export const importBodyLimitBytes = 20 * 1024 * 1024;

/** How many data rows a preview maps. */
export const previewRowCount = 10;

const type = z
  .enum(importTypes)
  .optional()
  .describe('What the file holds; detected from the header row when left out');

const mapping = z
  .string()
  .max(20_000)
  .optional()
  .describe(
    'A mapping of columns as JSON, for files of other CRMs: {"source", "type", "columns": {field: header}, "dateOrder"?, "values"?}',
  );

/** Query of `POST /api/imports/preview`. */
export const importPreviewQuery = z.strictObject({ type, mapping });

/** Query of `POST /api/imports`. */
export const importQuery = z.strictObject({
  type,
  mapping,
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('true: check and count everything, then change nothing'),
});
