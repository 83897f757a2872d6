import { limits } from '@fulcrum/core';
import { TextAreaField, TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { createPlanGoal, updatePlanGoal } from '../api.ts';
import type { PlanGoal, PlanGoalInput } from '../api.ts';

/** Adds an initiative (no `parentId`) or a success factor of `parentId`, or edits `record`. */
export const PlanGoalForm = ({
  accountId,
  parentId,
  record,
  onSaved,
  onCancel,
}: RecordFormProps<PlanGoal> & { accountId: string; parentId: string | null }) => {
  const form = useRecordForm({
    initialValues: { name: record?.name ?? '', description: record?.description ?? '' },
    record,
    onSaved,
    create: (input: PlanGoalInput) => createPlanGoal(accountId, input),
    update: (id, changes) =>
      updatePlanGoal(id, { name: changes.name, description: changes.description }),
  });
  const isFactor = (record?.parentId ?? parentId) !== null;
  return (
    <RecordForm
      form={form}
      onCancel={onCancel}
      onSubmit={() =>
        form.save({
          kind: isFactor ? 'success_factor' : 'initiative',
          parentId: record?.parentId ?? parentId,
          name: form.values.name.trim(),
          description: toNullable(form.values.description),
        })
      }
    >
      <TextField
        label={isFactor ? 'Success factor' : 'Initiative'}
        {...form.field('name')}
        isRequired
        maxLength={limits.nameMax}
        hint={
          isFactor
            ? 'What must go right for the initiative to succeed.'
            : 'A programme the account runs to serve its strategy.'
        }
      />
      <TextAreaField
        label="Description"
        {...form.field('description')}
        maxLength={limits.notesMax}
      />
    </RecordForm>
  );
};
