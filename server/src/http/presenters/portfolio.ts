import {
  type Actor,
  accountRecordPolicy,
  type Dimension,
  dimensions,
  type PortfolioRow,
  type TrustHistoryPoint,
} from '@fulcrum/core';
import { isoOrNull } from './record.ts';
import { presentOpinion, roundTrust } from './trust.ts';

/** The JSON of one account in the portfolio, with what the actor may do with the account. */
export const presentPortfolioRow = (row: PortfolioRow, actor: Actor) => ({
  accountId: row.accountId,
  name: row.name,
  owner:
    row.ownerTeamMemberId === null
      ? null
      : { teamMemberId: row.ownerTeamMemberId, name: row.ownerName ?? 'Former team member' },
  dimensions: Object.fromEntries(
    dimensions.map((dimension) => {
      const trust = row.dimensions[dimension];
      return [
        dimension,
        {
          ...presentOpinion(trust),
          isEnough: trust.isEnough,
          evidenceCount: trust.evidenceCount,
          change30Days: roundTrust(trust.change30Days),
          change90Days: roundTrust(trust.change90Days),
        },
      ];
    }),
  ) as Record<Dimension, unknown>,
  lowestChange30Days: roundTrust(row.lowestChange30Days),
  isFalling: row.isFalling,
  fallingDimensions: row.fallingDimensions,
  openAlerts: row.openAlerts,
  overdueCommitments: row.overdueCommitments,
  isSingleThreaded: row.isSingleThreaded,
  singleThreads: row.singleThreads,
  lastEvidenceAt: isoOrNull(row.lastEvidenceAt),
  abilities: { update: accountRecordPolicy.update(actor, { archivedAt: null }) },
});

/** The JSON of one sample of the workspace's trust over time. */
export const presentHistoryPoint = (point: TrustHistoryPoint) => ({
  at: new Date(point.at).toISOString(),
  ...(Object.fromEntries(
    dimensions.map((dimension) => [dimension, presentOpinion(point[dimension])]),
  ) as Record<Dimension, ReturnType<typeof presentOpinion>>),
});
