import type { Account } from '@fulcrum/core';
import type { TableSpec } from '../table.ts';
import { baseSelect, baseSort } from './common.ts';

/** How accounts are stored; the owner's name is joined in for display. */
export const accountTable = {
  table: 'accounts',
  from: `accounts t
    LEFT JOIN team_members otm ON otm.workspace_id = t.workspace_id AND otm.id = t.owner_team_member_id`,
  select: {
    ...baseSelect,
    name: 't.name',
    domain: 't.domain',
    industry: 't.industry',
    notes: 't.notes',
    ownerTeamMemberId: 't.owner_team_member_id',
    ownerName: 'otm.name',
  },
  write: {
    name: 'name',
    domain: 'domain',
    industry: 'industry',
    notes: 'notes',
    ownerTeamMemberId: 'owner_team_member_id',
  },
  search: ['t.name', 't.domain', 't.industry'],
  sort: baseSort,
} satisfies TableSpec<keyof Account>;

/** Sortable account fields. */
export const accountSortFields = Object.keys(accountTable.sort);
