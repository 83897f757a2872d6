import { buyingRoles, dimensions, labels } from '@fulcrum/core';
import type { BuyingRole, Dimension, TrustSettings } from '@fulcrum/core';
import { useState } from 'react';
import { toApiProblem } from '../../../api/client.ts';
import type { ApiProblem } from '../../../api/client.ts';
import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert, FormError } from '../../../ui/alert.tsx';
import { TextField } from '../../../ui/field.tsx';
import { Loading, Section } from '../../../ui/section.tsx';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { getTrustSettings, updateTrustSettings } from '../api.ts';
import type { TrustReplay } from '../api.ts';

/** The form's values: every number as the text in its input, keyed by its JSON pointer. */
type Draft = Record<string, string>;

const scalarFields = [
  {
    key: 'asymmetry',
    label: 'Asymmetry (k)',
    hint: 'How many times one piece of negative evidence outweighs the same positive one; at least 1.',
    step: 0.5,
  },
  {
    key: 'priorWeight',
    label: 'Prior weight (W)',
    hint: 'How much evidence it takes to move a score far from the base rate.',
    step: 0.5,
  },
  {
    key: 'baseRate',
    label: 'Base rate (a)',
    hint: 'Where a score rests without evidence, 0–1.',
    step: 0.05,
  },
  {
    key: 'enoughExpected',
    label: 'Enough: expected trust at least',
    hint: '0–1.',
    step: 0.05,
  },
  {
    key: 'enoughMaxUncertainty',
    label: 'Enough: uncertainty at most',
    hint: '0–1.',
    step: 0.05,
  },
] as const;

const toDraft = (settings: TrustSettings): Draft => {
  const draft: Draft = {};
  for (const dimension of dimensions)
    draft[`halfLifeDays/${dimension}`] = String(settings.halfLifeDays[dimension]);
  for (const field of scalarFields) draft[field.key] = String(settings[field.key]);
  for (const role of buyingRoles) draft[`roleWeights/${role}`] = String(settings.roleWeights[role]);
  return draft;
};

const toSettings = (draft: Draft): TrustSettings => {
  const number = (key: string) => Number(draft[key] ?? '');
  return {
    halfLifeDays: Object.fromEntries(
      dimensions.map((dimension) => [dimension, number(`halfLifeDays/${dimension}`)]),
    ) as Record<Dimension, number>,
    asymmetry: number('asymmetry'),
    priorWeight: number('priorWeight'),
    baseRate: number('baseRate'),
    enoughExpected: number('enoughExpected'),
    enoughMaxUncertainty: number('enoughMaxUncertainty'),
    roleWeights: Object.fromEntries(
      buyingRoles.map((role) => [role, number(`roleWeights/${role}`)]),
    ) as Record<BuyingRole, number>,
  };
};

const replaySummary = (replay: TrustReplay): string =>
  `Recomputed ${replay.scores.toLocaleString()} score${replay.scores === 1 ? '' : 's'} from ${replay.evidenceRows.toLocaleString()} evidence row${replay.evidenceRows === 1 ? '' : 's'}` +
  (replay.drifted > 0
    ? `; ${replay.drifted.toLocaleString()} changed, the most by ${Math.round(replay.maxDrift * 100)} pts.`
    : '.');

/** The workspace's trust model settings; admins edit them and every score is replayed. */
export const TrustSettingsPage = () => {
  useDocumentTitle('Trust settings');
  const loaded = useResource('trust-settings', (signal) => getTrustSettings(signal));
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [replay, setReplay] = useState<TrustReplay | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  if (loaded.problem !== null) {
    return (
      <div className="page">
        <h1 className="page__title">Trust settings</h1>
        <Alert title={loaded.problem.title}>{loaded.problem.detail}</Alert>
      </div>
    );
  }
  if (loaded.data === null) return <Loading label="Loading settings…" />;

  const canUpdate = loaded.data.abilities.update;
  const values = draft ?? toDraft(loaded.data.settings);
  // Errors point into the body (`/halfLifeDays/personal`); both sides drop the leading slash.
  const errorFor = (key: string) =>
    problem?.errors?.find((error) => error.pointer.replace(/^\/(body\/)?/, '') === key)?.detail;
  const input = (key: string, label: string, hint: string, step: number, min?: number) => (
    <TextField
      key={key}
      label={label}
      type="number"
      value={values[key] ?? ''}
      onChange={(value) => setDraft({ ...values, [key]: value })}
      step={step}
      min={min}
      hint={hint}
      readOnly={!canUpdate}
      isRequired={canUpdate}
      error={errorFor(key)}
    />
  );

  const onSubmit = async () => {
    setProblem(null);
    setReplay(null);
    setIsSaving(true);
    try {
      const saved = await updateTrustSettings(toSettings(values));
      loaded.replace({ settings: saved.settings, abilities: saved.abilities });
      setDraft(null);
      setReplay(saved.replay);
    } catch (error) {
      setProblem(toApiProblem(error));
    } finally {
      setIsSaving(false);
    }
  };
  const otherErrors = (problem?.errors ?? [])
    .filter((error) => !(error.pointer.replace(/^\/(body\/)?/, '') in values))
    .map((error) => `${error.pointer}: ${error.detail}`);

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Trust settings</h1>
          <p className="page__subtitle">
            The parameters of the trust model for this workspace. Saving replays every score from
            the evidence ledger.
          </p>
        </div>
      </header>
      {!canUpdate ? (
        <Alert tone="info">Only workspace owners and admins can change these settings.</Alert>
      ) : null}
      {replay !== null ? (
        <Alert tone="info" title="Settings saved">
          {replaySummary(replay)}
        </Alert>
      ) : null}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <FormError
          // The top message only when some error sits beside no field.
          message={
            problem !== null && (otherErrors.length > 0 || (problem.errors ?? []).length === 0)
              ? problem.detail
              : undefined
          }
          otherErrors={otherErrors}
        />
        <Section
          title="Half-lives"
          description="Evidence loses half its weight after this many days; a longer half-life makes a dimension move more slowly."
        >
          <div className="settings-grid">
            {dimensions.map((dimension) =>
              input(
                `halfLifeDays/${dimension}`,
                `${labels.dimension[dimension]} (days)`,
                '1–3,650 days.',
                1,
                1,
              ),
            )}
          </div>
        </Section>
        <Section
          title="Model"
          description="How evidence becomes an opinion, and when it is enough."
        >
          <div className="settings-grid">
            {scalarFields.map((field) => input(field.key, field.label, field.hint, field.step, 0))}
          </div>
        </Section>
        <Section
          title="Role weights"
          description="How much each buying role counts when stakeholder opinions are combined into the account's score, 0–1."
        >
          <div className="settings-grid">
            {buyingRoles.map((role) =>
              input(`roleWeights/${role}`, labels.buyingRole[role], '0–1.', 0.05, 0),
            )}
          </div>
        </Section>
        {canUpdate ? (
          <div className="form__actions">
            <button
              type="button"
              className="button button--secondary"
              disabled={draft === null || isSaving}
              onClick={() => {
                setDraft(null);
                setProblem(null);
              }}
            >
              Reset
            </button>
            <button type="submit" className="button button--primary" disabled={isSaving}>
              {isSaving ? 'Saving and replaying…' : 'Save'}
            </button>
          </div>
        ) : null}
      </form>
    </div>
  );
};
