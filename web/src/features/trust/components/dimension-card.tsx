import { labels } from '@fulcrum/core';
import type { Dimension } from '@fulcrum/core';
import { Badge } from '../../../ui/badge.tsx';
import type { DimensionTrust } from '../api.ts';
import { changeArrow, changeTone, formatChange, formatPercent } from '../format.ts';
import { EvidenceList } from './evidence-list.tsx';
import { OpinionBar, OpinionLegend } from './opinion-bar.tsx';

const dimensionHints: Record<Dimension, string> = {
  personal: 'Stakeholders in our people',
  corporate: 'Stakeholders in our company',
  capability: 'The buying group in our ability to deliver',
  reciprocal: 'Our trust in the account’s commitments',
};

const Change = ({ change, days }: { change: number; days: number }) => (
  <li className={`trust-change trust-change--${changeTone(change)}`}>
    <span aria-hidden="true">{changeArrow(change)}</span> {formatChange(change)}{' '}
    <span className="trust-change__period">in {days} days</span>
  </li>
);

/** One dimension of an account's trust: the score, its opinion, trend and the evidence behind it. */
export const DimensionCard = ({
  dimension,
  trust,
}: {
  dimension: Dimension;
  trust: DimensionTrust;
}) => {
  const label = labels.dimension[dimension];
  return (
    <section className="trust-card" aria-label={`${label} trust`}>
      <header className="trust-card__header">
        <div>
          <h3 className="trust-card__title">{label}</h3>
          <p className="trust-card__hint">{dimensionHints[dimension]}</p>
        </div>
        {trust.isEnough ? (
          <Badge tone="success">Enough</Badge>
        ) : (
          <Badge tone="warning">Not enough</Badge>
        )}
      </header>
      <div className="trust-card__score">
        <p className="trust-card__expected">
          <span className="trust-card__value">{formatPercent(trust.expected)}</span>
          <span className="trust-card__unit">expected trust</span>
        </p>
        <ul className="trust-card__changes">
          <Change change={trust.change30Days} days={30} />
          <Change change={trust.change90Days} days={90} />
        </ul>
      </div>
      <OpinionBar opinion={trust} />
      <OpinionLegend opinion={trust} />
      <p className="trust-card__facts">
        Base rate {formatPercent(trust.baseRate)} ·{' '}
        {trust.evidenceCount === 1 ? '1 piece' : `${trust.evidenceCount} pieces`} of evidence
      </p>
      <div className="trust-card__why">
        <h4 className="trust-card__subtitle">Why</h4>
        {trust.topEvidence.length === 0 ? (
          <p className="trust-card__empty">No evidence yet: the score rests on the base rate.</p>
        ) : (
          <EvidenceList evidence={trust.topEvidence} label={`Why ${label}`} />
        )}
      </div>
    </section>
  );
};
