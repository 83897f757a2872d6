import { api } from '../../api/client.ts';
import type { ListPage, ListQuery, ResourceBase } from '../../api/types.ts';

/** Another vendor competing for an opportunity. */
export type Competitor = ResourceBase & {
  opportunityId: string;
  name: string;
  notes: string | null;
  /** The team's estimate (0–1) of the buying group's trust in this competitor's capability. */
  capabilityEstimate: number | null;
};

/** The editable fields of a competitor. */
export type CompetitorInput = Pick<Competitor, 'name' | 'notes' | 'capabilityEstimate'>;

/** Lists the competitors on an opportunity. */
export const listCompetitors = (
  opportunityId: string,
  query: ListQuery,
  signal?: AbortSignal,
): Promise<ListPage<Competitor>> =>
  api.get<ListPage<Competitor>>(
    `/api/opportunities/${encodeURIComponent(opportunityId)}/competitors`,
    { query, signal },
  );

/** Adds a competitor to an opportunity. */
export const createCompetitor = (
  opportunityId: string,
  body: CompetitorInput,
): Promise<Competitor> =>
  api.post<Competitor>(`/api/opportunities/${encodeURIComponent(opportunityId)}/competitors`, body);

/** Changes some fields of a competitor, or archives/restores it with `{ archived }`. */
export const updateCompetitor = (
  competitorId: string,
  body: Partial<CompetitorInput> & { archived?: boolean },
): Promise<Competitor> =>
  api.patch<Competitor>(`/api/competitors/${encodeURIComponent(competitorId)}`, body);
