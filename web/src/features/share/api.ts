import type { ShareScope } from '@fulcrum/core';
import { api } from '../../api/client.ts';

/** A share link as the team sees it: never its token. */
export type ShareLink = {
  id: string;
  accountId: string;
  stakeholderId: string | null;
  stakeholderName: string | null;
  scope: ShareScope;
  state: 'live' | 'expired' | 'revoked';
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdByName: string | null;
  createdAt: string;
  pulseCount: number;
  lastPulseAt: string | null;
  abilities: { revoke: boolean; reissue: boolean };
};

/** A pulse answered through a link: the account's people in their own words. */
export type PulseAnswer = {
  id: string;
  shareLinkId: string;
  stakeholderName: string | null;
  trustAnswer: number;
  valueAnswer: number;
  backingAnswer: number;
  comment: string | null;
  createdAt: string;
};

/** An account's links, pulses and response rate. */
export type ShareLinkList = {
  data: ShareLink[];
  pulses: PulseAnswer[];
  responseRate: { respondLinks: number; answered: number };
  abilities: { create: boolean };
};

/** Lists an account's share links. */
export const listShareLinks = (accountId: string, signal?: AbortSignal) =>
  api.get<ShareLinkList>(`/api/accounts/${encodeURIComponent(accountId)}/share-links`, { signal });

/** Creates a share link; the answer carries the address, shown this once. */
export const createShareLink = (
  accountId: string,
  body: { scope: ShareScope; days: number; stakeholderId: string | null },
) =>
  api.post<ShareLink & { token: string; url: string }>(
    `/api/accounts/${encodeURIComponent(accountId)}/share-links`,
    body,
  );

/** Revokes a share link at once. */
export const revokeShareLink = (shareLinkId: string) =>
  api.post<ShareLink>(`/api/share-links/${encodeURIComponent(shareLinkId)}/revoke`);

/** Re-issues a share link: the old address stops at once; the answer carries the new one. */
export const reissueShareLink = (shareLinkId: string, days: number) =>
  api.post<ShareLink & { token: string; url: string; replacedShareLinkId: string }>(
    `/api/share-links/${encodeURIComponent(shareLinkId)}/reissue`,
    { days },
  );
