import { z } from 'zod';
import { calendarDate, listQuery } from '../shared-schema.ts';

const period = {
  from: calendarDate.optional().describe('First day of the period (default: 89 days before `to`)'),
  to: calendarDate.optional().describe('Last day of the period (default: today)'),
};

/** Query of GET /api/team-members/{teamMemberId}/scorecard and GET /api/scorecard.csv. */
export const scorecardQuery = z.strictObject(period);

/** Query of GET /api/scorecard: the period and a page of team members by name. */
export const scorecardListQuery = listQuery.omit({ archived: true }).extend(period);
