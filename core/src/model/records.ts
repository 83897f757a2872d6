import type {
  AccountId,
  CompetitorId,
  OpportunityId,
  RelationshipId,
  StakeholderId,
  TeamMemberId,
  UserId,
  WorkspaceId,
} from './ids.ts';
import type {
  BuyingRole,
  Dimension,
  OpportunityStage,
  Polarity,
  SeniorityLevel,
  StakeholderStatus,
} from './enums.ts';

/** Calendar date as `YYYY-MM-DD`: a day, not an instant. */
export type CalendarDate = string;

/** Fields every workspace record has. */
export type RecordBase<Id> = {
  workspaceId: WorkspaceId;
  id: Id;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
};

/** A customer organisation we sell to and keep a relationship with. */
export type Account = RecordBase<AccountId> & {
  name: string;
  domain: string | null;
  industry: string | null;
  notes: string | null;
  /** The team member who owns the account, if anyone does yet. */
  ownerTeamMemberId: TeamMemberId | null;
  /** The owner's name, read with the account. */
  ownerName: string | null;
};

/** One of the account's people, with their part in the buying decision. */
export type Stakeholder = RecordBase<StakeholderId> & {
  accountId: AccountId;
  name: string;
  title: string | null;
  email: string | null;
  buyingRole: BuyingRole;
  seniority: SeniorityLevel;
  status: StakeholderStatus;
  leftOn: CalendarDate | null;
  notes: string | null;
};

/** One of our people. */
export type TeamMember = RecordBase<TeamMemberId> & {
  userId: UserId | null;
  name: string;
  email: string | null;
  title: string | null;
};

/** A connection between one of our people and one of theirs. */
export type Relationship = RecordBase<RelationshipId> & {
  accountId: AccountId;
  teamMemberId: TeamMemberId;
  teamMemberName: string;
  stakeholderId: StakeholderId;
  stakeholderName: string;
  strength: number;
  lastContactOn: CalendarDate | null;
  notes: string | null;
};

/** A deal we are pursuing on an account. */
export type Opportunity = RecordBase<OpportunityId> & {
  accountId: AccountId;
  name: string;
  stage: OpportunityStage;
  amount: number | null;
  currency: string;
  expectedDecisionOn: CalendarDate | null;
  decisionTimingShared: boolean;
  notes: string | null;
};

/** Another vendor the buying group is considering for an opportunity. */
export type Competitor = RecordBase<CompetitorId> & {
  opportunityId: OpportunityId;
  name: string;
  notes: string | null;
  /** The team's estimate (0–1) of the buying group's trust in this competitor's capability. */
  capabilityEstimate: number | null;
};

/** An observable behaviour in the workspace's catalogue and what it says about trust. */
export type Signal = RecordBase<string> & {
  name: string;
  description: string | null;
  dimension: Dimension;
  polarity: Polarity;
  defaultWeight: number;
  /** Observations recorded with it; a signal in use is retired, never deleted. */
  usageCount: number;
};

/** One logged sighting of a signal about an account, stakeholder or opportunity. */
export type Observation = {
  workspaceId: WorkspaceId;
  id: string;
  signalId: string;
  signalName: string;
  dimension: Dimension;
  polarity: Polarity;
  accountId: AccountId;
  stakeholderId: StakeholderId | null;
  opportunityId: OpportunityId | null;
  teamMemberId: TeamMemberId | null;
  observedAt: Date;
  weight: number;
  note: string | null;
  recordedByUserId: UserId | null;
  createdAt: Date;
  retractedAt: Date | null;
};
