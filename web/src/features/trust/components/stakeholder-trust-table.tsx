import { labels } from '@fulcrum/core';
import { Badge } from '../../../ui/badge.tsx';
import type { StakeholderTrust } from '../api.ts';
import { formatPercent } from '../format.ts';
import { OpinionCell } from './opinion-bar.tsx';

/** Each stakeholder's personal trust (overall and in each of our people) and corporate trust. */
export const StakeholderTrustTable = ({
  stakeholders,
}: {
  stakeholders: readonly StakeholderTrust[];
}) => (
  <div className="trust-subsection">
    <h3 className="trust-subsection__title">By stakeholder</h3>
    {stakeholders.length === 0 ? (
      <p className="trust-subsection__empty">No stakeholders recorded yet.</p>
    ) : (
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">Stakeholder</th>
            <th scope="col">Personal</th>
            <th scope="col">In our people</th>
            <th scope="col">Corporate</th>
          </tr>
        </thead>
        <tbody>
          {stakeholders.map((stakeholder) => (
            <tr key={stakeholder.stakeholderId}>
              <td>
                <span className="table__primary">{stakeholder.name}</span>
                {stakeholder.status === 'left' ? <Badge tone="warning">Left</Badge> : null}
                <span className="table__secondary">
                  {labels.buyingRole[stakeholder.buyingRole]} ·{' '}
                  {labels.seniority[stakeholder.seniority]}
                </span>
              </td>
              <td>
                <OpinionCell opinion={stakeholder.personal} />
              </td>
              <td>
                {stakeholder.personalByTeamMember.length === 0 ? (
                  <span className="table__secondary">—</span>
                ) : (
                  <ul className="plain-list">
                    {stakeholder.personalByTeamMember.map((byMember) => (
                      <li key={byMember.teamMemberId}>
                        {byMember.name}{' '}
                        <strong className="tabular">{formatPercent(byMember.expected)}</strong>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <OpinionCell opinion={stakeholder.corporate} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </div>
);
