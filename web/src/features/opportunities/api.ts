import type { OpportunityStage } from '@fulcrum/core';
import { api } from '../../api/client.ts';
import type { ListPage, ListQuery, ResourceBase } from '../../api/types.ts';

/** A deal we pursue with an account. */
export type Opportunity = ResourceBase & {
  accountId: string;
  name: string;
  stage: OpportunityStage;
  amount: number | null;
  currency: string;
  expectedDecisionOn: string | null;
  decisionTimingShared: boolean;
};

/** The editable fields of an opportunity. */
export type OpportunityInput = Pick<
  Opportunity,
  'name' | 'stage' | 'amount' | 'currency' | 'expectedDecisionOn' | 'decisionTimingShared'
>;

/** Lists the opportunities on an account. */
export const listOpportunities = (
  accountId: string,
  query: ListQuery,
  signal?: AbortSignal,
): Promise<ListPage<Opportunity>> =>
  api.get<ListPage<Opportunity>>(`/api/accounts/${encodeURIComponent(accountId)}/opportunities`, {
    query,
    signal,
  });

/** Opens an opportunity on an account. */
export const createOpportunity = (
  accountId: string,
  body: OpportunityInput,
): Promise<Opportunity> =>
  api.post<Opportunity>(`/api/accounts/${encodeURIComponent(accountId)}/opportunities`, body);

/** Changes some fields of an opportunity, or archives/restores it with `{ archived }`. */
export const updateOpportunity = (
  opportunityId: string,
  body: Partial<OpportunityInput> & { archived?: boolean },
): Promise<Opportunity> =>
  api.patch<Opportunity>(`/api/opportunities/${encodeURIComponent(opportunityId)}`, body);
