import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { AccountPage } from '../features/accounts/components/account-page.tsx';
import { AccountsPage } from '../features/accounts/components/accounts-page.tsx';
import { AlertsPage } from '../features/alerts/components/alerts-page.tsx';
import { AuditLogPage } from '../features/audit-log/components/audit-log-page.tsx';
import { DigestPage } from '../features/digest/components/digest-page.tsx';
import { ImportPage } from '../features/imports/components/import-page.tsx';
import { LoginPage } from '../features/session/components/login-page.tsx';
import { useSessionContext } from '../features/session/hooks/use-session.tsx';
import { SharedViewPage } from '../features/shared-view/components/shared-view-page.tsx';
import { SignalsPage } from '../features/signals/components/signals-page.tsx';
import { TrustSettingsPage } from '../features/trust/components/trust-settings-page.tsx';
import { MutualPlanPage } from '../features/mutual-plan/components/mutual-plan-page.tsx';
import { PortfolioPage } from '../features/portfolio/components/portfolio-page.tsx';
import { ScorecardPage } from '../features/scorecard/components/scorecard-page.tsx';
import { TeamMemberRecordPage } from '../features/team-members/components/team-member-record-page.tsx';
import { TeamMembersPage } from '../features/team-members/components/team-members-page.tsx';
import { WebhooksPage } from '../features/webhooks/components/webhooks-page.tsx';
import { Loading } from '../ui/section.tsx';
import { AppShell } from './app-shell.tsx';

/** Renders the signed-in layout, or sends the visitor to /login (remembering where they were). */
const RequireSession = () => {
  const { state } = useSessionContext();
  const location = useLocation();
  if (state.status === 'loading') return <Loading label="Loading Fulcrum…" />;
  if (state.status === 'signed-out') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={location.pathname === '/' ? '/login' : `/login?next=${next}`} replace />;
  }
  return <AppShell />;
};

const NotFoundPage = () => (
  <div className="page">
    <h1 className="page__title">Page not found</h1>
    <p>
      There is nothing at this address. <Link to="/">Go to accounts</Link>.
    </p>
  </div>
);

/** The app's routes. */
export const App = () => {
  const { state } = useSessionContext();
  return (
    <Routes>
      <Route
        path="/login"
        element={state.status === 'loading' ? <Loading label="Loading Fulcrum…" /> : <LoginPage />}
      />
      {/* The page a share link opens: public, authenticated by the token in its address. */}
      <Route path="/s/:token" element={<SharedViewPage />} />
      <Route element={<RequireSession />}>
        <Route index element={<AccountsPage />} />
        <Route path="accounts/:accountId" element={<AccountPage />} />
        <Route path="accounts/:accountId/plan" element={<MutualPlanPage />} />
        <Route path="team-members" element={<TeamMembersPage />} />
        <Route path="team-members/:teamMemberId" element={<TeamMemberRecordPage />} />
        <Route path="portfolio" element={<PortfolioPage />} />
        <Route path="scorecard" element={<ScorecardPage />} />
        <Route path="alerts" element={<AlertsPage />} />
        <Route path="digest" element={<DigestPage />} />
        <Route path="signals" element={<SignalsPage />} />
        <Route path="settings/trust" element={<TrustSettingsPage />} />
        <Route path="settings/webhooks" element={<WebhooksPage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path="audit-log" element={<AuditLogPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
};
