import type { TeamMember } from '@fulcrum/core';
import type { TableSpec } from '../table.ts';
import { baseSelect, baseSort } from './common.ts';

/** How our team members are stored. */
export const teamMemberTable = {
  table: 'team_members',
  select: {
    ...baseSelect,
    userId: 't.user_id',
    name: 't.name',
    email: 't.email',
    title: 't.title',
  },
  write: { userId: 'user_id', name: 'name', email: 'email', title: 'title' },
  search: ['t.name', 't.email', 't.title'],
  sort: baseSort,
} satisfies TableSpec<keyof TeamMember>;

/** Sortable team member fields. */
export const teamMemberSortFields = Object.keys(teamMemberTable.sort);
