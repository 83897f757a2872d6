import { lazy, Suspense } from 'react';
import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { EmptyState, Loading, Section } from '../../../ui/section.tsx';
import { listRelationships } from '../../relationships/api.ts';
import { getAccountTrust } from '../../trust/api.ts';
import { getCoverage } from '../api.ts';
import '../relationship-map.css';
import { CoverageTable } from './coverage-table.tsx';
import type { MapRelationship, MapStakeholder } from './layout.ts';

// The graph library is large; load it only when the map shows.
const RelationshipMapGraph = lazy(() =>
  import('./relationship-map-graph.tsx').then((module) => ({
    default: module.RelationshipMapGraph,
  })),
);

/** Our people and theirs by seniority level, edges by relationship strength, with the coverage
 * table beside it. Reloads whenever `refreshKey` changes. */
export const RelationshipMapSection = ({
  accountId,
  refreshKey,
}: {
  accountId: string;
  refreshKey: number;
}) => {
  const map = useResource(`${accountId}:${refreshKey}`, async (signal) => {
    const [trust, relationships, coverage] = await Promise.all([
      getAccountTrust(accountId, signal),
      listRelationships(accountId, { limit: 100 }, signal),
      getCoverage(accountId, signal),
    ]);
    const stakeholders: MapStakeholder[] = trust.stakeholders.map((s) => ({
      id: s.stakeholderId,
      name: s.name,
      buyingRole: s.buyingRole,
      seniority: s.seniority,
      status: s.status,
      personalTrust: s.personal.evidenceCount > 0 ? s.personal.expected : null,
    }));
    const edges: MapRelationship[] = relationships.data.map((r) => ({
      id: r.id,
      teamMemberId: r.teamMemberId,
      teamMemberName: r.teamMember.name,
      stakeholderId: r.stakeholderId,
      strength: r.strength,
    }));
    return { stakeholders, relationships: edges, coverage };
  });
  return (
    <Section
      title="Relationship map"
      description="Who of ours knows whom of theirs, level by level; thicker lines are stronger relationships."
    >
      {map.problem !== null ? <Alert>{map.problem.detail}</Alert> : null}
      {map.data === null && map.problem === null ? <Loading label="Loading the map…" /> : null}
      {map.data !== null ? (
        <div className="relationship-map" aria-busy={map.isLoading}>
          {map.data.stakeholders.length === 0 ? (
            <EmptyState>Add stakeholders and relationships to see the map.</EmptyState>
          ) : (
            <Suspense fallback={<Loading label="Loading the map…" />}>
              <RelationshipMapGraph
                stakeholders={map.data.stakeholders}
                relationships={map.data.relationships}
              />
            </Suspense>
          )}
          <CoverageTable coverage={map.data.coverage} />
        </div>
      ) : null}
    </Section>
  );
};
