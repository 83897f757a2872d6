import { limits, webhookEventLabels, webhookSubscribableEvents } from '@fulcrum/core';
import type { WebhookSubscribableEvent } from '@fulcrum/core';
import { CheckboxField, TextAreaField, TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { createWebhook, updateWebhook } from '../api.ts';
import type { Webhook, WebhookInput, WebhookWithSecret } from '../api.ts';

/** Adds an endpoint (its secret comes back with the answer), or edits `record`. */
export const WebhookForm = ({
  record: webhook,
  onSaved,
  onCancel,
}: RecordFormProps<Webhook | WebhookWithSecret>) => {
  const form = useRecordForm({
    initialValues: {
      url: webhook?.url ?? '',
      description: webhook?.description ?? '',
      events: webhook?.events ?? ([...webhookSubscribableEvents] as WebhookSubscribableEvent[]),
      isEnabled: webhook?.isEnabled ?? true,
    },
    record: webhook,
    onSaved,
    create: createWebhook,
    update: updateWebhook,
  });
  const { values, problem } = form;
  const toggle = (event: WebhookSubscribableEvent, isOn: boolean) =>
    form.set(
      'events',
      webhookSubscribableEvents.filter((e) => (e === event ? isOn : values.events.includes(e))),
    );

  return (
    <RecordForm
      form={form}
      onSubmit={() =>
        form.save({
          url: values.url.trim(),
          description: toNullable(values.description),
          events: values.events,
          isEnabled: values.isEnabled,
        } satisfies WebhookInput)
      }
      onCancel={onCancel}
    >
      <TextField
        label="Endpoint URL"
        type="url"
        {...form.field('url')}
        isRequired
        maxLength={limits.webhookUrlMax}
        placeholder="https://example.com/hooks/fulcrum"
        hint="Where Fulcrum sends a POST for each event: http or https, without a user name or password."
      />
      <TextAreaField
        label="Description"
        {...form.field('description')}
        rows={2}
        maxLength={limits.webhookDescriptionMax}
        hint="What receives these events, so the team knows what it is for."
      />
      <fieldset className="webhook-form__events" aria-describedby="webhook-events-error">
        <legend className="field__label">Events</legend>
        {webhookSubscribableEvents.map((event) => (
          <div key={event} className="webhook-form__event">
            <CheckboxField
              label={event}
              checked={values.events.includes(event)}
              onChange={(isOn) => toggle(event, isOn)}
            />
            <p className="field__hint">{webhookEventLabels[event]}</p>
          </div>
        ))}
        {problem.fieldError('events') !== undefined ? (
          <p className="field__error" id="webhook-events-error" role="alert">
            {problem.fieldError('events')}
          </p>
        ) : null}
      </fieldset>
      <CheckboxField
        label="Enabled: send events to this endpoint"
        checked={values.isEnabled}
        onChange={(isOn) => form.set('isEnabled', isOn)}
        error={problem.fieldError('isEnabled')}
      />
    </RecordForm>
  );
};
