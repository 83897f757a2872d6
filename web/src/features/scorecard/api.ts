import type {
  Amounts,
  CommitmentFigures,
  CoverageGained,
  Dimension,
  ScorecardValueDelivery,
} from '@fulcrum/core';
import { api, buildUrl } from '../../api/client.ts';
import type { ListPage } from '../../api/types.ts';

/** A trust score at the start and the end of the period. */
export type TrustMove = {
  before: { expected: number; uncertainty: number };
  after: { expected: number; uncertainty: number };
  change: number;
  evidenceCount: number;
};

export type { Amounts };

/** One team member's scorecard over a period. */
export type Scorecard = {
  teamMember: { id: string; name: string; title: string | null; archivedAt: string | null };
  period: { from: string; to: string };
  commitments: CommitmentFigures;
  accounts: {
    count: number;
    trust: Record<Dimension, TrustMove>;
    items: { accountId: string; name: string; trust: Record<Dimension, TrustMove> }[];
  };
  stakeholders: {
    count: number;
    personalTrust: TrustMove;
    items: {
      stakeholderId: string;
      name: string;
      accountId: string;
      accountName: string;
      personalTrust: TrustMove;
    }[];
  };
  coverage: CoverageGained;
  value: {
    delivered: number;
    latest: (ScorecardValueDelivery & { accountName: string }) | null;
  };
  pulses: { count: number; averages: { trust: number; value: number; backing: number } | null };
  opportunities: {
    won: { count: number; amounts: Amounts };
    open: { count: number; amounts: Amounts };
  };
};

/** A period as whole days, both included. */
export type ScorecardPeriod = { from: string; to: string };

/** Reads one team member's scorecard. */
export const getTeamMemberScorecard = (
  teamMemberId: string,
  period: ScorecardPeriod,
  signal?: AbortSignal,
): Promise<Scorecard> =>
  api.get<Scorecard>(`/api/team-members/${encodeURIComponent(teamMemberId)}/scorecard`, {
    query: period,
    signal,
  });

/** Lists the team's scorecards, by name. */
export const listScorecards = (
  query: ScorecardPeriod & { cursor?: string | undefined; limit?: number },
  signal?: AbortSignal,
): Promise<ListPage<Scorecard> & { period: ScorecardPeriod }> =>
  api.get<ListPage<Scorecard> & { period: ScorecardPeriod }>('/api/scorecard', {
    query,
    signal,
  });

/** Where the team's scorecards download as CSV. */
export const scorecardCsvUrl = (period: ScorecardPeriod): string =>
  buildUrl('/api/scorecard.csv', period);
