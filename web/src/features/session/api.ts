import type { WorkspaceRole } from '@fulcrum/core';
import { ApiProblem, api } from '../../api/client.ts';

/** A workspace the user belongs to, with their role in it. */
export type WorkspaceMembership = { id: string; name: string; role: WorkspaceRole };

/** The signed-in user, their workspaces and the token for state-changing requests. */
export type Session = {
  user: { id: string; email: string; name: string };
  workspaces: WorkspaceMembership[];
  currentWorkspace: WorkspaceMembership;
  csrfToken: string;
};

type SessionBody = Omit<Session, 'currentWorkspace'> & {
  currentWorkspace: WorkspaceMembership | null;
};

// A session whose workspace was removed falls back to the user's first one.
const toSession = (body: SessionBody): Session => {
  const currentWorkspace = body.currentWorkspace ?? body.workspaces[0];
  if (currentWorkspace === undefined) {
    throw new ApiProblem({
      status: 403,
      code: 'forbidden',
      title: 'No workspace',
      detail: 'Your user is not a member of any workspace. Ask a workspace owner to add you.',
    });
  }
  return { ...body, currentWorkspace };
};

/** Reads the current session; throws an ApiProblem with status 401 when signed out. */
export const getSession = async (): Promise<Session> =>
  toSession(await api.get<SessionBody>('/api/session', { isUnauthenticatedExpected: true }));

/** Signs in with email and password. */
export const createSession = async (body: { email: string; password: string }): Promise<Session> =>
  toSession(await api.post<SessionBody>('/api/session', body, { isUnauthenticatedExpected: true }));

/** Signs out. */
export const deleteSession = (): Promise<void> =>
  api.delete<void>('/api/session', { isUnauthenticatedExpected: true });

/** Makes another of the user's workspaces the current one. */
export const switchWorkspace = async (workspaceId: string): Promise<Session> =>
  toSession(await api.put<SessionBody>('/api/session/workspace', { workspaceId }));
