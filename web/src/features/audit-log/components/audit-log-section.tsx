import { useState } from 'react';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert as Notice } from '../../../ui/alert.tsx';
import { ListStatus, LoadMore } from '../../../ui/list-status.tsx';
import { Section } from '../../../ui/section.tsx';
import { useDebouncedValue } from '../../../ui/use-debounced-value.ts';
import { listAccountAudit } from '../api.ts';
import { AuditEntryList } from './audit-entry-list.tsx';
import { AuditFilters, auditQueryOf, noAuditFilters } from './audit-filters.tsx';

/** The account's audit log on its page: every change to it and its records, by whom, and the
 * fields before and after. `refreshKey` reloads it after edits elsewhere on the page. */
export const AuditLogSection = ({
  accountId,
  refreshKey,
}: {
  accountId: string;
  refreshKey: number;
}) => {
  const [filters, setFilters] = useState(noAuditFilters);
  const query = auditQueryOf(useDebouncedValue(filters, 250));
  const list = useCursorList(
    `${accountId}:${refreshKey}:${JSON.stringify(query)}`,
    (cursor, signal) => listAccountAudit(accountId, { ...query, cursor, limit: 25 }, signal),
  );
  return (
    <Section
      title="Audit log"
      description="Every change to this account and its records: who made it, when, and what it was before."
    >
      <AuditFilters value={filters} onChange={setFilters} />
      {list.problem !== null ? <Notice>{list.problem.detail}</Notice> : null}
      <AuditEntryList label="Account audit log" entries={list.items} />
      <ListStatus list={list} emptyText="No changes match these filters." />
      <LoadMore list={list} showCount />
    </Section>
  );
};
