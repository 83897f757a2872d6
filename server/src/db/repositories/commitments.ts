import type { Commitment } from '@fulcrum/core';
import type { TableSpec } from '../table.ts';
import { baseSelect } from './common.ts';

/** How commitments are stored; owner and recipient names are joined in for display. */
export const commitmentTable = {
  table: 'commitments',
  from: `commitments t
    LEFT JOIN team_members otm ON otm.workspace_id = t.workspace_id AND otm.id = t.owner_team_member_id
    LEFT JOIN stakeholders os ON os.workspace_id = t.workspace_id AND os.id = t.owner_stakeholder_id
    LEFT JOIN team_members rtm ON rtm.workspace_id = t.workspace_id AND rtm.id = t.recipient_team_member_id
    LEFT JOIN stakeholders rs ON rs.workspace_id = t.workspace_id AND rs.id = t.recipient_stakeholder_id`,
  select: {
    ...baseSelect,
    accountId: 't.account_id',
    opportunityId: 't.opportunity_id',
    side: 't.side',
    ownerTeamMemberId: 't.owner_team_member_id',
    ownerStakeholderId: 't.owner_stakeholder_id',
    ownerName: 'COALESCE(otm.name, os.name)',
    recipientTeamMemberId: 't.recipient_team_member_id',
    recipientStakeholderId: 't.recipient_stakeholder_id',
    recipientName: 'COALESCE(rtm.name, rs.name)',
    text: 't.text',
    madeIn: 't.made_in',
    isOnBehalfOfCompany: 't.is_on_behalf_of_company',
    dueOn: 't.due_on::text',
    status: 't.status',
    closedOn: 't.closed_on::text',
    overdueSince: 't.overdue_since::text',
    predecessorId: 't.predecessor_id',
    successorId: 't.successor_id',
    createdByUserId: 't.created_by_user_id',
  },
  write: {
    accountId: 'account_id',
    opportunityId: 'opportunity_id',
    side: 'side',
    ownerTeamMemberId: 'owner_team_member_id',
    ownerStakeholderId: 'owner_stakeholder_id',
    recipientTeamMemberId: 'recipient_team_member_id',
    recipientStakeholderId: 'recipient_stakeholder_id',
    text: 'text',
    madeIn: 'made_in',
    isOnBehalfOfCompany: 'is_on_behalf_of_company',
    dueOn: 'due_on',
    status: 'status',
    closedOn: 'closed_on',
    overdueSince: 'overdue_since',
    predecessorId: 'predecessor_id',
    successorId: 'successor_id',
    createdByUserId: 'created_by_user_id',
  },
  search: ['t.text', 'otm.name', 'os.name'],
  sort: {
    // Undated commitments sort after every dated one.
    dueOn: `COALESCE(t.due_on, DATE '9999-12-31')::text`,
    createdAt: 't.created_at',
    updatedAt: 't.updated_at',
  },
} satisfies TableSpec<keyof Commitment>;

/** Sortable commitment fields. */
export const commitmentSortFields = Object.keys(commitmentTable.sort);
