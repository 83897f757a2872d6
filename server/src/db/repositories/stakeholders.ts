import type { Stakeholder } from '@fulcrum/core';
import type { TableSpec } from '../table.ts';
import { baseSelect, baseSort } from './common.ts';

/** How stakeholders are stored. */
export const stakeholderTable = {
  table: 'stakeholders',
  select: {
    ...baseSelect,
    accountId: 't.account_id',
    name: 't.name',
    title: 't.title',
    email: 't.email',
    buyingRole: 't.buying_role',
    seniority: 't.seniority',
    status: 't.status',
    leftOn: 't.left_on::text',
    notes: 't.notes',
  },
  write: {
    accountId: 'account_id',
    name: 'name',
    title: 'title',
    email: 'email',
    buyingRole: 'buying_role',
    seniority: 'seniority',
    status: 'status',
    leftOn: 'left_on',
    notes: 'notes',
  },
  search: ['t.name', 't.title', 't.email'],
  sort: {
    ...baseSort,
    // Executives first when ascending, the order a coverage view reads in.
    seniority: `(CASE t.seniority WHEN 'executive' THEN 1 WHEN 'senior' THEN 2 WHEN 'manager' THEN 3 ELSE 4 END)::int`,
  },
} satisfies TableSpec<keyof Stakeholder>;

/** Sortable stakeholder fields. */
export const stakeholderSortFields = Object.keys(stakeholderTable.sort);
