import { randomUUID } from 'node:crypto';
import {
  type Actor,
  accountRecordPolicy,
  computeShareExpiry,
  computeShareLinkState,
  DomainError,
  type ShareActor,
  type ShareLinkState,
  type ShareScope,
} from '@fulcrum/core';
import { accountTable, type Db, findRecord, isUuid } from '../db/index.ts';
import { generateSecret, hashSecret } from './secrets.ts';

/** A stored share link, never with its secret. */
export type ShareLink = {
  workspaceId: string;
  id: string;
  accountId: string;
  stakeholderId: string | null;
  stakeholderName: string | null;
  scope: ShareScope;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdByUserId: string | null;
  createdByName: string | null;
  createdAt: Date;
  pulseCount: number;
  lastPulseAt: Date | null;
};

const columns = `l.workspace_id AS "workspaceId", l.id, l.account_id AS "accountId", l.stakeholder_id AS "stakeholderId",
  s.name AS "stakeholderName", l.scope, l.expires_at AS "expiresAt", l.revoked_at AS "revokedAt",
  l.last_used_at AS "lastUsedAt", l.created_by_user_id AS "createdByUserId", u.name AS "createdByName",
  l.created_at AS "createdAt",
  (SELECT count(*)::int FROM pulses p WHERE p.workspace_id = l.workspace_id AND p.share_link_id = l.id) AS "pulseCount",
  (SELECT max(p.created_at) FROM pulses p WHERE p.workspace_id = l.workspace_id AND p.share_link_id = l.id) AS "lastPulseAt"`;
const from = `share_links l
  LEFT JOIN stakeholders s ON s.workspace_id = l.workspace_id AND s.id = l.stakeholder_id
  LEFT JOIN users u ON u.id = l.created_by_user_id`;

const tokenPrefix = 'share';

/** A new share link and its token, which is shown this once and never stored. */
export type CreatedShareLink = { token: string; link: ShareLink };

/** What a caller gives to create a share link. */
export type ShareLinkInput = {
  stakeholderId?: string | null | undefined;
  scope?: ShareScope | undefined;
  days?: number | undefined;
};

const assertMayShare = (actor: Actor) => {
  if (!accountRecordPolicy.create(actor)) {
    throw new DomainError('forbidden', `Your role (${actor.role}) cannot share accounts.`);
  }
};

/** Finds one share link of the workspace, or null. */
export const findShareLink = async (
  db: Db,
  workspaceId: string,
  id: string,
): Promise<ShareLink | null> => {
  if (!isUuid(id)) return null;
  const rows = await db.query<ShareLink>(
    `SELECT ${columns} FROM ${from} WHERE l.workspace_id = $1 AND l.id = $2`,
    [workspaceId, id],
  );
  return rows[0] ?? null;
};

/** Creates a share link for one account (optionally for one of its stakeholders); the token
 * carries the workspace id so it is looked up within its tenant, like API tokens. */
