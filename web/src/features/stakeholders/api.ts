import type { BuyingRole, SeniorityLevel, StakeholderStatus } from '@fulcrum/core';
import { api } from '../../api/client.ts';
import type { ListPage, ListQuery, ResourceBase } from '../../api/types.ts';

/** One of the account's people and their part in the buying decision. */
export type Stakeholder = ResourceBase & {
  accountId: string;
  name: string;
  title: string | null;
  email: string | null;
  buyingRole: BuyingRole;
  seniority: SeniorityLevel;
  status: StakeholderStatus;
  leftOn: string | null;
  notes: string | null;
};

/** The editable fields of a stakeholder. */
export type StakeholderInput = Pick<
  Stakeholder,
  'name' | 'title' | 'email' | 'buyingRole' | 'seniority' | 'status' | 'leftOn' | 'notes'
>;

/** Lists the stakeholders of an account. */
export const listStakeholders = (
  accountId: string,
  query: ListQuery,
  signal?: AbortSignal,
): Promise<ListPage<Stakeholder>> =>
  api.get<ListPage<Stakeholder>>(`/api/accounts/${encodeURIComponent(accountId)}/stakeholders`, {
    query,
    signal,
  });

/** Adds a stakeholder to an account. */
export const createStakeholder = (
  accountId: string,
  body: StakeholderInput,
): Promise<Stakeholder> =>
  api.post<Stakeholder>(`/api/accounts/${encodeURIComponent(accountId)}/stakeholders`, body);

/** Changes some fields of a stakeholder, or archives/restores it with `{ archived }`. */
export const updateStakeholder = (
  stakeholderId: string,
  body: Partial<StakeholderInput> & { archived?: boolean },
): Promise<Stakeholder> =>
  api.patch<Stakeholder>(`/api/stakeholders/${encodeURIComponent(stakeholderId)}`, body);
