import {
  type Dimension,
  dimensions,
  type Scorecard,
  type ScorecardPeriod,
  type TeamMember,
  type TrustMove,
} from '@fulcrum/core';
import { isoOrNull } from './record.ts';
import { roundTrust } from './trust.ts';

const presentMove = (move: TrustMove) => ({
  before: {
    expected: roundTrust(move.before.expected),
    uncertainty: roundTrust(move.before.uncertainty),
  },
  after: {
    expected: roundTrust(move.after.expected),
    uncertainty: roundTrust(move.after.uncertainty),
  },
  change: roundTrust(move.change),
  evidenceCount: move.evidenceCount,
});

const presentMoves = (moves: Record<Dimension, TrustMove>) =>
  Object.fromEntries(dimensions.map((d) => [d, presentMove(moves[d])])) as Record<
    Dimension,
    ReturnType<typeof presentMove>
  >;

/** The JSON of one team member's scorecard over a period. */
export const presentScorecard = (
  teamMember: TeamMember,
  scorecard: Scorecard,
  period: ScorecardPeriod,
) => ({
  teamMember: {
    id: teamMember.id,
    name: teamMember.name,
    title: teamMember.title,
    archivedAt: isoOrNull(teamMember.archivedAt),
  },
  period: { from: period.from, to: period.to },
  commitments: {
    ...scorecard.commitments,
    onTimeRate:
      scorecard.commitments.onTimeRate === null
        ? null
        : roundTrust(scorecard.commitments.onTimeRate),
  },
  accounts: {
    count: scorecard.accounts.count,
    trust: presentMoves(scorecard.accounts.trust),
    items: scorecard.accounts.items.map((item) => ({
      accountId: item.accountId,
      name: item.name,
      trust: presentMoves(item.trust),
    })),
  },
  stakeholders: {
    count: scorecard.stakeholders.count,
    personalTrust: presentMove(scorecard.stakeholders.personalTrust),
    items: scorecard.stakeholders.items.map((item) => ({
      stakeholderId: item.stakeholderId,
      name: item.name,
      accountId: item.accountId,
      accountName: item.accountName,
      personalTrust: presentMove(item.personalTrust),
    })),
  },
  coverage: scorecard.coverage,
  value: scorecard.value,
  pulses: {
    count: scorecard.pulses.count,
    averages:
      scorecard.pulses.averages === null
        ? null
        : {
            trust: roundTrust(scorecard.pulses.averages.trust),
            value: roundTrust(scorecard.pulses.averages.value),
            backing: roundTrust(scorecard.pulses.averages.backing),
          },
  },
  opportunities: scorecard.opportunities,
});
