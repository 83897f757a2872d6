import { dimensions, labels } from '@fulcrum/core';
import type { Dimension } from '@fulcrum/core';
import { changeArrow, changeTone, formatChange, formatPercent } from '../../trust/format.ts';
import type { TrustMove } from '../api.ts';

/** A score's move over the period: "50% → 34%, ▼ −16 pts". */
export const MoveText = ({ move }: { move: TrustMove }) => (
  <span>
    {formatPercent(move.before.expected)} → {formatPercent(move.after.expected)}{' '}
    <span className={`trust-change trust-change--${changeTone(move.change)}`}>
      <span aria-hidden="true">{changeArrow(move.change)}</span> {formatChange(move.change)}
    </span>
  </span>
);

/** The four dimensions' moves on one line each, compact. */
export const TrustMoves = ({ moves }: { moves: Record<Dimension, TrustMove> }) => (
  <ul className="scorecard-moves">
    {dimensions.map((dimension) => (
      <li
        key={dimension}
        className={`trust-change trust-change--${changeTone(moves[dimension].change)}`}
        title={`${labels.dimension[dimension]}: ${formatPercent(moves[dimension].before.expected)} → ${formatPercent(moves[dimension].after.expected)}`}
      >
        {labels.dimension[dimension]} {formatChange(moves[dimension].change)}
      </li>
    ))}
  </ul>
);
