import type { ReactNode } from 'react';

/** A list's table: `columns` (its `<th>`s), an unnamed actions column if `hasActions`, the rows. */
export const RecordTable = ({
  columns,
  hasActions,
  children,
}: {
  columns: ReactNode;
  hasActions: boolean;
  children: ReactNode;
}) => (
  <table className="table">
    <thead>
      <tr>
        {columns}
        {hasActions ? (
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        ) : null}
      </tr>
    </thead>
    <tbody>{children}</tbody>
  </table>
);
