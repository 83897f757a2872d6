import { z } from 'zod';
import { calendarDate } from '../shared-schema.ts';

/** Query of GET /api/digest. */
export const digestQuery = z.strictObject({
  teamMemberId: z
    .string()
    .max(100)
    .optional()
    .describe("Whose digest (default: the signed-in user's own team member)"),
  weekEnding: calendarDate
    .optional()
    .describe(
      'The last day of the week, YYYY-MM-DD (default: today); the week is it and the six days before',
    ),
});
