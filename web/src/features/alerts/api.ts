import { api } from '../../api/client.ts';
import type { ListPage } from '../../api/types.ts';

/** How an alert stands. */
export type AlertStatus = 'open' | 'acknowledged' | 'snoozed' | 'resolved';

/** Something that needs attention, why, and what to do next. */
export type Alert = {
  id: string;
  accountId: string;
  accountName: string;
  rule: string;
  severity: 'high' | 'medium' | 'low';
  subjectType: string;
  subjectId: string;
  ownerTeamMemberId: string | null;
  ownerName: string | null;
  title: string;
  reason: string;
  suggestion: string;
  figures: Record<string, string | number | null>;
  status: AlertStatus;
  statusReason: string | null;
  statusChangedAt: string | null;
  snoozedUntil: string | null;
  raisedAt: string;
  resolvedAt: string | null;
  abilities: { acknowledge: boolean; snooze: boolean };
};

/** Filters of the alert list. */
export type AlertQuery = {
  accountId?: string | undefined;
  ownerTeamMemberId?: string | undefined;
  status?: AlertStatus | 'active' | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
};

/** Lists alerts of the workspace, optionally for one account or owner. */
export const listAlerts = (query: AlertQuery, signal?: AbortSignal): Promise<ListPage<Alert>> =>
  api.get<ListPage<Alert>>('/api/alerts', { query, signal });

/** Re-evaluates an account's alerts; the server skips it when nothing changed. */
export const evaluateAccountAlerts = (accountId: string) =>
  api.post<{ evaluated: boolean; raised: number; resolved: number; open: number }>(
    `/api/accounts/${encodeURIComponent(accountId)}/alerts/evaluate`,
    {},
  );

/** Marks an alert as seen and handled for now. */
export const acknowledgeAlert = (alertId: string, reason: string | null): Promise<Alert> =>
  api.post<Alert>(`/api/alerts/${encodeURIComponent(alertId)}/acknowledge`, { reason });

/** Hides an alert until a day, with the reason. */
export const snoozeAlert = (alertId: string, until: string, reason: string): Promise<Alert> =>
  api.post<Alert>(`/api/alerts/${encodeURIComponent(alertId)}/snooze`, { until, reason });
