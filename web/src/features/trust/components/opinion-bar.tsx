import type { OpinionPoint } from '../api.ts';
import { formatPercent } from '../format.ts';

/**
 * An opinion as one stacked bar: belief, disbelief and uncertainty add up to the whole width
 * (b + d + u = 1), with a tick where expected trust sits.
 */
export const OpinionBar = ({
  opinion,
  isCompact = false,
}: {
  opinion: OpinionPoint;
  isCompact?: boolean;
}) => {
  const summary = `Belief ${formatPercent(opinion.belief)}, disbelief ${formatPercent(opinion.disbelief)}, uncertainty ${formatPercent(opinion.uncertainty)}`;
  return (
    <div
      className={`opinion-bar${isCompact ? ' opinion-bar--compact' : ''}`}
      role="img"
      aria-label={summary}
      title={summary}
    >
      <span
        className="opinion-bar__part opinion-bar__part--belief"
        style={{ width: `${opinion.belief * 100}%` }}
      />
      <span
        className="opinion-bar__part opinion-bar__part--disbelief"
        style={{ width: `${opinion.disbelief * 100}%` }}
      />
      <span
        className="opinion-bar__part opinion-bar__part--uncertainty"
        style={{ width: `${opinion.uncertainty * 100}%` }}
      />
      <span className="opinion-bar__expected" style={{ left: `${opinion.expected * 100}%` }} />
    </div>
  );
};

/** The bar's key: what each colour means, with this opinion's numbers. */
export const OpinionLegend = ({ opinion }: { opinion: OpinionPoint }) => (
  <ul className="opinion-legend">
    <li>
      <span className="opinion-legend__swatch opinion-bar__part--belief" aria-hidden="true" />
      Belief {formatPercent(opinion.belief)}
    </li>
    <li>
      <span className="opinion-legend__swatch opinion-bar__part--disbelief" aria-hidden="true" />
      Disbelief {formatPercent(opinion.disbelief)}
    </li>
    <li>
      <span className="opinion-legend__swatch opinion-bar__part--uncertainty" aria-hidden="true" />
      Uncertainty {formatPercent(opinion.uncertainty)}
    </li>
  </ul>
);

/** A score in a table cell: expected trust, its bar, and how much evidence it rests on. */
export const OpinionCell = ({
  opinion,
}: {
  opinion: OpinionPoint & { evidenceCount?: number; isEnough?: boolean };
}) => (
  <div className="opinion-cell">
    <span className="opinion-cell__value">{formatPercent(opinion.expected)}</span>
    <OpinionBar opinion={opinion} isCompact />
    {opinion.evidenceCount !== undefined ? (
      <span className="opinion-cell__count">
        {opinion.evidenceCount === 0
          ? 'no evidence'
          : `${opinion.evidenceCount} piece${opinion.evidenceCount === 1 ? '' : 's'}`}
      </span>
    ) : null}
  </div>
);
