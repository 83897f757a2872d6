import { limits } from '@fulcrum/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { CheckboxField } from '../../../ui/field.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { Modal } from '../../../ui/modal.tsx';
import { EmptyState, Loading } from '../../../ui/section.tsx';
import { SortHeader } from '../../../ui/sort-header.tsx';
import { useDebouncedValue } from '../../../ui/use-debounced-value.ts';
import { listAccounts } from '../api.ts';
import type { Account } from '../api.ts';
import { AccountForm } from './account-form.tsx';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';

const defaultSort = 'name';

/** The accounts list: search, sort, archived toggle, cursor pagination and "New account". */
export const AccountsPage = () => {
  useDocumentTitle('Accounts');
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const sort = params.get('sort') ?? defaultSort;
  const showArchived = params.get('archived') === 'any';
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(search.trim());
  const [isCreating, setIsCreating] = useState(false);

  const updateParam = (key: string, value: string | null) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  };

  const query = { q, sort, archived: showArchived ? ('any' as const) : undefined };
  const list = useCursorList<Account>(JSON.stringify(query), (cursor, signal) =>
    listAccounts({ ...query, cursor, limit: limits.pageSizeDefault }, signal),
  );

  const onSearch = (value: string) => {
    setSearch(value);
    updateParam('q', value.trim());
  };

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Accounts</h1>
          <p className="page__subtitle">
            {list.isLoading
              ? '\u00a0'
              : `${list.total} ${list.total === 1 ? 'account' : 'accounts'}`}
          </p>
        </div>
        {list.canCreate === true ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setIsCreating(true)}
          >
            New account
          </button>
        ) : null}
      </header>

      <div className="toolbar">
        <div className="toolbar__search">
          <label htmlFor="account-search" className="visually-hidden">
            Search accounts
          </label>
          <input
            id="account-search"
            className="input"
            type="search"
            placeholder="Search accounts"
            value={search}
            maxLength={limits.searchMax}
            onChange={(event) => onSearch(event.target.value)}
          />
        </div>
        <CheckboxField
          label="Show archived"
          checked={showArchived}
          onChange={(checked) => updateParam('archived', checked ? 'any' : null)}
        />
      </div>

      {list.problem !== null ? (
        <Alert title={list.problem.title}>{list.problem.detail}</Alert>
      ) : null}

      <div className="card card--flush">
        <table className="table">
          <thead>
            <tr>
              <SortHeader field="name" sort={sort} onSort={(value) => updateParam('sort', value)}>
                Name
              </SortHeader>
              <th scope="col">Domain</th>
              <th scope="col">Industry</th>
              <SortHeader
                field="updatedAt"
                sort={sort}
                onSort={(value) => updateParam('sort', value)}
              >
                Updated
              </SortHeader>
            </tr>
          </thead>
          <tbody>
            {list.items.map((account) => (
              <tr key={account.id} className={account.archivedAt !== null ? 'is-archived' : ''}>
                <td>
                  <Link className="table__link" to={`/accounts/${account.id}`}>
                    {account.name}
                  </Link>
                  {account.archivedAt !== null ? <Badge>Archived</Badge> : null}
                </td>
                <td>{account.domain ?? '—'}</td>
                <td>{account.industry ?? '—'}</td>
                <td>
                  <time dateTime={account.updatedAt}>{formatDateTime(account.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.isLoading ? <Loading /> : null}
        {!list.isLoading && list.items.length === 0 && list.problem === null ? (
          <EmptyState>{q === '' ? 'No accounts yet.' : `No accounts match “${q}”.`}</EmptyState>
        ) : null}
      </div>

      {list.nextCursor !== null && !list.isLoading ? (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            onClick={list.loadMore}
            disabled={list.isLoadingMore}
          >
            {list.isLoadingMore ? 'Loading…' : 'Load more'}
          </button>
          <span className="load-more__count">
            Showing {list.items.length} of {list.total}
          </span>
        </div>
      ) : null}

      {isCreating ? (
        <Modal title="New account" onClose={() => setIsCreating(false)}>
          <AccountForm
            onCancel={() => setIsCreating(false)}
            onSaved={(account) => {
              setIsCreating(false);
              void navigate(`/accounts/${account.id}`);
            }}
          />
        </Modal>
      ) : null}
    </div>
  );
};
