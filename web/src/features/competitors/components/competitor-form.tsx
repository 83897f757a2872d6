import { limits } from '@fulcrum/core';
import { ApiProblem } from '../../../api/client.ts';
import { TextAreaField, TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { createCompetitor, updateCompetitor } from '../api.ts';
import type { Competitor, CompetitorInput } from '../api.ts';

// The form shows a percentage; the API takes a share (0–1). Rounded to 0.1 % so 0.45 shows as 45.
const toPercentText = (share: number | null | undefined): string =>
  share === null || share === undefined ? '' : String(Math.round(share * 1000) / 10);

const toShare = (text: string): number | null =>
  text.trim() === '' ? null : Number(text.trim()) / 100;

// Checked here because the server's message would speak of shares (≤ 1), not of percentages.
const estimateProblem = new ApiProblem({
  status: 400,
  code: 'validation-failed',
  title: 'Validation failed',
  detail: 'Check the capability estimate.',
  errors: [{ pointer: '/capabilityEstimate', detail: 'must be a number from 0 to 100' }],
});

/** Adds a competitor to `opportunityId`, or edits `record` when given. */
export const CompetitorForm = ({
  opportunityId,
  record: competitor,
  onSaved,
  onCancel,
}: RecordFormProps<Competitor> & { opportunityId: string }) => {
  const form = useRecordForm({
    initialValues: {
      name: competitor?.name ?? '',
      notes: competitor?.notes ?? '',
      capabilityEstimate: toPercentText(competitor?.capabilityEstimate),
    },
    record: competitor,
    onSaved,
    create: (input: CompetitorInput) => createCompetitor(opportunityId, input),
    update: updateCompetitor,
  });
  const { values } = form;

  const onSubmit = async () => {
    const capabilityEstimate = toShare(values.capabilityEstimate);
    if (
      capabilityEstimate !== null &&
      !(Number.isFinite(capabilityEstimate) && capabilityEstimate >= 0 && capabilityEstimate <= 1)
    ) {
      form.problem.setProblem(estimateProblem);
      return;
    }
    await form.save({
      name: values.name.trim(),
      notes: toNullable(values.notes),
      capabilityEstimate,
    });
  };

  return (
    <RecordForm form={form} onSubmit={onSubmit} onCancel={onCancel}>
      <TextField label="Name" {...form.field('name')} isRequired maxLength={limits.nameMax} />
      <TextField
        label="Capability estimate (%)"
        type="number"
        min={0}
        max={100}
        step={1}
        {...form.field('capabilityEstimate')}
        hint="How far you think the buying group trusts this competitor to deliver, 0–100. Leave empty if unknown."
      />
      <TextAreaField label="Notes" {...form.field('notes')} maxLength={limits.notesMax} />
    </RecordForm>
  );
};
