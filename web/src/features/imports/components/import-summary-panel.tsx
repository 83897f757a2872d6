import { describeRejection } from '@fulcrum/core';
import { Section } from '../../../ui/section.tsx';
import type { ImportSummary } from '../api.ts';

const Stat = ({ label, value }: { label: string; value: number }) => (
  <div className="record-stat">
    <dt>{label}</dt>
    <dd>
      <span className="record-stat__value">{value.toLocaleString()}</span>
    </dd>
  </div>
);

/** What an import did: counts, and each rejected line with what to change. */
export const ImportSummaryPanel = ({ summary }: { summary: ImportSummary }) => (
  <Section
    title="Import summary"
    description={
      summary.dryRun
        ? `Dry run of ${summary.rows.toLocaleString()} rows of ${summary.label}: this is what an import would do. Nothing was changed.`
        : `Imported ${summary.rows.toLocaleString()} rows of ${summary.label}.`
    }
  >
    <dl className="record-stats">
      <Stat label="Created" value={summary.created} />
      <Stat label="Updated" value={summary.updated} />
      <Stat label="Unchanged" value={summary.unchanged} />
      <Stat label="Rejected" value={summary.rejectedCount} />
    </dl>
    {summary.rejected.length > 0 ? (
      <>
        <h3 className="card__title">
          Rejected rows
          {summary.rejectedCount > summary.rejected.length
            ? ` (the first ${summary.rejected.length.toLocaleString()} of ${summary.rejectedCount.toLocaleString()})`
            : ''}
        </h3>
        <ul className="plain-list" aria-label="Rejected rows">
          {summary.rejected.map((rejection) => (
            <li key={`${rejection.line}:${rejection.reason}`}>{describeRejection(rejection)}</li>
          ))}
        </ul>
      </>
    ) : null}
  </Section>
);
