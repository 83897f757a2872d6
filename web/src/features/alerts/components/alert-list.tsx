import { useState } from 'react';
import { Link } from 'react-router';
import { toApiProblem } from '../../../api/client.ts';
import { Badge } from '../../../ui/badge.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { EmptyState } from '../../../ui/section.tsx';
import { acknowledgeAlert, snoozeAlert } from '../api.ts';
import '../alerts.css';
import type { Alert } from '../api.ts';

/** The badge tone of each alert severity. */
export const severityTone = { high: 'danger', medium: 'warning', low: 'info' } as const;
const statusLabel = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  snoozed: 'Snoozed',
  resolved: 'Resolved',
} as const;

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

/** The snooze form of one alert: until a day, and why it can wait. */
const SnoozeForm = ({
  alert,
  onDone,
  onCancel,
}: {
  alert: Alert;
  onDone: (alert: Alert) => void;
  onCancel: () => void;
}) => {
  const [until, setUntil] = useState(inAWeek());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="alert-card__form"
      aria-label={`Snooze ${alert.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        snoozeAlert(alert.id, until, reason).then(onDone, (problem: unknown) =>
          setError(toApiProblem(problem).detail),
        );
      }}
    >
      <label>
        Until
        <input
          className="input"
          type="date"
          value={until}
          required
          onChange={(event) => setUntil(event.target.value)}
        />
      </label>
      <label>
        Why it can wait
        <input
          className="input"
          value={reason}
          required
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <button type="submit" className="button button--primary button--small">
        Snooze
      </button>
      <button type="button" className="button button--ghost button--small" onClick={onCancel}>
        Cancel
      </button>
      {error !== null ? <p role="alert">{error}</p> : null}
    </form>
  );
};

/** One alert: severity, what, why, the next step, and acknowledge/snooze. */
const AlertCard = ({
  alert,
  showAccount,
  onChanged,
}: {
  alert: Alert;
  showAccount: boolean;
  onChanged: (alert: Alert) => void;
}) => {
  const [isSnoozing, setIsSnoozing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <li className="alert-card" aria-label={alert.title}>
      <div className="alert-card__head">
        <Badge tone={severityTone[alert.severity]}>{alert.severity}</Badge>
        <strong className="alert-card__title">{alert.title}</strong>
        {alert.status !== 'open' ? <Badge>{statusLabel[alert.status]}</Badge> : null}
        {showAccount ? (
          <Link to={`/accounts/${encodeURIComponent(alert.accountId)}`}>{alert.accountName}</Link>
        ) : null}
      </div>
      <p className="alert-card__reason">{alert.reason}</p>
      <p className="alert-card__suggestion">
        <strong>Next step:</strong> {alert.suggestion}
      </p>
      <p className="alert-card__meta">
        Raised {formatDateTime(alert.raisedAt)}
        {alert.ownerName !== null ? ` · ${alert.ownerName}` : ''}
        {alert.status === 'snoozed' && alert.snoozedUntil !== null
          ? ` · snoozed until ${formatDateTime(alert.snoozedUntil)}`
          : ''}
        {alert.statusReason !== null ? ` · “${alert.statusReason}”` : ''}
      </p>
      {isSnoozing ? (
        <SnoozeForm
          alert={alert}
          onCancel={() => setIsSnoozing(false)}
          onDone={(changed) => {
            setIsSnoozing(false);
            onChanged(changed);
          }}
        />
      ) : (
        <div className="alert-card__actions">
          {alert.abilities.acknowledge ? (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                const reason = window.prompt(
                  'Acknowledge: what are you doing about it? (optional)',
                );
                if (reason === null) return;
                acknowledgeAlert(alert.id, reason.trim() === '' ? null : reason.trim()).then(
                  onChanged,
                  (problem: unknown) => setError(toApiProblem(problem).detail),
                );
              }}
            >
              Acknowledge
            </button>
          ) : null}
          {alert.abilities.snooze ? (
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setIsSnoozing(true)}
            >
              Snooze
            </button>
          ) : null}
        </div>
      )}
      {error !== null ? <p role="alert">{error}</p> : null}
    </li>
  );
};

/** A list of alerts with their actions; `onChanged` receives each alert after a change. */
export const AlertList = ({
  alerts,
  showAccount = false,
  onChanged,
  label,
}: {
  alerts: Alert[];
  showAccount?: boolean;
  onChanged: (alert: Alert) => void;
  label: string;
}) =>
  alerts.length === 0 ? (
    <EmptyState>Nothing needs attention here right now.</EmptyState>
  ) : (
    <ul className="alert-list" aria-label={label}>
      {alerts.map((alert) => (
        <AlertCard key={alert.id} alert={alert} showAccount={showAccount} onChanged={onChanged} />
      ))}
    </ul>
  );
