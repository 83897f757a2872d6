import type { Dimension } from '@fulcrum/core';
import { api } from '../../api/client.ts';
import type { ListPage } from '../../api/types.ts';
import type { TrustHistoryPoint } from '../trust/api.ts';

/** One dimension of an account as the portfolio shows it. */
export type PortfolioDimension = {
  expected: number;
  belief: number;
  disbelief: number;
  uncertainty: number;
  isEnough: boolean;
  evidenceCount: number;
  change30Days: number;
  change90Days: number;
};

/** One account in the portfolio. */
export type PortfolioRow = {
  accountId: string;
  name: string;
  owner: { teamMemberId: string; name: string } | null;
  dimensions: Record<Dimension, PortfolioDimension>;
  lowestChange30Days: number;
  isFalling: boolean;
  fallingDimensions: Dimension[];
  openAlerts: { high: number; medium: number; low: number; total: number };
  overdueCommitments: { ours: number; theirs: number; total: number };
  isSingleThreaded: boolean;
  singleThreads: { side: 'ours' | 'theirs'; personId: string; personName: string }[];
  lastEvidenceAt: string | null;
  abilities: { update: boolean };
};

/** GET /api/portfolio: one page, with the thresholds its flags use. */
export type PortfolioPage = ListPage<PortfolioRow> & {
  at: string;
  thresholds: { enoughExpected: number; enoughMaxUncertainty: number; trustFall30Days: number };
};

/** Filters and order of the portfolio. */
export type PortfolioQuery = {
  q?: string | undefined;
  sort?: string | undefined;
  owner?: string | undefined;
  falling?: boolean | undefined;
  singleThreaded?: boolean | undefined;
  overdue?: boolean | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
};

/** Lists the portfolio: every live account at a glance. */
export const listPortfolio = (
  query: PortfolioQuery,
  signal?: AbortSignal,
): Promise<PortfolioPage> => api.get<PortfolioPage>('/api/portfolio', { query, signal });

/** GET /api/portfolio/history: the workspace's trust over time. */
export type PortfolioHistory = {
  from: string;
  to: string;
  stepDays: number;
  accounts: number;
  points: TrustHistoryPoint[];
};

/** Samples the workspace's trust (or one owner's accounts') over time. */
export const getPortfolioHistory = (
  query: { from?: string; to?: string; step?: number; owner?: string | undefined },
  signal?: AbortSignal,
): Promise<PortfolioHistory> =>
  api.get<PortfolioHistory>('/api/portfolio/history', { query, signal });
