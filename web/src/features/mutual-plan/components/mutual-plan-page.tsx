import { limits } from '@fulcrum/core';
import { Link, useParams } from 'react-router';
import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Loading } from '../../../ui/section.tsx';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { getAccount } from '../../accounts/api.ts';
import { listStakeholders } from '../../stakeholders/api.ts';
import { listTeamMembers } from '../../team-members/api.ts';
import { getMutualPlan } from '../api.ts';
import { InitiativesSection } from './initiatives-section.tsx';
import { ObjectivesSection } from './objectives-section.tsx';
import { PlanStrategySection } from './plan-strategy-section.tsx';
import { RequirementsSection } from './requirements-section.tsx';
import { SelfCheckSection } from './self-check-section.tsx';
import { ValueDeliveredSection } from './value-delivered-section.tsx';

/**
 * An account's mutual plan: strategy and summary, initiatives with their success factors,
 * requirements and responses, shared objectives, value delivered, and the self-check.
 */
export const MutualPlanPage = () => {
  const { accountId = '' } = useParams();
  const account = useResource(`account:${accountId}`, (signal) => getAccount(accountId, signal));
  const plan = useResource(accountId, (signal) => getMutualPlan(accountId, signal));
  const people = useResource(`people:${accountId}`, async (signal) => {
    const query = { sort: 'name', limit: limits.pageSizeMax };
    const [teamMembers, stakeholders] = await Promise.all([
      listTeamMembers(query, signal),
      listStakeholders(accountId, query, signal),
    ]);
    return { teamMembers: teamMembers.data, stakeholders: stakeholders.data };
  });
  const accountName = account.data?.name ?? null;
  useDocumentTitle(accountName === null ? 'Mutual plan' : `Mutual plan · ${accountName}`);

  const breadcrumb = (
    <p className="breadcrumb">
      <Link to={`/accounts/${encodeURIComponent(accountId)}`}>← {accountName ?? 'Account'}</Link>
    </p>
  );
  const problem = plan.problem ?? account.problem;
  if (problem !== null) {
    return (
      <div className="page">
        {breadcrumb}
        <Alert title={problem.status === 404 ? 'Account not found' : problem.title}>
          {problem.detail}
        </Alert>
      </div>
    );
  }
  if (plan.data === null) return <Loading label="Loading the mutual plan…" />;

  const current = plan.data;
  return (
    <div className="page">
      {breadcrumb}
      <header className="page__header">
        <div>
          <h1 className="page__title">Mutual plan</h1>
          <p className="page__subtitle">
            {accountName === null
              ? '\u00a0'
              : `What ${accountName} and we are working on together.`}
          </p>
        </div>
      </header>
      <PlanStrategySection plan={current} onSaved={plan.replace} />
      <InitiativesSection plan={current} onChanged={plan.reload} />
      <RequirementsSection plan={current} onChanged={plan.reload} />
      <ObjectivesSection
        plan={current}
        teamMembers={people.data?.teamMembers ?? []}
        stakeholders={people.data?.stakeholders ?? []}
        onChanged={plan.reload}
      />
      <ValueDeliveredSection plan={current} onChanged={plan.reload} />
      <SelfCheckSection plan={current} onChanged={plan.reload} />
    </div>
  );
};
