import { useState } from 'react';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert as Notice } from '../../../ui/alert.tsx';
import { ListStatus, LoadMore } from '../../../ui/list-status.tsx';
import { useDebouncedValue } from '../../../ui/use-debounced-value.ts';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { listWorkspaceAudit } from '../api.ts';
import { AuditEntryList } from './audit-entry-list.tsx';
import { AuditFilters, auditQueryOf, noAuditFilters } from './audit-filters.tsx';

/** The workspace's whole audit log: accounts and their records, and also the team, tokens,
 * signals and trust settings. */
export const AuditLogPage = () => {
  useDocumentTitle('Audit log');
  const [filters, setFilters] = useState(noAuditFilters);
  const query = auditQueryOf(useDebouncedValue(filters, 250));
  const list = useCursorList(JSON.stringify(query), (cursor, signal) =>
    listWorkspaceAudit({ ...query, cursor, limit: 50 }, signal),
  );
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">Audit log</h1>
        <p className="page__subtitle">
          Nothing changes here without a trace: each entry says who changed what, and when.
        </p>
      </header>
      <AuditFilters value={filters} onChange={setFilters} />
      {list.problem !== null ? <Notice>{list.problem.detail}</Notice> : null}
      <AuditEntryList label="Workspace audit log" entries={list.items} showAccountLinks />
      <ListStatus list={list} emptyText="No changes match these filters." />
      <LoadMore list={list} showCount />
    </div>
  );
};
