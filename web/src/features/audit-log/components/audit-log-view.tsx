import { useState } from 'react';
import type { ListPage } from '../../../api/types.ts';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert as Notice } from '../../../ui/alert.tsx';
import { ListStatus, LoadMore } from '../../../ui/list-status.tsx';
import { useDebouncedValue } from '../../../ui/use-debounced-value.ts';
import type { AuditEntry, AuditQuery } from '../api.ts';
import { auditEntryAuthor, AuditEntryList } from './audit-entry-list.tsx';
import { AuditFilters, auditQueryOf, noAuditFilters } from './audit-filters.tsx';

/** An audit log under its filters: the entries that match, "Load more" and what went wrong.
 * `loadPage` fetches one page of a query; `reloadKey` changes when the log must load again. */
export const AuditLogView = ({
  label,
  reloadKey = '',
  loadPage,
  showAccountLinks = false,
}: {
  /** The list's accessible name. */
  label: string;
  reloadKey?: string;
  loadPage: (query: AuditQuery, signal: AbortSignal) => Promise<ListPage<AuditEntry>>;
  showAccountLinks?: boolean;
}) => {
  const [filters, setFilters] = useState(noAuditFilters);
  const query = auditQueryOf(useDebouncedValue(filters, 250));
  const list = useCursorList(`${reloadKey}:${JSON.stringify(query)}`, (cursor, signal) =>
    loadPage({ ...query, cursor }, signal),
  );
  return (
    <>
      <AuditFilters value={filters} onChange={setFilters} />
      {list.problem !== null ? <Notice>{list.problem.detail}</Notice> : null}
      <AuditEntryList
        label={label}
        entries={list.items}
        who={auditEntryAuthor}
        showAccountLinks={showAccountLinks}
      />
      <ListStatus list={list} emptyText="No changes match these filters." />
      <LoadMore list={list} showCount />
    </>
  );
};
