import { labels } from '@fulcrum/core';
import { Badge } from '../../../ui/badge.tsx';
import type { OpportunityTrust } from '../api.ts';
import { formatPercent, toPoints } from '../format.ts';
import { OpinionCell } from './opinion-bar.tsx';

// Where we stand: trusted but behind a competitor is the case worth seeing at a glance.
const Standing = ({ opportunity }: { opportunity: OpportunityTrust }) => {
  const { leader, rank, rankedCount } = opportunity;
  if (opportunity.isTrustedButNotMostTrusted && leader !== null) {
    return (
      <Badge tone="warning">
        Trusted, but not the most trusted — {leader.name} leads by {toPoints(leader.gap)} pts
      </Badge>
    );
  }
  if (rankedCount <= 1) return <span className="table__secondary">No competitor estimates</span>;
  if (rank === 1) return <Badge tone="success">Most trusted</Badge>;
  if (leader !== null) {
    return (
      <Badge tone="danger">
        {leader.name} leads by {toPoints(leader.gap)} pts
      </Badge>
    );
  }
  return null;
};

/** Per opportunity: our capability trust beside each competitor's estimate, and our rank. */
export const OpportunityTrustTable = ({
  opportunities,
}: {
  opportunities: readonly OpportunityTrust[];
}) => (
  <div className="trust-subsection">
    <h3 className="trust-subsection__title">By opportunity</h3>
    {opportunities.length === 0 ? (
      <p className="trust-subsection__empty">No opportunities recorded yet.</p>
    ) : (
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">Opportunity</th>
            <th scope="col">Our capability trust</th>
            <th scope="col">Competitors (estimates)</th>
            <th scope="col">Rank</th>
            <th scope="col">Standing</th>
          </tr>
        </thead>
        <tbody>
          {opportunities.map((opportunity) => (
            <tr key={opportunity.opportunityId}>
              <td>
                <span className="table__primary">{opportunity.name}</span>
                <span className="table__secondary">{labels.stage[opportunity.stage]}</span>
              </td>
              <td>
                <OpinionCell opinion={opportunity.capability} />
              </td>
              <td>
                {opportunity.competitors.length === 0 ? (
                  <span className="table__secondary">None recorded</span>
                ) : (
                  <ul className="plain-list">
                    {opportunity.competitors.map((competitor) => (
                      <li key={competitor.competitorId}>
                        {competitor.name}{' '}
                        <strong className="tabular">
                          {competitor.expected === null
                            ? 'no estimate'
                            : formatPercent(competitor.expected)}
                        </strong>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="tabular">
                {opportunity.rankedCount > 1
                  ? `${opportunity.rank} of ${opportunity.rankedCount}`
                  : '—'}
              </td>
              <td>
                <Standing opportunity={opportunity} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </div>
);
