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
} as const satisfies {
  buyingRole: Record<BuyingRole, string>;
  seniority: Record<SeniorityLevel, string>;
  stage: Record<OpportunityStage, string>;
  role: Record<WorkspaceRole, string>;
};
