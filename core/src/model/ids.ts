/** A value that must not be mixed with another of the same primitive type. */
export type Brand<T, Name extends string> = T & { readonly __brand: Name };

/** Identifies a workspace: the tenant every row belongs to. */
export type WorkspaceId = Brand<string, 'WorkspaceId'>;
/** Identifies a person who can sign in; users are global, memberships are per workspace. */
export type UserId = Brand<string, 'UserId'>;
/** Identifies an account (the customer organisation). */
export type AccountId = Brand<string, 'AccountId'>;
/** Identifies one of the account's people. */
export type StakeholderId = Brand<string, 'StakeholderId'>;
/** Identifies one of our people. */
export type TeamMemberId = Brand<string, 'TeamMemberId'>;
/** Identifies a relationship between a team member and a stakeholder. */
export type RelationshipId = Brand<string, 'RelationshipId'>;
/** Identifies an opportunity on an account. */
export type OpportunityId = Brand<string, 'OpportunityId'>;
/** Identifies a competitor on an opportunity. */
export type CompetitorId = Brand<string, 'CompetitorId'>;
/** Identifies an API token. */
export type ApiTokenId = Brand<string, 'ApiTokenId'>;
