import type { Opportunity } from '@fulcrum/core';
import type { TableSpec } from '../table.ts';
import { baseSelect, baseSort } from './common.ts';

/** How opportunities are stored. */
export const opportunityTable = {
  table: 'opportunities',
  select: {
    ...baseSelect,
    accountId: 't.account_id',
    name: 't.name',
    stage: 't.stage',
    amount: 't.amount::float8',
    currency: 't.currency',
    expectedDecisionOn: 't.expected_decision_on::text',
    decisionTimingShared: 't.decision_timing_shared',
    notes: 't.notes',
  },
  write: {
    accountId: 'account_id',
    name: 'name',
    stage: 'stage',
    amount: 'amount',
    currency: 'currency',
    expectedDecisionOn: 'expected_decision_on',
    decisionTimingShared: 'decision_timing_shared',
    notes: 'notes',
  },
  search: ['t.name', 't.notes'],
  sort: baseSort,
} satisfies TableSpec<keyof Opportunity>;

/** Sortable opportunity fields. */
export const opportunitySortFields = Object.keys(opportunityTable.sort);
