import { labels } from '@fulcrum/core';
import { Badge } from '../../../ui/badge.tsx';
import type { AccountCoverage, CoverageFlag } from '../api.ts';

const describeFlag = (flag: CoverageFlag): string => {
  switch (flag.kind) {
    case 'single-threaded':
      return flag.side === 'ours'
        ? `Single-threaded: ${flag.personName} carries all ${flag.relationships} relationship(s).`
        : `Single-threaded: every relationship runs through ${flag.personName}.`;
    case 'level-not-reached':
      return flag.stakeholders === 0
        ? `${labels.seniority[flag.level]}: we know nobody at this level.`
        : `${labels.seniority[flag.level]}: none of the ${flag.stakeholders} stakeholder(s) is reached.`;
    case 'decision-maker-not-reached':
      return `Decision maker not reached: ${flag.name}.`;
    case 'stakeholder-left':
      return `${flag.name} left${flag.leftOn !== null ? ` on ${flag.leftOn}` : ''}${
        flag.stillKnown.length > 0
          ? `; we still know ${flag.stillKnown.map((k) => k.name).join(', ')}.`
          : '; we know nobody else there.'
      }`;
  }
};

/** Coverage per seniority level, and the flags that need a look. */
export const CoverageTable = ({ coverage }: { coverage: AccountCoverage }) => (
  <div className="coverage">
    <table className="table" aria-label="Coverage by level">
      <thead>
        <tr>
          <th>Level</th>
          <th className="table__numeric">Stakeholders</th>
          <th className="table__numeric">Reached</th>
          <th className="table__numeric" title="How many of our people reach this level">
            Our people
          </th>
        </tr>
      </thead>
      <tbody>
        {coverage.levels.map((level) => (
          <tr key={level.level}>
            <td>
              {labels.seniority[level.level]}
              {level.reachedStakeholders === 0 ? <Badge tone="warning">No connection</Badge> : null}
            </td>
            <td className="table__numeric">{level.stakeholders}</td>
            <td className="table__numeric">{level.reachedStakeholders}</td>
            <td className="table__numeric" title={level.teamMemberNames.join(', ')}>
              {level.teamMembers}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    {coverage.flags.length > 0 ? (
      <ul className="coverage__flags" aria-label="Coverage flags">
        {coverage.flags.map((flag, index) => (
          <li key={index}>
            <Badge tone={flag.kind === 'level-not-reached' ? 'warning' : 'danger'}>
              {flag.kind.replaceAll('-', ' ')}
            </Badge>{' '}
            {describeFlag(flag)}
          </li>
        ))}
      </ul>
    ) : (
      <p>No coverage gaps: several of our people reach every level.</p>
    )}
  </div>
);
