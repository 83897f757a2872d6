import { webhookDeliveryStatuses } from '@fulcrum/core';
import type { WebhookDeliveryStatus } from '@fulcrum/core';
import { Fragment, useState } from 'react';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { ActionButton } from '../../../ui/action-button.tsx';
import { Alert } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { ListStatus, LoadMore } from '../../../ui/list-status.tsx';
import { Section } from '../../../ui/section.tsx';
import { listWebhookDeliveries, retryWebhookDelivery } from '../api.ts';
import type { Webhook, WebhookDelivery } from '../api.ts';
import {
  deliveryStatusLabels,
  deliveryStatusTone,
  describeAttempt,
  responseCodes,
} from '../format.ts';

const RetryButton = ({
  delivery,
  onRetried,
}: {
  delivery: WebhookDelivery;
  onRetried: (delivery: WebhookDelivery) => void;
}) => {
  const [problem, setProblem] = useState<string | null>(null);
  if (!delivery.abilities.retry) return null;
  return (
    <>
      <ActionButton
        label="Retry now"
        busyLabel="Sending…"
        isSmall
        run={() => {
          setProblem(null);
          return retryWebhookDelivery(delivery.id).then(onRetried);
        }}
        onError={(error) => setProblem(error.detail)}
      />
      {problem !== null ? <p className="field__error">{problem}</p> : null}
    </>
  );
};

const AttemptList = ({ delivery }: { delivery: WebhookDelivery }) => (
  <details className="delivery-log__details">
    <summary>Attempts and body</summary>
    {delivery.attemptLog.length === 0 ? (
      <p>No attempt yet.</p>
    ) : (
      <ol className="delivery-log__attempts" aria-label="Attempts">
        {delivery.attemptLog.map((attempt) => (
          <li key={attempt.attempt}>
            <strong>{describeAttempt(attempt)}</strong> · {formatDateTime(attempt.attemptedAt)} ·{' '}
            {attempt.durationMs} ms
            {attempt.error !== null ? <div>{attempt.error}</div> : null}
            {attempt.responseExcerpt !== null ? (
              <div className="delivery-log__excerpt">
                Response: <code>{attempt.responseExcerpt}</code>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    )}
    <pre className="delivery-log__payload">{JSON.stringify(delivery.payload, null, 2)}</pre>
  </details>
);

/** One endpoint's delivery log, newest first: status, attempts with their response codes, the
 * next retry, and "Retry now" for deliveries that were given up. */
export const DeliveryLog = ({
  webhook,
  refreshKey,
  onChanged,
}: {
  webhook: Webhook;
  /** Changes when something outside sent a delivery (a test), to reload the log. */
  refreshKey: number;
  /** Called after a retry, so the endpoint's summary can refresh. */
  onChanged: () => void;
}) => {
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const [changed, setChanged] = useState<Record<string, WebhookDelivery>>({});
  const list = useCursorList(`${webhook.id}:${status}:${refreshKey}`, (cursor, signal) =>
    listWebhookDeliveries(
      webhook.id,
      { status: status === '' ? undefined : status, cursor },
      signal,
    ),
  );
  return (
    <Section
      title="Delivery log"
      description={`Every event sent to ${webhook.url}, newest first. Finished deliveries are kept for 30 days.`}
      actions={
        <>
          <label className="delivery-log__filter">
            Show{' '}
            <select
              className="input input--select input--compact"
              value={status}
              onChange={(event) => setStatus(event.target.value as WebhookDeliveryStatus | '')}
            >
              <option value="">All deliveries</option>
              {webhookDeliveryStatuses.map((value) => (
                <option key={value} value={value}>
                  {deliveryStatusLabels[value]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setChanged({});
              list.reload();
            }}
          >
            Refresh
          </button>
        </>
      }
    >
      {list.problem !== null ? <Alert>{list.problem.detail}</Alert> : null}
      {list.items.length > 0 ? (
        <table className="table" aria-label="Deliveries">
          <thead>
            <tr>
              <th>Event</th>
              <th>Created</th>
              <th>Status</th>
              <th className="table__numeric">Attempts</th>
              <th>Response codes</th>
              <th>Next retry</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => {
              const delivery = changed[item.id] ?? item;
              return (
                <Fragment key={delivery.id}>
                  <tr aria-label={`${delivery.eventType} ${formatDateTime(delivery.createdAt)}`}>
                    <td>
                      <code>{delivery.eventType}</code>
                    </td>
                    <td>{formatDateTime(delivery.createdAt)}</td>
                    <td>
                      <Badge tone={deliveryStatusTone(delivery.status)}>
                        {deliveryStatusLabels[delivery.status]}
                      </Badge>
                      {delivery.status === 'failed' && delivery.lastError !== null ? (
                        <div className="table__secondary">{delivery.lastError}</div>
                      ) : null}
                    </td>
                    <td className="table__numeric">
                      {delivery.attempts} of {delivery.maxAttempts}
                    </td>
                    <td>{responseCodes(delivery)}</td>
                    <td>
                      {delivery.status === 'pending' ? formatDateTime(delivery.nextAttemptAt) : '—'}
                    </td>
                    <td className="table__actions">
                      <RetryButton
                        delivery={delivery}
                        onRetried={(retried) => {
                          setChanged((previous) => ({ ...previous, [retried.id]: retried }));
                          onChanged();
                        }}
                      />
                    </td>
                  </tr>
                  <tr className="table__subrow">
                    <td colSpan={7}>
                      <AttemptList delivery={delivery} />
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <ListStatus
        list={list}
        emptyText={
          status === ''
            ? 'Nothing sent yet. Press "Send test" to try the endpoint.'
            : 'No deliveries with this status.'
        }
      />
      <LoadMore list={list} showCount />
    </Section>
  );
};
