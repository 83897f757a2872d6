import { limits } from '@fulcrum/core';
import { TextAreaField, TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { createCompetitor, updateCompetitor } from '../api.ts';
import type { Competitor, CompetitorInput } from '../api.ts';

/** Adds a competitor to `opportunityId`, or edits `record` when given. */
export const CompetitorForm = ({
  opportunityId,
  record: competitor,
  onSaved,
  onCancel,
}: RecordFormProps<Competitor> & { opportunityId: string }) => {
  const form = useRecordForm({
    initialValues: { name: competitor?.name ?? '', notes: competitor?.notes ?? '' },
    record: competitor,
    onSaved,
    create: (input: CompetitorInput) => createCompetitor(opportunityId, input),
    update: updateCompetitor,
  });
  const { values } = form;

  const onSubmit = () => form.save({ name: values.name.trim(), notes: toNullable(values.notes) });

  return (
    <RecordForm form={form} onSubmit={onSubmit} onCancel={onCancel}>
      <TextField label="Name" {...form.field('name')} isRequired maxLength={limits.nameMax} />
      <TextAreaField label="Notes" {...form.field('notes')} maxLength={limits.notesMax} />
    </RecordForm>
  );
};
