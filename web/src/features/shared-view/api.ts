import type { AuditAction, AuditEntityType } from '@fulcrum/core';
import { ApiProblem, buildUrl } from '../../api/client.ts';
import type { AuditChange } from '../audit-log/api.ts';

type Status = 'proposed' | 'agreed' | 'kept' | 'kept_late' | 'broken' | 'renegotiated' | 'released';

/** One entry of a shared commitment's history. */
export type SharedHistoryEntry =
  | { kind: 'status'; fromStatus: Status | null; toStatus: Status; onDay: string; at: string }
  | { kind: 'confirm' | 'comment' | 'propose'; text: string | null; at: string };

/** What a share link shows. */
export type SharedView = {
  account: { name: string };
  link: {
    scope: 'view' | 'respond';
    stakeholderName: string | null;
    expiresAt: string | null;
    nextPulseAt: string | null;
    abilities: { respond: boolean; pulse: boolean };
  };
  plan: {
    strategy: string | null;
    summary: string | null;
    initiatives: {
      id: string;
      name: string;
      description: string | null;
      successFactors: { id: string; name: string; description: string | null }[];
    }[];
    requirements: {
      id: string;
      name: string;
      response: string | null;
      confirmedOn: string | null;
      abilities: { confirm: boolean };
    }[];
    objectives: {
      id: string;
      name: string;
      status: string;
      targetOn: string | null;
      ourOwnerName: string | null;
      theirOwnerName: string | null;
    }[];
    valueDelivered: { id: string; name: string; description: string | null; deliveredOn: string }[];
  };
  commitments: {
    id: string;
    side: 'ours' | 'theirs';
    text: string;
    ownerName: string | null;
    recipientName: string | null;
    dueOn: string | null;
    status: Status;
    closedOn: string | null;
    history: SharedHistoryEntry[];
    abilities: { confirm: boolean; comment: boolean };
  }[];
  people: { id: string; name: string }[];
};

// The shared page authenticates with the link's token only: no session cookie, no CSRF token,
// and a 401 is shown on the page instead of sending anyone to the sign-in page.
const send = async <T>(
  token: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
) => {
  const headers: Record<string, string> = {
    accept: 'application/json',
    authorization: `Share ${token}`,
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'omit',
    body: body === undefined ? null : JSON.stringify(body),
    signal: signal ?? null,
  });
  const text = await response.text();
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);
  if (!response.ok) {
    const problem = (parsed ?? {}) as { code?: string; title?: string; detail?: string };
    throw new ApiProblem({
      status: response.status,
      code: problem.code ?? `http-${response.status}`,
      title: problem.title ?? 'Request failed',
      detail: problem.detail ?? `The request failed (${response.status}).`,
    });
  }
  return parsed as T;
};

/** One change to what is shared, as the account's people read it. */
export type SharedHistoryChange = {
  id: string;
  at: string;
  action: AuditAction;
  entity: { type: AuditEntityType; id: string; label: string };
  actor: { side: 'team' | 'account'; name: string | null; isYou: boolean };
  changes: AuditChange[];
};

/** One page of the shared history. */
export type SharedHistoryPage = {
  data: SharedHistoryChange[];
  page: { nextCursor: string | null; total: number };
};

/** The history of what is shared, newest first. */
export const getSharedHistory = (token: string, cursor?: string, signal?: AbortSignal) =>
  send<SharedHistoryPage>(
    token,
    'GET',
    buildUrl('/api/shared/history', { limit: 25, cursor }),
    undefined,
    signal,
  );

/** The shared view of a link. */
export const getSharedView = (token: string) => send<SharedView>(token, 'GET', '/api/shared');
/** Confirms a commitment. */
export const confirmCommitment = (token: string, id: string) =>
  send<SharedView>(token, 'POST', `/api/shared/commitments/${encodeURIComponent(id)}/confirm`);
/** Comments on a commitment. */
export const commentOnCommitment = (token: string, id: string, text: string) =>
  send<SharedView>(token, 'POST', `/api/shared/commitments/${encodeURIComponent(id)}/comments`, {
    text,
  });
/** Confirms a requirement and our response. */
export const confirmRequirement = (token: string, id: string) =>
  send<SharedView>(token, 'POST', `/api/shared/requirements/${encodeURIComponent(id)}/confirm`);
/** Answers the pulse. */
export const answerPulse = (
  token: string,
  body: { trustAnswer: number; valueAnswer: number; backingAnswer: number; comment: string | null },
) => send<{ id: string; nextPulseAt: string }>(token, 'POST', '/api/shared/pulse', body);
