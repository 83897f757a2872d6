import type {
  BuyingRole,
  Dimension,
  EvidenceSource,
  OpportunityStage,
  Polarity,
} from '@fulcrum/core';
import type { SeniorityLevel, StakeholderStatus, TrustSettings } from '@fulcrum/core';
import { api } from '../../api/client.ts';

/** A subjective-logic opinion as the history endpoint samples it: b + d + u = 1. */
export type OpinionPoint = {
  expected: number;
  belief: number;
  disbelief: number;
  uncertainty: number;
  baseRate: number;
};

/** A current trust score: the opinion, whether it is enough, and how much evidence it rests on. */
export type Opinion = OpinionPoint & { isEnough: boolean; evidenceCount: number };

/** One piece of evidence that moves a score, with how much it weighs today. */
export type EvidenceExplanation = {
  evidenceId: string;
  source: EvidenceSource;
  sourceId: string | null;
  label: string;
  note: string | null;
  dimension: Dimension;
  subjectType: string;
  subjectId: string;
  polarity: Polarity;
  weight: number;
  observedAt: string;
  /** The weight after forgetting (and the asymmetry for negative evidence). */
  currentWeight: number;
  /** This evidence's part of all the weight behind the score, 0–1. */
  share: number;
};

/** An account-level score in one dimension, with its trend and its strongest evidence. */
export type DimensionTrust = Opinion & {
  change30Days: number;
  change90Days: number;
  topEvidence: EvidenceExplanation[];
};

/** A stakeholder's personal trust (overall and in each of our people) and corporate trust. */
export type StakeholderTrust = {
  stakeholderId: string;
  name: string;
  buyingRole: BuyingRole;
  seniority: SeniorityLevel;
  status: StakeholderStatus;
  personal: Opinion;
  personalByTeamMember: (Opinion & { teamMemberId: string; name: string })[];
  corporate: Opinion;
};

/** Our capability trust on one opportunity, ranked against the competitors' estimates. */
export type OpportunityTrust = {
  opportunityId: string;
  name: string;
  stage: OpportunityStage;
  capability: Opinion;
  competitors: { competitorId: string; name: string; expected: number | null }[];
  /** Our place among us and the competitors with an estimate (1 = most trusted). */
  rank: number;
  rankedCount: number;
  leader: { name: string; expected: number; gap: number } | null;
  isTrustedButNotMostTrusted: boolean;
};

/** GET /api/accounts/{accountId}/trust. */
export type AccountTrust = {
  accountId: string;
  at: string;
  settings: TrustSettings;
  dimensions: Record<Dimension, DimensionTrust>;
  stakeholders: StakeholderTrust[];
  opportunities: OpportunityTrust[];
};

/** One sample of the account's four scores. */
export type TrustHistoryPoint = { at: string } & Record<Dimension, OpinionPoint>;

/** GET /api/accounts/{accountId}/trust/history. */
export type TrustHistory = {
  accountId: string;
  from: string;
  to: string;
  stepDays: number;
  points: TrustHistoryPoint[];
};

/** GET /api/accounts/{accountId}/trust/changes: each dimension before and after, and why. */
export type TrustChanges = {
  accountId: string;
  from: string;
  to: string;
  dimensions: Record<
    Dimension,
    {
      before: OpinionPoint;
      after: OpinionPoint;
      change: number;
      addedEvidence: EvidenceExplanation[];
    }
  >;
};

/** The workspace's trust settings and whether the user may change them. */
export type TrustSettingsResponse = { settings: TrustSettings; abilities: { update: boolean } };

/** What a change of settings recomputed. */
export type TrustReplay = {
  evidenceRows: number;
  scores: number;
  drifted: number;
  maxDrift: number;
};

const accountPath = (accountId: string) => `/api/accounts/${encodeURIComponent(accountId)}`;

/** Reads an account's trust now: four dimensions, per stakeholder, per opportunity. */
export const getAccountTrust = (accountId: string, signal?: AbortSignal): Promise<AccountTrust> =>
  api.get<AccountTrust>(`${accountPath(accountId)}/trust`, { signal });

/** Reads an account's four scores sampled every `step` days between two dates. */
export const getAccountTrustHistory = (
  accountId: string,
  query: { from?: string; to?: string; step?: number },
  signal?: AbortSignal,
): Promise<TrustHistory> =>
  api.get<TrustHistory>(`${accountPath(accountId)}/trust/history`, { query, signal });

/** Reads what changed in each dimension between two dates, and the evidence added meanwhile. */
export const getAccountTrustChanges = (
  accountId: string,
  query: { from: string; to: string },
  signal?: AbortSignal,
): Promise<TrustChanges> =>
  api.get<TrustChanges>(`${accountPath(accountId)}/trust/changes`, { query, signal });

/** Reads the workspace's trust settings. */
export const getTrustSettings = (signal?: AbortSignal): Promise<TrustSettingsResponse> =>
  api.get<TrustSettingsResponse>('/api/workspace/trust-settings', { signal });

/** Replaces the workspace's trust settings; the server replays every score with them. */
export const updateTrustSettings = (
  settings: TrustSettings,
): Promise<TrustSettingsResponse & { replay: TrustReplay }> =>
  api.put<TrustSettingsResponse & { replay: TrustReplay }>(
    '/api/workspace/trust-settings',
    settings,
  );
