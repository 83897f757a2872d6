import { limits } from '@fulcrum/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { ArchivedBadge, archivedClassName } from '../../../ui/archived-badge.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { RecordFormModal, useRecordEditor } from '../../../ui/record-form-modal.tsx';
import { RecordListPage } from '../../../ui/record-list-page.tsx';
import { SortHeader } from '../../../ui/sort-header.tsx';
import { useDebouncedValue } from '../../../ui/use-debounced-value.ts';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { useSearchParamUpdater } from '../../../ui/use-search-param-updater.ts';
import { listAccounts } from '../api.ts';
import type { Account } from '../api.ts';
import { AccountForm } from './account-form.tsx';

const defaultSort = 'name';

/** The accounts list: search, sort, archived toggle, cursor pagination and "New account". */
export const AccountsPage = () => {
  useDocumentTitle('Accounts');
  const [params] = useSearchParams();
  const updateParam = useSearchParamUpdater();
  const navigate = useNavigate();
  const sort = params.get('sort') ?? defaultSort;
  const showArchived = params.get('archived') === 'any';
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(search.trim());
  const editor = useRecordEditor<Account>();

  const query = { q, sort, archived: showArchived ? ('any' as const) : undefined };
  const list = useCursorList<Account>(JSON.stringify(query), (cursor, signal) =>
    listAccounts({ ...query, cursor, limit: limits.pageSizeDefault }, signal),
  );

  const onSearch = (value: string) => {
    setSearch(value);
    updateParam('q', value.trim());
  };

  const onSort = (value: string) => updateParam('sort', value);

  return (
    <RecordListPage
      title="Accounts"
      subtitle={`${list.total} ${list.total === 1 ? 'account' : 'accounts'}`}
      createLabel="New account"
      canCreate={list.canCreate === true}
      onCreate={editor.add}
      searchLabel="Search accounts"
      search={search}
      onSearch={onSearch}
      showArchived={showArchived}
      onShowArchivedChange={(checked) => updateParam('archived', checked ? 'any' : null)}
      list={list}
      columns={
        <>
          <SortHeader field="name" sort={sort} onSort={onSort}>
            Name
          </SortHeader>
          <th scope="col">Domain</th>
          <th scope="col">Industry</th>
          <th scope="col">Owner</th>
          <SortHeader field="updatedAt" sort={sort} onSort={onSort}>
            Updated
          </SortHeader>
        </>
      }
      hasActions={false}
      emptyText={q === '' ? 'No accounts yet.' : `No accounts match “${q}”.`}
      dialog={
        <RecordFormModal
          editor={editor}
          addTitle="New account"
          editTitle={(account) => `Edit ${account.name}`}
          onSaved={(account) => void navigate(`/accounts/${account.id}`)}
          renderForm={(props) => <AccountForm {...props} />}
        />
      }
    >
      {list.items.map((account) => (
        <tr key={account.id} className={archivedClassName(account)}>
          <td>
            <Link className="table__link" to={`/accounts/${account.id}`}>
              {account.name}
            </Link>
            <ArchivedBadge record={account} />
          </td>
          <td>{account.domain ?? '—'}</td>
          <td>{account.industry ?? '—'}</td>
          <td>{account.ownerName ?? '—'}</td>
          <td>
            <time dateTime={account.updatedAt}>{formatDateTime(account.updatedAt)}</time>
          </td>
        </tr>
      ))}
    </RecordListPage>
  );
};
