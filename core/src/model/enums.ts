/** Roles a user can hold in a workspace, from most to least powerful. */
export const workspaceRoles = ['owner', 'admin', 'member', 'viewer'] as const;
/** A user's role in one workspace. */
export type WorkspaceRole = (typeof workspaceRoles)[number];

/** The part a stakeholder plays in the buying decision. */
export const buyingRoles = [
  'decision_maker',
  'influencer',
  'user',
  'champion',
  'gatekeeper',
] as const;
/** A stakeholder's role in the buying decision. */
export type BuyingRole = (typeof buyingRoles)[number];

/** Seniority levels, top down; coverage is read by level. */
export const seniorityLevels = ['executive', 'senior', 'manager', 'staff'] as const;
/** A stakeholder's seniority level. */
export type SeniorityLevel = (typeof seniorityLevels)[number];

/** Whether a stakeholder still works at the account. */
export const stakeholderStatuses = ['active', 'left'] as const;
/** A stakeholder's employment status at the account. */
export type StakeholderStatus = (typeof stakeholderStatuses)[number];

/** Sales stages of an opportunity; `won` and `lost` are closed. */
export const opportunityStages = [
  'discovery',
  'qualification',
  'proposal',
  'negotiation',
  'won',
  'lost',
] as const;
/** An opportunity's sales stage. */
export type OpportunityStage = (typeof opportunityStages)[number];

/** The kinds of record the audit log follows. */
export const auditEntityTypes = [
  'workspace',
  'membership',
  'api-token',
  'team-member',
  'account',
  'stakeholder',
  'relationship',
  'opportunity',
  'competitor',
  'trust-settings',
  'signal',
  'observation',
  'evidence',
  'commitment',
  'mutual-plan',
  'plan-goal',
  'plan-requirement',
  'plan-objective',
  'value-delivery',
  'self-check',
  'share-link',
  'share-response',
  'pulse',
  'webhook',
  'webhook-secret',
  'webhook-settings',
] as const;
/** A kind of record in the audit log. */
export type AuditEntityType = (typeof auditEntityTypes)[number];

/** What an audit entry did to its record; archive and restore are updates of `archivedAt`. */
export type AuditAction = 'create' | 'update' | 'archive' | 'restore' | 'delete';

/** Who made a change: one of our members, an API token, a share link, or Fulcrum itself. */
export const auditActorKinds = ['member', 'token', 'share', 'system'] as const;
/** The kind of actor an audit entry names. */
export type AuditActorKind = (typeof auditActorKinds)[number];

/** Human labels for the enums above, shared by the web app and the CLI. */
export const labels = {
  buyingRole: {
    decision_maker: 'Decision maker',
    influencer: 'Influencer',
    user: 'User',
    champion: 'Champion',
    gatekeeper: 'Gatekeeper',
  },
  seniority: { executive: 'Executive', senior: 'Senior', manager: 'Manager', staff: 'Staff' },
  stage: {
    discovery: 'Discovery',
    qualification: 'Qualification',
    proposal: 'Proposal',
    negotiation: 'Negotiation',
    won: 'Won',
    lost: 'Lost',
  },
  role: { owner: 'Owner', admin: 'Admin', member: 'Member', viewer: 'Viewer' },
  dimension: {
    personal: 'Personal',
    corporate: 'Corporate',
    capability: 'Capability',
    reciprocal: 'Reciprocal',
  },
} as const satisfies {
  buyingRole: Record<BuyingRole, string>;
  seniority: Record<SeniorityLevel, string>;
  stage: Record<OpportunityStage, string>;
  role: Record<WorkspaceRole, string>;
  dimension: Record<Dimension, string>;
};

/** The four dimensions of trust (DESIGN.md): a stakeholder in one of our people, a stakeholder
 * in our company, the buying group in our ability to deliver, and our trust in the account. */
export const dimensions = ['personal', 'corporate', 'capability', 'reciprocal'] as const;
/** One dimension of trust. */
export type Dimension = (typeof dimensions)[number];

/** Whether a piece of evidence shows trust (+1) or its absence (−1). */
export type Polarity = 1 | -1;

/** Where a piece of evidence came from. */
export const evidenceSources = ['observation', 'commitment', 'pulse', 'manual'] as const;
/** The origin of a piece of evidence. */
export type EvidenceSource = (typeof evidenceSources)[number];
