import type { Relationship } from '@fulcrum/core';
import type { TableSpec } from '../table.ts';
import { baseSelect } from './common.ts';

/** How relationships are stored; the names of both people are joined in for display. */
export const relationshipTable = {
  table: 'relationships',
  from: `relationships t
    JOIN team_members tm ON tm.workspace_id = t.workspace_id AND tm.id = t.team_member_id
    JOIN stakeholders s ON s.workspace_id = t.workspace_id AND s.id = t.stakeholder_id`,
  select: {
    ...baseSelect,
    accountId: 't.account_id',
    teamMemberId: 't.team_member_id',
    teamMemberName: 'tm.name',
    stakeholderId: 't.stakeholder_id',
    stakeholderName: 's.name',
    strength: 't.strength::int',
    lastContactOn: 't.last_contact_on::text',
    notes: 't.notes',
  },
  write: {
    accountId: 'account_id',
    teamMemberId: 'team_member_id',
    stakeholderId: 'stakeholder_id',
    strength: 'strength',
    lastContactOn: 'last_contact_on',
    notes: 'notes',
  },
  search: ['tm.name', 's.name', 't.notes'],
  sort: {
    createdAt: 't.created_at',
    updatedAt: 't.updated_at',
    strength: 't.strength::int',
    stakeholderName: 'lower(s.name)',
    teamMemberName: 'lower(tm.name)',
  },
} satisfies TableSpec<keyof Relationship>;

/** Sortable relationship fields. */
export const relationshipSortFields = Object.keys(relationshipTable.sort);
