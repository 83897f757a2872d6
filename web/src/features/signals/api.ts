import type { Dimension, Polarity } from '@fulcrum/core';
import { limits } from '@fulcrum/core';
import { api } from '../../api/client.ts';
import type { ArchivedFilter, ListPage, ListQuery, ResourceBase } from '../../api/types.ts';

/** An observable behaviour in the workspace's catalogue: what it says about which dimension. */
export type Signal = ResourceBase & {
  name: string;
  description: string | null;
  dimension: Dimension;
  polarity: Polarity;
  defaultWeight: number;
  usageCount: number;
  /** Only a signal no observation uses can be deleted; others are archived. */
  canDelete: boolean;
};

/** The fields of a new signal. */
export type SignalInput = Pick<
  Signal,
  'name' | 'description' | 'dimension' | 'polarity' | 'defaultWeight'
>;

/** What can change on a signal: its meaning (dimension, polarity) is fixed once created. */
export type SignalUpdate = Partial<Pick<Signal, 'name' | 'description' | 'defaultWeight'>> & {
  archived?: boolean;
};

/** Lists the workspace's signals. */
export const listSignals = (
  query: ListQuery & { dimension?: Dimension | undefined },
  signal?: AbortSignal,
): Promise<ListPage<Signal>> => api.get<ListPage<Signal>>('/api/signals', { query, signal });

/** Reads the whole catalogue as one page, following the cursor (it is a few dozen signals). */
export const listAllSignals = async (
  archived: ArchivedFilter | undefined,
  signal?: AbortSignal,
): Promise<ListPage<Signal>> => {
  const first = await listSignals(
    { sort: 'dimension', archived, limit: limits.pageSizeMax },
    signal,
  );
  const data = [...first.data];
  let cursor = first.page.nextCursor;
  while (cursor !== null) {
    const page = await listSignals(
      { sort: 'dimension', archived, limit: limits.pageSizeMax, cursor },
      signal,
    );
    data.push(...page.data);
    cursor = page.page.nextCursor;
  }
  return { data, page: { nextCursor: null, total: data.length }, abilities: first.abilities };
};

/** Adds a signal to the catalogue. */
export const createSignal = (body: SignalInput): Promise<Signal> =>
  api.post<Signal>('/api/signals', body);

/** Changes a signal's name, description or weight, or archives/restores it. */
export const updateSignal = (signalId: string, body: SignalUpdate): Promise<Signal> =>
  api.patch<Signal>(`/api/signals/${encodeURIComponent(signalId)}`, body);

/** Deletes a signal no observation uses (409 otherwise). */
export const deleteSignal = (signalId: string): Promise<void> =>
  api.delete<void>(`/api/signals/${encodeURIComponent(signalId)}`);
