import type { Account } from '@fulcrum/core';
import type { TableSpec } from '../table.ts';
import { baseSelect, baseSort } from './common.ts';

/** How accounts are stored. */
export const accountTable = {
  table: 'accounts',
  select: {
    ...baseSelect,
    name: 't.name',
    domain: 't.domain',
    industry: 't.industry',
    notes: 't.notes',
  },
  write: { name: 'name', domain: 'domain', industry: 'industry', notes: 'notes' },
  search: ['t.name', 't.domain', 't.industry'],
  sort: baseSort,
} satisfies TableSpec<keyof Account>;

/** Sortable account fields. */
export const accountSortFields = Object.keys(accountTable.sort);
