import { limits } from '@fulcrum/core';
import { TextAreaField, TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { isoDateDaysAgo } from '../../trust/format.ts';
import { createPlanRequirement, updatePlanRequirement } from '../api.ts';
import type { PlanRequirement, PlanRequirementInput } from '../api.ts';

/** Adds a requirement with our response to `accountId`, or edits `record`. */
export const PlanRequirementForm = ({
  accountId,
  record,
  onSaved,
  onCancel,
}: RecordFormProps<PlanRequirement> & { accountId: string }) => {
  const form = useRecordForm({
    initialValues: {
      name: record?.name ?? '',
      response: record?.response ?? '',
      confirmedOn: record?.confirmedOn ?? '',
    },
    record,
    onSaved,
    create: (input: PlanRequirementInput) => createPlanRequirement(accountId, input),
    update: updatePlanRequirement,
  });
  return (
    <RecordForm
      form={form}
      onCancel={onCancel}
      onSubmit={() =>
        form.save({
          name: form.values.name.trim(),
          response: toNullable(form.values.response),
          confirmedOn: toNullable(form.values.confirmedOn),
        })
      }
    >
      <TextField
        label="Requirement"
        {...form.field('name')}
        isRequired
        maxLength={limits.nameMax}
        hint="What the account needs, in its own terms."
      />
      <TextAreaField label="Our response" {...form.field('response')} maxLength={limits.notesMax} />
      <TextField
        label="Confirmed by the account on"
        type="date"
        {...form.field('confirmedOn')}
        max={isoDateDaysAgo(0)}
        hint="Leave empty until the account has agreed that we understood it right."
      />
    </RecordForm>
  );
};
