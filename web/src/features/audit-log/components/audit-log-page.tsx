import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { listWorkspaceAudit } from '../api.ts';
import { AuditLogView } from './audit-log-view.tsx';

/** The workspace's whole audit log: accounts and their records, and also the team, tokens,
 * signals and trust settings. */
export const AuditLogPage = () => {
  useDocumentTitle('Audit log');
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">Audit log</h1>
        <p className="page__subtitle">
          Nothing changes here without a trace: each entry says who changed what, and when.
        </p>
      </header>
      <AuditLogView
        label="Workspace audit log"
        loadPage={(query, signal) => listWorkspaceAudit({ ...query, limit: 50 }, signal)}
        showAccountLinks
      />
    </div>
  );
};