export const createShareLink = async (
  db: Db,
  actor: Actor,
  accountId: string,
  input: ShareLinkInput,
  now: Date,
): Promise<CreatedShareLink> => {
  assertMayShare(actor);
  const expiresAt = computeShareExpiry(now, input.days);
  return db.transaction(async (tx) => {
    if ((await findRecord(tx, accountTable, actor.workspaceId, accountId)) === null) {
      throw new DomainError('not-found', 'No account with this id exists in your workspace.');
    }
    const stakeholderId = input.stakeholderId ?? null;
    if (stakeholderId !== null) {
      const rows = isUuid(stakeholderId)
        ? await tx.query(
            'SELECT 1 FROM stakeholders WHERE workspace_id = $1 AND id = $2 AND account_id = $3',
            [actor.workspaceId, stakeholderId, accountId],
          )
        : [];
      if (rows.length === 0) {
        throw new DomainError(
          'invalid-reference',
          'The stakeholder is not one of this account’s people.',
          [{ pointer: '/stakeholderId', detail: 'is not a stakeholder of this account' }],
        );
      }
    }
    const secret = generateSecret();
    const id = randomUUID();
    await tx.query(
      `INSERT INTO share_links (workspace_id, id, account_id, stakeholder_id, scope, token_hash, expires_at, created_by_user_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        actor.workspaceId,
        id,
        accountId,
        stakeholderId,
        input.scope ?? 'view',
        hashSecret(secret),
        expiresAt,
        actor.userId,
        now,
      ],
    );
    const link = (await findShareLink(tx, actor.workspaceId, id))!;
    return { token: `${tokenPrefix}_${actor.workspaceId}_${secret}`, link };
  });
};

/** Splits a share token into its workspace and secret, or null when it is not one. */
export const parseShareToken = (token: string): { workspaceId: string; secret: string } | null => {
  const match = /^share_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { workspaceId: match[1]!, secret: match[2]! } : null;
};

/** The share links of a workspace, newest first, optionally of one account. */
export const listShareLinks = async (
  db: Db,
  workspaceId: string,
  accountId: string | null,
): Promise<ShareLink[]> =>
  db.query<ShareLink>(
    `SELECT ${columns} FROM ${from} WHERE l.workspace_id = $1 AND ($2::uuid IS NULL OR l.account_id = $2)
     ORDER BY l.created_at DESC, l.id`,
    [workspaceId, accountId],
  );

/** Revokes a link at once; revoking twice keeps the first time. */
export const revokeShareLink = async (
  db: Db,
  actor: Actor,
  shareLinkId: string,
  now: Date,
): Promise<ShareLink> => {
  const link = await findShareLink(db, actor.workspaceId, shareLinkId);
  if (link === null)
    throw new DomainError('not-found', 'No share link with this id exists in your workspace.');
  assertMayShare(actor);
  await db.query(
    'UPDATE share_links SET revoked_at = coalesce(revoked_at, $3) WHERE workspace_id = $1 AND id = $2',
    [actor.workspaceId, link.id, now],
  );
  return (await findShareLink(db, actor.workspaceId, link.id))!;
};

/** Re-issues a link: the old one stops working at once and a new one takes its place, for the
 * same account, person and access, with a fresh expiry. One transaction: never both or neither. */
export const reissueShareLink = async (
  db: Db,
  actor: Actor,
  shareLinkId: string,
  input: { days?: number | undefined },
  now: Date,
): Promise<CreatedShareLink & { replacedShareLinkId: string }> =>
  db.transaction(async (tx) => {
    const old = await findShareLink(tx, actor.workspaceId, shareLinkId);
    if (old === null)
      throw new DomainError('not-found', 'No share link with this id exists in your workspace.');
    assertMayShare(actor);
    await revokeShareLink(tx, actor, old.id, now);
    const created = await createShareLink(
      tx,
      actor,
      old.accountId,
      { stakeholderId: old.stakeholderId, scope: old.scope, days: input.days },
      now,
    );
    return { ...created, replacedShareLinkId: old.id };
  });

/** The state of a link now: live, expired or revoked. */
export const shareLinkStateOf = (link: ShareLink, now: Date): ShareLinkState =>
  computeShareLinkState(link, now);

/** Checks a share token and returns the actor it stands for (noting its use), or throws 401 for
 * an unknown, expired or revoked link. */
export const authenticateShareToken = async (
  db: Db,
  token: string,
  now: Date,
): Promise<ShareActor> => {
  const parsed = parseShareToken(token);
  const rows = parsed
    ? await db.query<{
        id: string;
        accountId: string;
        stakeholderId: string | null;
        scope: ShareScope;
        expiresAt: Date;
        revokedAt: Date | null;
      }>(
        `SELECT id, account_id AS "accountId", stakeholder_id AS "stakeholderId", scope, expires_at AS "expiresAt", revoked_at AS "revokedAt"
         FROM share_links WHERE workspace_id = $1 AND token_hash = $2`,
        [parsed.workspaceId, hashSecret(parsed.secret)],
      )
    : [];
  const link = rows[0];
  if (!parsed || link === undefined) {
    throw new DomainError(
      'unauthenticated',
      'This share link is not valid. Ask the account team for a new one.',
    );
  }
  const state = computeShareLinkState(link, now);
  if (state !== 'live') {
    throw new DomainError(
      'unauthenticated',
      state === 'revoked'
        ? 'This share link was withdrawn. Ask the account team for a new one.'
        : 'This share link has expired. Ask the account team for a new one.',
    );
  }
  await db.query('UPDATE share_links SET last_used_at = $3 WHERE workspace_id = $1 AND id = $2', [
    parsed.workspaceId,
    link.id,
    now,
  ]);
  return {
    kind: 'share',
    workspaceId: parsed.workspaceId,
    shareLinkId: link.id,
    accountId: link.accountId,
    stakeholderId: link.stakeholderId,
    scope: link.scope,
  };
};
