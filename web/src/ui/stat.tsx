import type { ReactNode } from 'react';

/** One figure of a record's stats list (inside a `<dl className="record-stats">`): a label, the
 * value, and an optional note under it. */
export const Stat = ({
  label,
  value,
  note,
}: {
  label: string;
  value: string;
  note?: ReactNode;
}) => (
  <div className="record-stat">
    <dt>{label}</dt>
    <dd>
      <span className="record-stat__value">{value}</span>
      {note !== undefined ? <span className="record-stat__note">{note}</span> : null}
    </dd>
  </div>
);
