import { dimensions, labels, limits } from '@fulcrum/core';
import { useState } from 'react';
import { useResource } from '../../../api/use-cursor-list.ts';
import { SelectField, TextAreaField, TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useFormProblem } from '../../../ui/use-form-problem.ts';
import { listAllSignals } from '../../signals/api.ts';
import type { Signal } from '../../signals/api.ts';
import { listTeamMembers } from '../../team-members/api.ts';
import { isoDateDaysAgo } from '../../trust/format.ts';
import { createObservation } from '../api.ts';
import type { Observation } from '../api.ts';

/** A stakeholder or opportunity the observation can be about. */
export type ObservationSubject = { id: string; name: string };

const fields = [
  'signalId',
  'stakeholderId',
  'opportunityId',
  'teamMemberId',
  'observedAt',
  'weight',
  'note',
] as const;

/** How a signal reads in the picker: its sign first, so trust and its absence stand apart. */
export const signalOptionLabel = (signal: Pick<Signal, 'name' | 'polarity'>): string =>
  `${signal.polarity > 0 ? '+' : '−'} ${signal.name}`;

/** Logs one observation on `accountId`: which signal, about whom, when, and a note. */
export const ObservationForm = ({
  accountId,
  stakeholders,
  opportunities,
  onSaved,
  onCancel,
}: {
  accountId: string;
  stakeholders: readonly ObservationSubject[];
  opportunities: readonly ObservationSubject[];
  onSaved: (observation: Observation) => void;
  onCancel: () => void;
}) => {
  const choices = useResource('observation-choices', async (signal) => {
    const [signals, teamMembers] = await Promise.all([
      listAllSignals(undefined, signal),
      listTeamMembers({ sort: 'name', limit: limits.pageSizeMax }, signal),
    ]);
    return { signals: signals.data, teamMembers: teamMembers.data };
  });
  const [values, setValues] = useState({
    signalId: '',
    stakeholderId: '',
    opportunityId: '',
    teamMemberId: '',
    observedAt: isoDateDaysAgo(0),
    weight: '',
    note: '',
  });
  const [isSaving, setIsSaving] = useState(false);
  const problem = useFormProblem(fields);
  const set = (name: keyof typeof values) => (value: string) =>
    setValues((previous) => ({ ...previous, [name]: value }));

  const signals = choices.data?.signals ?? [];
  const selected = signals.find((signal) => signal.id === values.signalId);
  const signalHint =
    selected === undefined
      ? 'What did you see? Signals with + show trust, those with − show its absence.'
      : `${selected.polarity > 0 ? 'Shows trust' : 'Shows its absence'} in ${labels.dimension[selected.dimension].toLowerCase()} trust · default weight ${selected.defaultWeight}${selected.description === null ? '' : ` · ${selected.description}`}`;

  const onSubmit = async () => {
    problem.clear();
    setIsSaving(true);
    try {
      const weight = values.weight.trim() === '' ? null : Number(values.weight);
      onSaved(
        await createObservation({
          signalId: values.signalId,
          accountId,
          stakeholderId: toNullable(values.stakeholderId),
          opportunityId: toNullable(values.opportunityId),
          teamMemberId: toNullable(values.teamMemberId),
          observedAt: values.observedAt,
          weight,
          note: toNullable(values.note),
        }),
      );
    } catch (error) {
      problem.setProblem(error);
    } finally {
      setIsSaving(false);
    }
  };

  const toChoices = (subjects: readonly ObservationSubject[]) =>
    subjects.map((subject) => ({ value: subject.id, label: subject.name }));

  return (
    <RecordForm
      form={{ problem, isSaving }}
      onSubmit={onSubmit}
      onCancel={onCancel}
      notice={
        choices.problem === null
          ? undefined
          : `The signals could not be loaded: ${choices.problem.detail}`
      }
    >
      <SelectField
        label="Signal"
        value={values.signalId}
        onChange={set('signalId')}
        options={[]}
        groups={dimensions.map((dimension) => ({
          label: labels.dimension[dimension],
          options: signals
            .filter((signal) => signal.dimension === dimension)
            .map((signal) => ({ value: signal.id, label: signalOptionLabel(signal) })),
        }))}
        placeholder={choices.data === null ? 'Loading signals…' : 'Choose a signal'}
        isRequired
        hint={signalHint}
        error={problem.fieldError('signalId')}
      />
      <div className="form__row">
        <SelectField
          label="Stakeholder"
          value={values.stakeholderId}
          onChange={set('stakeholderId')}
          options={toChoices(stakeholders)}
          placeholder="The account as a whole"
          error={problem.fieldError('stakeholderId')}
        />
        <SelectField
          label="Team member"
          value={values.teamMemberId}
          onChange={set('teamMemberId')}
          options={(choices.data?.teamMembers ?? []).map((member) => ({
            value: member.id,
            label: member.name,
          }))}
          placeholder="None"
          hint="For personal trust: which of our people it is about."
          error={problem.fieldError('teamMemberId')}
        />
      </div>
      <SelectField
        label="Opportunity"
        value={values.opportunityId}
        onChange={set('opportunityId')}
        options={toChoices(opportunities)}
        placeholder="None"
        error={problem.fieldError('opportunityId')}
      />
      <div className="form__row">
        <TextField
          label="Date"
          type="date"
          value={values.observedAt}
          onChange={set('observedAt')}
          max={isoDateDaysAgo(0)}
          isRequired
          error={problem.fieldError('observedAt')}
        />
        <TextField
          label="Weight"
          type="number"
          value={values.weight}
          onChange={set('weight')}
          min={0.05}
          max={1}
          step={0.05}
          placeholder={selected === undefined ? '0–1' : String(selected.defaultWeight)}
          hint="Empty uses the signal's default weight."
          error={problem.fieldError('weight')}
        />
      </div>
      <TextAreaField
        label="Note"
        value={values.note}
        onChange={set('note')}
        maxLength={limits.notesMax}
        error={problem.fieldError('note')}
      />
    </RecordForm>
  );
};
