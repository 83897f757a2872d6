import type { Observation } from '@fulcrum/core';
import type { TableSpec } from '../table.ts';

/** How observations are stored; the signal's name and meaning are joined in. */
export const observationTable = {
  table: 'observations',
  from: `observations t JOIN signals sg ON sg.workspace_id = t.workspace_id AND sg.id = t.signal_id`,
  select: {
    workspaceId: 't.workspace_id',
    id: 't.id',
    signalId: 't.signal_id',
    signalName: 'sg.name',
    dimension: 'sg.dimension',
    polarity: 'sg.polarity::int',
    accountId: 't.account_id',
    stakeholderId: 't.stakeholder_id',
    opportunityId: 't.opportunity_id',
    teamMemberId: 't.team_member_id',
    observedAt: 't.observed_at',
    weight: 't.weight',
    note: 't.note',
    recordedByUserId: 't.recorded_by_user_id',
    createdAt: 't.created_at',
    retractedAt: 't.retracted_at',
  },
  write: {},
  search: ['sg.name', 't.note'],
  sort: { observedAt: 't.observed_at', createdAt: 't.created_at' },
} satisfies TableSpec<keyof Observation>;

/** Sortable observation fields. */
export const observationSortFields = ['observedAt', 'createdAt'];
