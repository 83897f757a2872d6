import { z } from 'zod';

/** Query of `GET /api/export`. */
export const exportQuery = z.strictObject({
  format: z.enum(['jsonl']).default('jsonl').describe('JSON Lines: {"table", "row"} per line'),
});
