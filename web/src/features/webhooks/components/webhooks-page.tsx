import { Fragment, useState } from 'react';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { ActionButton } from '../../../ui/action-button.tsx';
import { Alert } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { ListStatus, LoadMore } from '../../../ui/list-status.tsx';
import { RecordFormModal, useRecordEditor } from '../../../ui/record-form-modal.tsx';
import { RowActions } from '../../../ui/row-actions.tsx';
import { Section } from '../../../ui/section.tsx';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { listWebhooks, rotateWebhookSecret, sendTestWebhook, updateWebhook } from '../api.ts';
import type { Webhook, WebhookDelivery } from '../api.ts';
import { deliveryStatusLabels, deliveryStatusTone, describeTestOutcome } from '../format.ts';
import '../webhooks.css';
import { DeliveryLog } from './delivery-log.tsx';
import { SecretNotice } from './secret-notice.tsx';
import { ThresholdSection } from './threshold-section.tsx';
import { WebhookForm } from './webhook-form.tsx';

type ShownSecret = { secret: string; url: string; reason: 'created' | 'rotated' };

const LastDelivery = ({ webhook }: { webhook: Webhook }) => {
  const last = webhook.lastDelivery;
  if (last === null) return <span className="table__secondary">Nothing sent yet</span>;
  return (
    <>
      <Badge tone={deliveryStatusTone(last.status)}>{deliveryStatusLabels[last.status]}</Badge>{' '}
      {last.statusCode !== null ? `HTTP ${last.statusCode}` : null}
      <div className="table__secondary">
        <code>{last.eventType}</code> · {formatDateTime(last.at)}
      </div>
      {webhook.deliveryCounts.waiting > 0 || webhook.deliveryCounts.failed > 0 ? (
        <div className="table__secondary">
          {webhook.deliveryCounts.waiting} waiting, {webhook.deliveryCounts.failed} failed
        </div>
      ) : null}
    </>
  );
};

/** Settings → Webhooks: endpoints with their status and last delivery, adding and editing them
 * (the secret shown once), tests, secret rotation, the delivery log and the trust threshold. */
