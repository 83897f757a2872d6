import { dimensions, labels, limits } from '@fulcrum/core';
import type { Dimension } from '@fulcrum/core';
import { SelectField, TextAreaField, TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { toOptions } from '../../../ui/options.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { createSignal, updateSignal } from '../api.ts';
import type { Signal, SignalInput } from '../api.ts';

const polarityOptions = [
  { value: '1', label: 'Shows trust (+)' },
  { value: '-1', label: 'Shows its absence (−)' },
];

/** Adds a signal to the catalogue, or edits `record`; dimension and polarity are fixed once used. */
export const SignalForm = ({ record: signal, onSaved, onCancel }: RecordFormProps<Signal>) => {
  const form = useRecordForm({
    initialValues: {
      name: signal?.name ?? '',
      description: signal?.description ?? '',
      dimension: signal?.dimension ?? 'personal',
      polarity: String(signal?.polarity ?? 1),
      defaultWeight: String(signal?.defaultWeight ?? 0.5),
    },
    record: signal,
    onSaved,
    create: createSignal,
    // Only these three can change; the rest of the input is what the signal already says.
    update: (id, changes) =>
      updateSignal(id, {
        name: changes.name,
        description: changes.description,
        defaultWeight: changes.defaultWeight,
      }),
  });
  const { values, problem } = form;
  const isNew = signal === undefined;

  const onSubmit = () =>
    form.save({
      name: values.name.trim(),
      description: toNullable(values.description),
      dimension: values.dimension,
      polarity: values.polarity === '-1' ? -1 : 1,
      defaultWeight: Number(values.defaultWeight),
    } satisfies SignalInput);

  return (
    <RecordForm form={form} onSubmit={onSubmit} onCancel={onCancel}>
      <TextField label="Name" {...form.field('name')} isRequired maxLength={limits.nameMax} />
      <TextAreaField
        label="Description"
        {...form.field('description')}
        maxLength={limits.notesMax}
      />
      <div className="form__row">
        <SelectField
          label="Dimension"
          value={values.dimension}
          onChange={(value) => form.set('dimension', value as Dimension)}
          options={toOptions(dimensions, labels.dimension)}
          isDisabled={!isNew}
          isRequired
          error={problem.fieldError('dimension')}
        />
        <SelectField
          label="Polarity"
          value={values.polarity}
          onChange={(value) => form.set('polarity', value)}
          options={polarityOptions}
          isDisabled={!isNew}
          isRequired
          error={problem.fieldError('polarity')}
        />
      </div>
      {!isNew ? (
        <p className="field__hint">
          Dimension and polarity are fixed: past observations were recorded with this meaning.
          Archive the signal and add a new one to change them.
        </p>
      ) : null}
      <TextField
        label="Default weight"
        type="number"
        min={0.05}
        max={1}
        step={0.05}
        {...form.field('defaultWeight')}
        isRequired
        hint="How much one observation counts, from just above 0 to 1."
      />
    </RecordForm>
  );
};
