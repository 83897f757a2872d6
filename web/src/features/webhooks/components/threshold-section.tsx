import { useState } from 'react';
import { toApiProblem } from '../../../api/client.ts';
import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { TextField } from '../../../ui/field.tsx';
import { Loading, Section } from '../../../ui/section.tsx';
import { getWebhookSettings, updateWebhookSettings } from '../api.ts';
import { parseThreshold } from '../format.ts';

/** How far a trust score must move to send `trust.changed`; admins change it. */
export const ThresholdSection = () => {
  const settings = useResource('webhook-settings', (signal) => getWebhookSettings(signal));
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const [isSaving, setIsSaving] = useState(false);

  const body = () => {
    if (settings.problem !== null) return <Alert>{settings.problem.detail}</Alert>;
    if (settings.data === null) return <Loading />;
    const canUpdate = settings.data.abilities.update;
    const value = draft ?? String(settings.data.trustChangeThreshold);
    const save = async () => {
      setSaved(false);
      const parsed = parseThreshold(value);
      if (typeof parsed === 'string') {
        setError(parsed);
        return;
      }
      setError(undefined);
      setIsSaving(true);
      try {
        settings.replace(await updateWebhookSettings(parsed));
        setDraft(null);
        setSaved(true);
      } catch (problem) {
        const api = toApiProblem(problem);
        setError(api.errors?.[0]?.detail ?? api.detail);
      } finally {
        setIsSaving(false);
      }
    };
    return (
      <form
        className="threshold-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField
          label="Trust change threshold"
          type="number"
          min={0.01}
          max={1}
          step={0.01}
          value={value}
          onChange={(next) => {
            setDraft(next);
            setSaved(false);
          }}
          readOnly={!canUpdate}
          error={error}
          hint="From 0.01 to 1. With 0.10, a score going from 0.62 to 0.51 sends trust.changed; one going to 0.55 does not."
        />
        {canUpdate ? (
          <button type="submit" className="button button--primary" disabled={isSaving}>
            {isSaving ? 'Saving…' : 'Save threshold'}
          </button>
        ) : null}
        {saved ? <p role="status">Saved.</p> : null}
      </form>
    );
  };

  return (
    <Section
      title="When trust.changed is sent"
      description="New evidence sends trust.changed when it moves a score's expected trust at least this far, compared with the score just before."
    >
      {body()}
    </Section>
  );
};
