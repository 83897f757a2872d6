import type { Dimension, Polarity } from '@fulcrum/core';
import { api } from '../../api/client.ts';
import type { ListPage, ListQuery } from '../../api/types.ts';

/** One logged signal about an account, and optionally a stakeholder, opportunity, team member. */
export type Observation = {
  id: string;
  signalId: string;
  signalName: string;
  dimension: Dimension;
  polarity: Polarity;
  accountId: string;
  stakeholderId: string | null;
  opportunityId: string | null;
  teamMemberId: string | null;
  observedAt: string;
  weight: number;
  note: string | null;
  recordedByUserId: string;
  createdAt: string;
  retractedAt: string | null;
  abilities: { retract: boolean };
};

/** The body of a new observation; `observedAt` is a day (YYYY-MM-DD) or an ISO instant. */
export type ObservationInput = {
  signalId: string;
  accountId: string;
  stakeholderId: string | null;
  opportunityId: string | null;
  teamMemberId: string | null;
  observedAt: string;
  weight: number | null;
  note: string | null;
};

/** Lists an account's observations. */
export const listObservations = (
  accountId: string,
  query: ListQuery,
  signal?: AbortSignal,
): Promise<ListPage<Observation>> =>
  api.get<ListPage<Observation>>(`/api/accounts/${encodeURIComponent(accountId)}/observations`, {
    query,
    signal,
  });

/** Logs an observation; its evidence updates the scores at once. */
export const createObservation = (body: ObservationInput): Promise<Observation> =>
  api.post<Observation>('/api/observations', body);

/** Retracts an observation: the ledger gets a reversing entry, nothing is deleted. */
export const retractObservation = (observationId: string): Promise<Observation> =>
  api.post<Observation>(`/api/observations/${encodeURIComponent(observationId)}/retract`);
