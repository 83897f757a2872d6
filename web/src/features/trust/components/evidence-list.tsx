import { formatDateTime } from '../../../ui/format.ts';
import type { EvidenceExplanation } from '../api.ts';
import { formatPercent } from '../format.ts';

const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Evidence behind a score, strongest first: sign, what it was, the note, when, and its weight. */
export const EvidenceList = ({
  evidence,
  label,
}: {
  evidence: readonly EvidenceExplanation[];
  /** Names the list for screen readers, e.g. "Why Personal". */
  label: string;
}) => (
  <ol className="evidence-list" aria-label={label}>
    {evidence.map((item) => (
      <li key={item.evidenceId} className="evidence-list__item">
        <span
          className={`evidence-list__sign evidence-list__sign--${item.polarity > 0 ? 'positive' : 'negative'}`}
          aria-label={item.polarity > 0 ? 'Shows trust' : 'Shows its absence'}
          title={item.polarity > 0 ? 'Shows trust' : 'Shows its absence'}
        >
          {item.polarity > 0 ? '+' : '−'}
        </span>
        <div className="evidence-list__body">
          <span className="evidence-list__label">{item.label}</span>
          {item.note !== null ? <span className="evidence-list__note">{item.note}</span> : null}
          <span className="evidence-list__meta">
            <time dateTime={item.observedAt} title={formatDateTime(item.observedAt)}>
              {dateOnly.format(new Date(item.observedAt))}
            </time>
            {' · '}
            {formatPercent(item.share)} of the weight · weighs {item.currentWeight.toFixed(2)} now
          </span>
        </div>
      </li>
    ))}
  </ol>
);
