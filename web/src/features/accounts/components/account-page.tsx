import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { ArchiveButton } from '../../../ui/archive-button.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { RecordFormModal, useRecordEditor } from '../../../ui/record-form-modal.tsx';
import { Loading } from '../../../ui/section.tsx';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { CommitmentsSection } from '../../commitments/components/commitments-section.tsx';
import { AlertsSection } from '../../alerts/components/alerts-section.tsx';
import { AuditLogSection } from '../../audit-log/components/audit-log-section.tsx';
import { RelationshipMapSection } from '../../relationship-map/components/relationship-map-section.tsx';
import { ObservationForm } from '../../observations/components/observation-form.tsx';
import type { ObservationSubject } from '../../observations/components/observation-form.tsx';
import { ObservationsSection } from '../../observations/components/observations-section.tsx';
import { OpportunitiesSection } from '../../opportunities/components/opportunities-section.tsx';
import { ShareSection } from '../../share/components/share-section.tsx';
import { RelationshipsSection } from '../../relationships/components/relationships-section.tsx';
import { StakeholdersSection } from '../../stakeholders/components/stakeholders-section.tsx';
import { TrustSection } from '../../trust/components/trust-section.tsx';
import { Modal } from '../../../ui/modal.tsx';
import { getAccount, updateAccount } from '../api.ts';
import type { Account } from '../api.ts';
import { AccountForm } from './account-form.tsx';

/**
 * One account: its header with edit/archive and the mutual plan link, then trust, observations,
 * commitments, stakeholders, relationships and opportunities.
 */
export const AccountPage = () => {
  const { accountId = '' } = useParams();
  const account = useResource(accountId, (signal) => getAccount(accountId, signal));
  const editor = useRecordEditor<Account>();
  const [stakeholderVersion, setStakeholderVersion] = useState(0);
  // Bumped after anything that moves a score, so the trust section and observations reload.
  const [trustVersion, setTrustVersion] = useState(0);
  const [isLogging, setIsLogging] = useState(false);
  const [subjects, setSubjects] = useState<{
    stakeholders: ObservationSubject[];
    opportunities: ObservationSubject[];
  }>({ stakeholders: [], opportunities: [] });
  const refreshTrust = () => setTrustVersion((value) => value + 1);
  useDocumentTitle(account.data?.name ?? null);

  if (account.problem !== null) {
    return (
      <div className="page">
        <p className="breadcrumb">
          <Link to="/">← Accounts</Link>
        </p>
        <Alert title={account.problem.status === 404 ? 'Account not found' : account.problem.title}>
          {account.problem.detail}
        </Alert>
      </div>
    );
  }
  if (account.data === null) return <Loading label="Loading account…" />;

  const current = account.data;
  // Adding records to an account is allowed to those who may change it.
  const canAdd = current.abilities.update && current.archivedAt === null;
  const logButton = canAdd ? (
    <button type="button" className="button button--primary" onClick={() => setIsLogging(true)}>
      Log observation
    </button>
  ) : undefined;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/">← Accounts</Link>
      </p>
      <header className="page__header account-header">
        <div>
          <h1 className="page__title">
            {current.name}
            {current.archivedAt !== null ? <Badge>Archived</Badge> : null}
          </h1>
          <dl className="facts">
            <div>
              <dt>Domain</dt>
              <dd>
                {current.domain !== null ? (
                  <a href={`https://${current.domain}`} target="_blank" rel="noreferrer noopener">
                    {current.domain}
                  </a>
                ) : (
                  '—'
                )}
              </dd>
            </div>
            <div>
              <dt>Industry</dt>
              <dd>{current.industry ?? '—'}</dd>
            </div>
            <div>
              <dt>Owner</dt>
              <dd>
                {current.ownerTeamMemberId !== null ? (
                  <Link to={`/team-members/${encodeURIComponent(current.ownerTeamMemberId)}`}>
                    {current.ownerName ?? 'Former team member'}
                  </Link>
                ) : (
                  'No owner yet'
                )}
              </dd>
            </div>
            <div>
              <dt>Updated</dt>
              <dd>{formatDateTime(current.updatedAt)}</dd>
            </div>
          </dl>
          {current.notes !== null ? <p className="account-header__notes">{current.notes}</p> : null}
        </div>
        <div className="page__actions">
          <Link
            to={`/accounts/${encodeURIComponent(current.id)}/plan`}
            className="button button--secondary"
          >
            Mutual plan
          </Link>
          {current.abilities.update ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => editor.edit(current)}
            >
              Edit
            </button>
          ) : null}
          <ArchiveButton
            resource={current}
            onToggle={async (isArchived) => {
              account.replace(await updateAccount(current.id, { archived: isArchived }));
            }}
          />
        </div>
      </header>
      {current.archivedAt !== null ? (
        <Alert tone="info">
          This account was archived on {formatDateTime(current.archivedAt)}. Restore it to make
          changes.
        </Alert>
      ) : null}

      <TrustSection
        accountId={current.id}
        refreshKey={trustVersion}
        onLoaded={(trust) =>
          setSubjects({
            stakeholders: trust.stakeholders.map((s) => ({ id: s.stakeholderId, name: s.name })),
            opportunities: trust.opportunities.map((o) => ({ id: o.opportunityId, name: o.name })),
          })
        }
        actions={logButton}
      />
      <AlertsSection accountId={current.id} refreshKey={trustVersion} canEvaluate={canAdd} />
      <ObservationsSection
        accountId={current.id}
        refreshKey={trustVersion}
        stakeholders={subjects.stakeholders}
        opportunities={subjects.opportunities}
        onChanged={refreshTrust}
      />
      <CommitmentsSection
        accountId={current.id}
        canCreate={canAdd}
        refreshKey={trustVersion}
        onChanged={refreshTrust}
      />
      <StakeholdersSection
        accountId={current.id}
        canCreate={canAdd}
        onChanged={() => {
          setStakeholderVersion((value) => value + 1);
          refreshTrust();
        }}
      />
      <RelationshipsSection
        accountId={current.id}
        canCreate={canAdd}
        refreshKey={stakeholderVersion}
      />
      <RelationshipMapSection accountId={current.id} refreshKey={trustVersion} />
      <OpportunitiesSection accountId={current.id} canCreate={canAdd} onChanged={refreshTrust} />
      <ShareSection
        accountId={current.id}
        stakeholders={subjects.stakeholders}
        canCreate={canAdd}
        refreshKey={trustVersion}
      />
      <AuditLogSection accountId={current.id} refreshKey={trustVersion} />

      {isLogging ? (
        <Modal title="Log observation" onClose={() => setIsLogging(false)}>
          <ObservationForm
            accountId={current.id}
            stakeholders={subjects.stakeholders}
            opportunities={subjects.opportunities}
            onCancel={() => setIsLogging(false)}
            onSaved={() => {
              setIsLogging(false);
              refreshTrust();
            }}
          />
        </Modal>
      ) : null}

      <RecordFormModal
        editor={editor}
        addTitle="New account"
        editTitle={(edited) => `Edit ${edited.name}`}
        onSaved={account.replace}
        renderForm={(props) => <AccountForm {...props} />}
      />
    </div>
  );
};
