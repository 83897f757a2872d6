import type { ApiTokenId, UserId, WorkspaceId } from './ids.ts';
import type { WorkspaceRole } from './enums.ts';

/** A signed-in user acting in one of their workspaces through the web app. */
export type MemberActor = {
  kind: 'member';
  workspaceId: WorkspaceId;
  userId: UserId;
  role: WorkspaceRole;
};

/** An integration acting through an API token; the token carries a role no higher than its creator's. */
export type TokenActor = {
  kind: 'token';
  workspaceId: WorkspaceId;
  userId: UserId;
  tokenId: ApiTokenId;
  role: WorkspaceRole;
};

/** Whoever makes a request; every policy decides on one of these. */
export type Actor = MemberActor | TokenActor;
