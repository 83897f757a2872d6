import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { isApiProblem, setCsrfToken, setUnauthenticatedHandler } from '../../../api/client.ts';
import { deleteSession, getSession, switchWorkspace } from '../api.ts';
import type { Session } from '../api.ts';

/** Loading state of the session: not known yet, signed out, or signed in. */
export type SessionState =
  { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; session: Session };

type SessionContextValue = {
  state: SessionState;
  setSession: (session: Session) => void;
  signOut: () => Promise<void>;
  changeWorkspace: (workspaceId: string) => Promise<void>;
};

const SessionContext = createContext<SessionContextValue | null>(null);

/** Loads the session once, keeps the CSRF token current and sends 401s to the login page. */
export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const navigate = useNavigate();

  const setSession = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', session });
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setState({ status: 'signed-out' });
      const here = window.location.pathname + window.location.search;
      if (window.location.pathname !== '/login') {
        void navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
      }
    });
  }, [navigate]);

  useEffect(() => {
    let isCurrent = true;
    getSession().then(
      (session) => {
        if (isCurrent) setSession(session);
      },
      (error: unknown) => {
        if (!isCurrent) return;
        // Any failure to read the session (401, server down) means: ask the user to sign in.
        if (!isApiProblem(error) || error.status !== 401) console.error(error);
        setState({ status: 'signed-out' });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [setSession]);

  const signOut = useCallback(async () => {
    try {
      await deleteSession();
    } finally {
      setCsrfToken(null);
      setState({ status: 'signed-out' });
      void navigate('/login', { replace: true });
    }
  }, [navigate]);

  const changeWorkspace = useCallback(
    async (workspaceId: string) => {
      const session = await switchWorkspace(workspaceId);
      setSession(session);
      void navigate('/', { replace: true });
    },
    [navigate, setSession],
  );

  const value = useMemo(
    () => ({ state, setSession, signOut, changeWorkspace }),
    [state, setSession, signOut, changeWorkspace],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

/** The session context; only usable below SessionProvider. */
export const useSessionContext = (): SessionContextValue => {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSessionContext must be used inside SessionProvider');
  return value;
};

/** The signed-in session; only usable on pages behind RequireSession. */
export const useSession = (): Session => {
  const { state } = useSessionContext();
  if (state.status !== 'signed-in') throw new Error('useSession needs a signed-in session');
  return state.session;
};
