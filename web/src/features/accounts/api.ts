import { api } from '../../api/client.ts';
import type { ListPage, ListQuery, ResourceBase } from '../../api/types.ts';

/** An account: the organisation we sell to and build trust with. */
export type Account = ResourceBase & {
  name: string;
  domain: string | null;
  industry: string | null;
  notes: string | null;
  /** The team member who owns the account, if anyone does. */
  ownerTeamMemberId: string | null;
  ownerName: string | null;
};

/** The editable fields of an account. */
export type AccountInput = Pick<
  Account,
  'name' | 'domain' | 'industry' | 'notes' | 'ownerTeamMemberId'
>;

/** Lists accounts of the current workspace. */
export const listAccounts = (query: ListQuery, signal?: AbortSignal): Promise<ListPage<Account>> =>
  api.get<ListPage<Account>>('/api/accounts', { query, signal });

/** Reads one account. */
export const getAccount = (accountId: string, signal?: AbortSignal): Promise<Account> =>
  api.get<Account>(`/api/accounts/${encodeURIComponent(accountId)}`, { signal });

/** Creates an account. */
export const createAccount = (body: AccountInput): Promise<Account> =>
  api.post<Account>('/api/accounts', body);

/** Changes some fields of an account, or archives/restores it with `{ archived }`. */
export const updateAccount = (
  accountId: string,
  body: Partial<AccountInput> & { archived?: boolean },
): Promise<Account> => api.patch<Account>(`/api/accounts/${encodeURIComponent(accountId)}`, body);