export const WebhooksPage = () => {
  useDocumentTitle('Webhooks');
  const [archived, setArchived] = useState<'false' | 'true'>('false');
  const list = useCursorList(archived, (cursor, signal) =>
    listWebhooks({ archived, cursor }, signal),
  );
  const { reload } = list;
  const editor = useRecordEditor<Webhook>();
  const [shownSecret, setShownSecret] = useState<ShownSecret | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [tests, setTests] = useState<Record<string, WebhookDelivery>>({});
  const [logKey, setLogKey] = useState(0);
  const selected = list.items.find((webhook) => webhook.id === selectedId) ?? null;

  const test = async (webhook: Webhook) => {
    const delivery = await sendTestWebhook(webhook.id);
    setTests((previous) => ({ ...previous, [webhook.id]: delivery }));
    // Show the test in the endpoint's log right away.
    setSelectedId(webhook.id);
    setLogKey((value) => value + 1);
    reload();
  };
  const rotate = async (webhook: Webhook) => {
    if (
      !window.confirm(
        `Give ${webhook.url} a new signing secret? The current one keeps working for 24 hours.`,
      )
    )
      return;
    const rotated = await rotateWebhookSecret(webhook.id);
    setShownSecret({ secret: rotated.secret, url: rotated.url, reason: 'rotated' });
    reload();
  };

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Webhooks</h1>
          <p className="page__subtitle">
            Fulcrum can tell your other systems when an alert is raised, a commitment changes
            status, trust moves or a customer answers the pulse, as signed JSON requests.
          </p>
        </div>
        {list.canCreate === true ? (
          <button type="button" className="button button--primary" onClick={editor.add}>
            Add webhook
          </button>
        ) : null}
      </header>

      {shownSecret !== null ? (
        <SecretNotice {...shownSecret} onDismiss={() => setShownSecret(null)} />
      ) : null}

      <Section
        title="Endpoints"
        actions={
          <label>
            Show{' '}
            <select
              className="input input--select input--compact"
              value={archived}
              onChange={(event) => setArchived(event.target.value as 'false' | 'true')}
            >
              <option value="false">Live</option>
              <option value="true">Archived</option>
            </select>
          </label>
        }
      >
        {list.problem !== null ? <Alert>{list.problem.detail}</Alert> : null}
        {list.items.length > 0 ? (
          <table className="table" aria-label="Webhook endpoints">
            <thead>
              <tr>
                <th>Endpoint</th>
                <th>Events</th>
                <th>Status</th>
                <th>Last delivery</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.items.map((webhook) => {
                const outcome = tests[webhook.id];
                return (
                  <Fragment key={webhook.id}>
                    <tr aria-label={webhook.url}>
                      <td>
                        <span className="table__primary webhook-url">{webhook.url}</span>
                        {webhook.description !== null ? (
                          <div className="table__secondary">{webhook.description}</div>
                        ) : null}
                        <div className="table__secondary">
                          Secret <code>{webhook.secretMasked}</code>
                        </div>
                      </td>
                      <td>
                        <ul className="webhook-events">
                          {webhook.events.map((event) => (
                            <li key={event}>
                              <code>{event}</code>
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>
                        {webhook.archivedAt !== null ? (
                          <Badge>Archived</Badge>
                        ) : webhook.isEnabled ? (
                          <Badge tone="success">Enabled</Badge>
                        ) : (
                          <Badge tone="warning">Disabled</Badge>
                        )}
                      </td>
                      <td>
                        <LastDelivery webhook={webhook} />
                      </td>
                      <td className="table__actions webhook-actions">
                        {webhook.abilities.test ? (
                          <ActionButton
                            isSmall
                            label="Send test"
                            busyLabel="Sending…"
                            ariaLabel={`Send test to ${webhook.url}`}
                            run={() => test(webhook)}
                          />
                        ) : null}
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-pressed={selectedId === webhook.id}
                          aria-label={`Deliveries of ${webhook.url}`}
                          onClick={() =>
                            setSelectedId(selectedId === webhook.id ? null : webhook.id)
                          }
                        >
                          Deliveries
                        </button>
                        {webhook.abilities.update ? (
                          <ActionButton
                            isSmall
                            label={webhook.isEnabled ? 'Disable' : 'Enable'}
                            busyLabel="Saving…"
                            ariaLabel={`${webhook.isEnabled ? 'Disable' : 'Enable'} ${webhook.url}`}
                            run={async () => {
                              await updateWebhook(webhook.id, { isEnabled: !webhook.isEnabled });
                              reload();
                            }}
                          />
                        ) : null}
                        {webhook.abilities.rotateSecret ? (
                          <ActionButton
                            isSmall
                            label="Rotate secret"
                            busyLabel="Rotating…"
                            ariaLabel={`Rotate the secret of ${webhook.url}`}
                            run={() => rotate(webhook)}
                          />
                        ) : null}
                        <RowActions
                          record={webhook}
                          label={webhook.url}
                          onEdit={() => editor.edit(webhook)}
                          setArchived={(isArchived) =>
                            updateWebhook(webhook.id, { archived: isArchived })
                          }
                          onChanged={reload}
                        />
                      </td>
                    </tr>
                    {outcome !== undefined ? (
                      <tr className="table__subrow">
                        <td colSpan={5}>
                          <p
                            role="status"
                            className={`webhook-test webhook-test--${outcome.status === 'delivered' ? 'ok' : 'failed'}`}
                          >
                            {describeTestOutcome(outcome)}
                          </p>
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        ) : null}
        <ListStatus
          list={list}
          emptyText={
            archived === 'true'
              ? 'No archived webhooks.'
              : list.canCreate === true
                ? 'No webhooks yet. Add one to send events to another system.'
                : 'No webhooks yet. Owners and admins can add them.'
          }
        />
        <LoadMore list={list} />
      </Section>

      {selected !== null ? (
        <DeliveryLog webhook={selected} refreshKey={logKey} onChanged={reload} />
      ) : null}

      <ThresholdSection />

      <Section
        title="Checking a request"
        description="What your receiver should do with each request."
      >
        <ol className="webhook-help">
          <li>
            Read the raw body before parsing it, and the <code>fulcrum-timestamp</code> and{' '}
            <code>fulcrum-signature</code> headers.
          </li>
          <li>
            Compute HMAC-SHA256 of <code>{'${timestamp}.${rawBody}'}</code> with the signing secret,
            in hex, and compare <code>v1=</code> plus that value with each signature in the header,
            in constant time (<code>crypto.timingSafeEqual</code> in Node).
          </li>
          <li>Refuse timestamps more than 5 minutes away from your clock.</li>
          <li>
            Answer with any 2xx within 10 seconds. Anything else is retried after 1, 2, 4, 8, 16, 32
            and 64 minutes; use <code>fulcrum-event-id</code> to ignore an event you already have.
          </li>
        </ol>
        <p>
          Every event and its fields are described in the <a href="/api/docs">API documentation</a>{' '}
          under Webhooks.
        </p>
      </Section>

      <RecordFormModal
        editor={editor}
        addTitle="Add webhook"
        editTitle={(webhook) => `Edit ${webhook.url}`}
        onSaved={(saved) => {
          if ('secret' in saved && typeof saved.secret === 'string')
            setShownSecret({ secret: saved.secret, url: saved.url, reason: 'created' });
          reload();
        }}
        renderForm={(props) => <WebhookForm {...props} />}
      />
    </div>
  );
};
