import { dimensions } from '@fulcrum/core';
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Loading, Section } from '../../../ui/section.tsx';
import { getAccountTrust, getAccountTrustHistory } from '../api.ts';
import type { AccountTrust } from '../api.ts';
import { DimensionCard } from './dimension-card.tsx';
import { OpportunityTrustTable } from './opportunity-trust-table.tsx';
import { StakeholderTrustTable } from './stakeholder-trust-table.tsx';
import { TrustChangesPanel } from './trust-changes-panel.tsx';

// The chart library is most of the bundle; load it only when a trust section shows.
const TrustHistoryChart = lazy(() =>
  import('./trust-history-chart.tsx').then((module) => ({ default: module.TrustHistoryChart })),
);

/**
 * The account's trust: four dimension cards, their history, per stakeholder and per opportunity,
 * and what changed between two dates. Reloads whenever `refreshKey` changes.
 */
export const TrustSection = ({
  accountId,
  refreshKey,
  actions,
  onLoaded,
}: {
  accountId: string;
  refreshKey: number;
  actions?: ReactNode;
  /** Receives every loaded answer, so the page can offer its stakeholders and opportunities. */
  onLoaded?: (trust: AccountTrust) => void;
}) => {
  const trust = useResource(`${accountId}:${refreshKey}`, async (signal) => {
    const loaded = await getAccountTrust(accountId, signal);
    onLoaded?.(loaded);
    return loaded;
  });

  const data = trust.data;
  return (
    <Section
      title="Trust"
      description="How far this account trusts us, in three dimensions, and how far we trust it."
      actions={actions}
    >
      {trust.problem !== null ? <Alert>{trust.problem.detail}</Alert> : null}
      {data === null && trust.problem === null ? <Loading label="Loading trust…" /> : null}
      {data !== null ? (
        <div className="trust" aria-busy={trust.isLoading}>
          <div className="trust__cards">
            {dimensions.map((dimension) => (
              <DimensionCard
                key={dimension}
                dimension={dimension}
                trust={data.dimensions[dimension]}
              />
            ))}
          </div>
          <Suspense fallback={<Loading label="Loading history…" />}>
            <TrustHistoryChart
              historyKey={`${accountId}:${refreshKey}`}
              loadHistory={(range, signal) => getAccountTrustHistory(accountId, range, signal)}
            />
          </Suspense>
          <StakeholderTrustTable stakeholders={data.stakeholders} />
          <OpportunityTrustTable opportunities={data.opportunities} />
          <TrustChangesPanel accountId={accountId} refreshKey={refreshKey} />
        </div>
      ) : null}
    </Section>
  );
};
