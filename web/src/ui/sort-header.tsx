import type { ReactNode } from 'react';

/** A column header that sorts the list by `field`; clicking again reverses the order. */
export const SortHeader = ({
  field,
  sort,
  onSort,
  children,
}: {
  field: string;
  sort: string;
  onSort: (sort: string) => void;
  children: ReactNode;
}) => {
  const direction = sort === field ? 'ascending' : sort === `-${field}` ? 'descending' : 'none';
  const next = direction === 'ascending' ? `-${field}` : field;
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="sort-header" onClick={() => onSort(next)}>
        {children}
        <span className="sort-header__icon" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
};
