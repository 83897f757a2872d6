import { api } from '../../api/client.ts';
import type { ResourceBase } from '../../api/types.ts';

/** A customer goal: an initiative serving their strategy, or a critical success factor of one. */
export type PlanGoal = ResourceBase & {
  accountId: string;
  kind: 'initiative' | 'success_factor';
  parentId: string | null;
  name: string;
  description: string | null;
};

/** An initiative with its critical success factors. */
export type PlanInitiative = PlanGoal & { successFactors: PlanGoal[] };

/** One of their requirements and our response, confirmed when the account agrees it is right. */
export type PlanRequirement = ResourceBase & {
  accountId: string;
  name: string;
  response: string | null;
  confirmedOn: string | null;
};

/** Where a shared objective stands. */
export type PlanObjectiveStatus = 'open' | 'achieved' | 'dropped';

/** An objective both sides share, with an owner on each side. */
export type PlanObjective = ResourceBase & {
  accountId: string;
  name: string;
  ourOwnerTeamMemberId: string | null;
  ourOwnerName: string | null;
  theirOwnerStakeholderId: string | null;
  theirOwnerName: string | null;
  targetOn: string | null;
  status: PlanObjectiveStatus;
};

/** Value we delivered to the account, dated. */
export type ValueDelivery = ResourceBase & {
  accountId: string;
  name: string;
  description: string | null;
  deliveredOn: string;
};

/** One answer of the team to "would I buy from us?", 1–5 on each question. */
export type SelfCheck = {
  id: string;
  trustAnswer: number;
  valueAnswer: number;
  backingAnswer: number;
  note: string | null;
  answeredByName: string | null;
  createdAt: string;
};

/** GET /api/accounts/{accountId}/mutual-plan. */
export type MutualPlan = {
  accountId: string;
  strategy: string | null;
  summary: string | null;
  initiatives: PlanInitiative[];
  requirements: PlanRequirement[];
  objectives: PlanObjective[];
  valueDelivered: ValueDelivery[];
  selfChecks: SelfCheck[];
  abilities: { update: boolean };
};

/** The editable fields of a plan goal. */
export type PlanGoalInput = Pick<PlanGoal, 'kind' | 'parentId' | 'name' | 'description'>;
/** The editable fields of a requirement. */
export type PlanRequirementInput = Pick<PlanRequirement, 'name' | 'response' | 'confirmedOn'>;
/** The editable fields of a shared objective. */
export type PlanObjectiveInput = Pick<
  PlanObjective,
  'name' | 'ourOwnerTeamMemberId' | 'theirOwnerStakeholderId' | 'targetOn' | 'status'
>;
/** The editable fields of a value delivery. */
export type ValueDeliveryInput = Pick<ValueDelivery, 'name' | 'description' | 'deliveredOn'>;
/** The body of a new self-check. */
export type SelfCheckInput = Pick<
  SelfCheck,
  'trustAnswer' | 'valueAnswer' | 'backingAnswer' | 'note'
>;

type Archivable = { archived?: boolean };

const accountPath = (accountId: string) => `/api/accounts/${encodeURIComponent(accountId)}`;

/** Reads an account's whole mutual plan. */
export const getMutualPlan = (accountId: string, signal?: AbortSignal): Promise<MutualPlan> =>
  api.get<MutualPlan>(`${accountPath(accountId)}/mutual-plan`, { signal });

/** Sets the plan's strategy and summary. */
export const updateMutualPlan = (
  accountId: string,
  body: { strategy: string | null; summary: string | null },
): Promise<MutualPlan> => api.put<MutualPlan>(`${accountPath(accountId)}/mutual-plan`, body);

/** Adds an initiative, or a critical success factor of one (`parentId`). */
export const createPlanGoal = (accountId: string, body: PlanGoalInput): Promise<PlanGoal> =>
  api.post<PlanGoal>(`${accountPath(accountId)}/plan-goals`, body);

/** Changes a goal, or archives it with `{ archived }`. */
export const updatePlanGoal = (
  goalId: string,
  body: Partial<Pick<PlanGoalInput, 'name' | 'description'>> & Archivable,
): Promise<PlanGoal> => api.patch<PlanGoal>(`/api/plan-goals/${encodeURIComponent(goalId)}`, body);

/** Adds a requirement and our response. */
export const createPlanRequirement = (
  accountId: string,
  body: PlanRequirementInput,
): Promise<PlanRequirement> =>
  api.post<PlanRequirement>(`${accountPath(accountId)}/plan-requirements`, body);

/** Changes a requirement, or archives it with `{ archived }`. */
export const updatePlanRequirement = (
  requirementId: string,
  body: Partial<PlanRequirementInput> & Archivable,
): Promise<PlanRequirement> =>
  api.patch<PlanRequirement>(`/api/plan-requirements/${encodeURIComponent(requirementId)}`, body);

/** Adds a shared objective. */
export const createPlanObjective = (
  accountId: string,
  body: PlanObjectiveInput,
): Promise<PlanObjective> =>
  api.post<PlanObjective>(`${accountPath(accountId)}/plan-objectives`, body);

/** Changes a shared objective, or archives it with `{ archived }`. */
export const updatePlanObjective = (
  objectiveId: string,
  body: Partial<PlanObjectiveInput> & Archivable,
): Promise<PlanObjective> =>
  api.patch<PlanObjective>(`/api/plan-objectives/${encodeURIComponent(objectiveId)}`, body);

/** Records value we delivered. */
export const createValueDelivery = (
  accountId: string,
  body: ValueDeliveryInput,
): Promise<ValueDelivery> =>
  api.post<ValueDelivery>(`${accountPath(accountId)}/value-deliveries`, body);

/** Changes a value delivery, or archives it with `{ archived }`. */
export const updateValueDelivery = (
  valueDeliveryId: string,
  body: Partial<ValueDeliveryInput> & Archivable,
): Promise<ValueDelivery> =>
  api.patch<ValueDelivery>(`/api/value-deliveries/${encodeURIComponent(valueDeliveryId)}`, body);

/** Records the team's answers to the three questions; earlier answers stay as history. */
export const createSelfCheck = (accountId: string, body: SelfCheckInput): Promise<SelfCheck> =>
  api.post<SelfCheck>(`${accountPath(accountId)}/self-checks`, body);
