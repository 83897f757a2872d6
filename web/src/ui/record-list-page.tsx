import { limits } from '@fulcrum/core';
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { CursorList } from '../api/use-cursor-list.ts';
import { Alert } from './alert.tsx';
import { CheckboxField } from './field.tsx';
import { ListStatus, LoadMore } from './list-status.tsx';
import { RecordTable } from './record-table.tsx';

/**
 * A top-level list page: title with the count and a create button, a toolbar with search and
 * "Show archived", the table with its empty or loading line, and "Load more" with the count.
 */
export const RecordListPage = ({
  title,
  subtitle,
  createLabel,
  canCreate,
  onCreate,
  searchLabel,
  search,
  onSearch,
  showArchived,
  onShowArchivedChange,
  list,
  columns,
  hasActions,
  emptyText,
  children,
  dialog,
  actions,
}: {
  title: string;
  /** Shown under the title once the list has loaded, e.g. "3 accounts". */
  subtitle: string;
  createLabel: string;
  canCreate: boolean;
  onCreate: () => void;
  /** The search box's accessible name and placeholder. */
  searchLabel: string;
  search: string;
  onSearch: (search: string) => void;
  showArchived: boolean;
  onShowArchivedChange: (showArchived: boolean) => void;
  list: CursorList<unknown>;
  /** The table's `<th>`s. */
  columns: ReactNode;
  hasActions: boolean;
  emptyText: string;
  /** The table's rows. */
  children: ReactNode;
  /** The create/edit modal. */
  dialog: ReactNode;
  /** More buttons or links beside the create button. */
  actions?: ReactNode;
}) => {
  const searchId = useId();
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">{title}</h1>
          <p className="page__subtitle">{list.isLoading ? '\u00a0' : subtitle}</p>
        </div>
        <div className="page__actions">
          {actions}
          {canCreate ? (
            <button type="button" className="button button--primary" onClick={onCreate}>
              {createLabel}
            </button>
          ) : null}
        </div>
      </header>

      <div className="toolbar">
        <div className="toolbar__search">
          <label htmlFor={searchId} className="visually-hidden">
            {searchLabel}
          </label>
          <input
            id={searchId}
            className="input"
            type="search"
            placeholder={searchLabel}
            value={search}
            maxLength={limits.searchMax}
            onChange={(event) => onSearch(event.target.value)}
          />
        </div>
        <CheckboxField
          label="Show archived"
          checked={showArchived}
          onChange={onShowArchivedChange}
        />
      </div>

      {list.problem !== null ? (
        <Alert title={list.problem.title}>{list.problem.detail}</Alert>
      ) : null}

      <div className="card card--flush">
        <RecordTable columns={columns} hasActions={hasActions}>
          {children}
        </RecordTable>
        <ListStatus list={list} emptyText={emptyText} />
      </div>

      <LoadMore list={list} showCount />
      {dialog}
    </div>
  );
};
