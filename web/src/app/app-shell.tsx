import { labels } from '@fulcrum/core';
import { useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { toApiProblem } from '../api/client.ts';
import { useSession, useSessionContext } from '../features/session/hooks/use-session.tsx';

/** Picks the current workspace; shown only to users in more than one. */
const WorkspaceSwitcher = () => {
  const session = useSession();
  const { changeWorkspace } = useSessionContext();
  const [isSwitching, setIsSwitching] = useState(false);
  if (session.workspaces.length < 2) {
    return <span className="app-header__workspace">{session.currentWorkspace.name}</span>;
  }
  return (
    <div className="app-header__switcher">
      <label htmlFor="workspace-switcher" className="visually-hidden">
        Workspace
      </label>
      <select
        id="workspace-switcher"
        className="input input--select input--compact"
        value={session.currentWorkspace.id}
        disabled={isSwitching}
        onChange={(event) => {
          setIsSwitching(true);
          changeWorkspace(event.target.value)
            .catch((error: unknown) => window.alert(toApiProblem(error).detail))
            .finally(() => setIsSwitching(false));
        }}
      >
        {session.workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </select>
    </div>
  );
};

// The workspace's own set-up and records, grouped under one "Settings" entry of the main
// navigation so the header stays one line.
const settingsPages = [
  { to: '/settings/trust', label: 'Trust model' },
  { to: '/signals', label: 'Signals' },
  { to: '/settings/webhooks', label: 'Webhooks' },
  { to: '/audit-log', label: 'Audit log' },
] as const;

const isSettingsPath = (path: string) =>
  settingsPages.some((page) => path === page.to || path.startsWith(`${page.to}/`));

/** The tabs above every settings page. */
const SettingsNav = () => (
  <nav className="settings-nav" aria-label="Settings">
    {settingsPages.map((page) => (
      <NavLink key={page.to} to={page.to} className="settings-nav__link">
        {page.label}
      </NavLink>
    ))}
  </nav>
);

/** The signed-in layout: header with workspace, navigation and sign-out, then the page. */
export const AppShell = () => {
  const session = useSession();
  const { signOut } = useSessionContext();
  const isSettings = isSettingsPath(useLocation().pathname);
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="brand" aria-label="Fulcrum home">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">Fulcrum</span>
          </Link>
          <WorkspaceSwitcher />
          <nav className="app-nav" aria-label="Main">
            <NavLink to="/" end className="app-nav__link">
              Accounts
            </NavLink>
            <NavLink to="/portfolio" className="app-nav__link">
              Portfolio
            </NavLink>
            <NavLink to="/team-members" className="app-nav__link">
              Team members
            </NavLink>
            <NavLink to="/alerts" className="app-nav__link">
              Alerts
            </NavLink>
            <NavLink to="/digest" className="app-nav__link">
              Digest
            </NavLink>
            <NavLink to="/import" className="app-nav__link">
              Import
            </NavLink>
            <Link
              to="/settings/trust"
              className={`app-nav__link${isSettings ? ' active' : ''}`}
              aria-current={isSettings ? 'page' : undefined}
            >
              Settings
            </Link>
          </nav>
          <div className="app-header__user">
            <span className="app-header__name" title={session.user.email}>
              {session.user.name}
              <span className="app-header__role">{labels.role[session.currentWorkspace.role]}</span>
            </span>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => void signOut()}
            >
              Sign out
            </button>
          </div>
        </div>
      </header>
      {/* Keyed by workspace so every page reloads its data after a switch. */}
      <main className="app-main" key={session.currentWorkspace.id}>
        {isSettings ? <SettingsNav /> : null}
        <Outlet />
      </main>
    </div>
  );
};
