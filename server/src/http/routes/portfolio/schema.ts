import { limits } from '@fulcrum/core';
import { z } from 'zod';
import { listQuery } from '../shared-schema.ts';
import { trustHistoryQuery } from '../trust/schema.ts';

const owner = z
  .string()
  .regex(
    /^(none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i,
    'must be a team member id, or none',
  )
  .optional()
  .describe('Only accounts this team member owns; `none`: accounts without an owner');

const flag = (description: string) =>
  z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe(description);

/** Query of GET /api/portfolio. */
export const portfolioQuery = listQuery.omit({ archived: true }).extend({
  q: z.string().max(limits.searchMax).optional().describe('Text the account name contains'),
  owner,
  falling: flag(
    'true: accounts where a dimension fell by more than the trust-fell alert threshold in 30 days',
  ),
  singleThreaded: flag('true: accounts whose relationships all run through one person'),
  overdue: flag('true: accounts with open commitments past their due date, either side'),
});

/** Query of GET /api/portfolio/history. */
export const portfolioHistoryQuery = trustHistoryQuery.extend({ owner });
