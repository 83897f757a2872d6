import { Section } from '../../../ui/section.tsx';
import { listAccountAudit } from '../api.ts';
import { AuditLogView } from './audit-log-view.tsx';

/** The account's audit log on its page: every change to it and its records, by whom, and the
 * fields before and after. `refreshKey` reloads it after edits elsewhere on the page. */
export const AuditLogSection = ({
  accountId,
  refreshKey,
}: {
  accountId: string;
  refreshKey: number;
}) => (
  <Section
    title="Audit log"
    description="Every change to this account and its records: who made it, when, and what it was before."
  >
    <AuditLogView
      label="Account audit log"
      reloadKey={`${accountId}:${refreshKey}`}
      loadPage={(query, signal) => listAccountAudit(accountId, { ...query, limit: 25 }, signal)}
    />
  </Section>
);
