import type { TableSpec } from '../table.ts';
import { baseSelect, baseSort } from './common.ts';

/** A customer goal: an initiative serving their strategy, or a critical success factor of one. */
export type PlanGoal = {
  workspaceId: string;
  id: string;
  accountId: string;
  kind: 'initiative' | 'success_factor';
  parentId: string | null;
  name: string;
  description: string | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
};

/** One of their requirements and our response; confirmed when the customer agrees it is right. */
export type PlanRequirement = {
  workspaceId: string;
  id: string;
  accountId: string;
  name: string;
  response: string | null;
  confirmedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
};

/** An objective both sides share, with an owner on each side. */
export type PlanObjective = {
  workspaceId: string;
  id: string;
  accountId: string;
  name: string;
  ourOwnerTeamMemberId: string | null;
  theirOwnerStakeholderId: string | null;
  targetOn: string | null;
  status: 'open' | 'achieved' | 'dropped';
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
};

/** Value we delivered to the account, dated. */
export type ValueDelivery = {
  workspaceId: string;
  id: string;
  accountId: string;
  name: string;
  description: string | null;
  deliveredOn: string;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
};

/** How plan goals are stored. */
export const planGoalTable = {
  table: 'plan_goals',
  select: {
    ...baseSelect,
    accountId: 't.account_id',
    kind: 't.kind',
    parentId: 't.parent_id',
    name: 't.name',
    description: 't.description',
  },
  write: {
    accountId: 'account_id',
    kind: 'kind',
    parentId: 'parent_id',
    name: 'name',
    description: 'description',
  },
  search: ['t.name', 't.description'],
  sort: baseSort,
} satisfies TableSpec<keyof PlanGoal>;

/** How requirement/response pairs are stored. */
export const planRequirementTable = {
  table: 'plan_requirements',
  select: {
    ...baseSelect,
    accountId: 't.account_id',
    name: 't.name',
    response: 't.response',
    confirmedOn: 't.confirmed_on::text',
  },
  write: {
    accountId: 'account_id',
    name: 'name',
    response: 'response',
    confirmedOn: 'confirmed_on',
  },
  search: ['t.name', 't.response'],
  sort: baseSort,
} satisfies TableSpec<keyof PlanRequirement>;

/** How shared objectives are stored. */
export const planObjectiveTable = {
  table: 'plan_objectives',
  select: {
    ...baseSelect,
    accountId: 't.account_id',
    name: 't.name',
    ourOwnerTeamMemberId: 't.our_owner_team_member_id',
    theirOwnerStakeholderId: 't.their_owner_stakeholder_id',
    targetOn: 't.target_on::text',
    status: 't.status',
  },
  write: {
    accountId: 'account_id',
    name: 'name',
    ourOwnerTeamMemberId: 'our_owner_team_member_id',
    theirOwnerStakeholderId: 'their_owner_stakeholder_id',
    targetOn: 'target_on',
    status: 'status',
  },
  search: ['t.name'],
  sort: { ...baseSort, targetOn: `COALESCE(t.target_on, DATE '9999-12-31')::text` },
} satisfies TableSpec<keyof PlanObjective>;

/** How delivered value is stored. */
export const valueDeliveryTable = {
  table: 'value_deliveries',
  select: {
    ...baseSelect,
    accountId: 't.account_id',
    name: 't.name',
    description: 't.description',
    deliveredOn: 't.delivered_on::text',
  },
  write: {
    accountId: 'account_id',
    name: 'name',
    description: 'description',
    deliveredOn: 'delivered_on',
  },
  search: ['t.name', 't.description'],
  sort: { ...baseSort, deliveredOn: 't.delivered_on::text' },
} satisfies TableSpec<keyof ValueDelivery>;
