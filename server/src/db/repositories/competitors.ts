import type { Competitor } from '@fulcrum/core';
import type { TableSpec } from '../table.ts';
import { baseSelect, baseSort } from './common.ts';

/** How competitors are stored. */
export const competitorTable = {
  table: 'competitors',
  select: {
    ...baseSelect,
    opportunityId: 't.opportunity_id',
    name: 't.name',
    notes: 't.notes',
    capabilityEstimate: 't.capability_estimate',
  },
  write: {
    opportunityId: 'opportunity_id',
    name: 'name',
    notes: 'notes',
    capabilityEstimate: 'capability_estimate',
  },
  search: ['t.name', 't.notes'],
  sort: baseSort,
} satisfies TableSpec<keyof Competitor>;

/** Sortable competitor fields. */
export const competitorSortFields = Object.keys(competitorTable.sort);
