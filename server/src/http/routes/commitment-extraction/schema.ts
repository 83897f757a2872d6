import { limits } from '@fulcrum/core';
import { z } from 'zod';
import { calendarDate } from '../shared-schema.ts';

/** The longest notes one request may send: a long meeting, not a transcript archive. */
export const notesTextMax = 50_000;

const personNames = z
  .array(z.string().trim().min(1, 'must not be empty').max(limits.nameMax))
  .max(1000, 'must list at most 1,000 names')
  .optional();

/** Body of POST /api/commitments/extract. */
export const commitmentExtractBody = z.strictObject({
  text: z
    .string()
    .min(1, 'must not be empty')
    .max(notesTextMax, `must be at most ${notesTextMax.toLocaleString('en')} characters`)
    .describe('Meeting notes: prose, bullets or numbered lists'),
  referenceDate: calendarDate.describe(
    'The day of the meeting (YYYY-MM-DD); "by Friday" counts from it',
  ),
  ourNames: personNames.describe('Names of our team members, to tell whose promise it is'),
  theirNames: personNames.describe("Names of the account's stakeholders"),
});

/** Parsed body of POST /api/commitments/extract. */
export type CommitmentExtractBody = z.infer<typeof commitmentExtractBody>;
