import { limits } from '@fulcrum/core';
import { TextAreaField, TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { isoDateDaysAgo } from '../../trust/format.ts';
import { createValueDelivery, updateValueDelivery } from '../api.ts';
import type { ValueDelivery, ValueDeliveryInput } from '../api.ts';

/** Records value delivered to `accountId`, or edits `record`. */
export const ValueDeliveryForm = ({
  accountId,
  record,
  onSaved,
  onCancel,
}: RecordFormProps<ValueDelivery> & { accountId: string }) => {
  const form = useRecordForm({
    initialValues: {
      name: record?.name ?? '',
      description: record?.description ?? '',
      deliveredOn: record?.deliveredOn ?? isoDateDaysAgo(0),
    },
    record,
    onSaved,
    create: (input: ValueDeliveryInput) => createValueDelivery(accountId, input),
    update: updateValueDelivery,
  });
  return (
    <RecordForm
      form={form}
      onCancel={onCancel}
      onSubmit={() =>
        form.save({
          name: form.values.name.trim(),
          description: toNullable(form.values.description),
          deliveredOn: form.values.deliveredOn,
        })
      }
    >
      <TextField
        label="What we delivered"
        {...form.field('name')}
        isRequired
        maxLength={limits.nameMax}
      />
      <TextField
        label="Delivered on"
        type="date"
        {...form.field('deliveredOn')}
        isRequired
        max={isoDateDaysAgo(0)}
      />
      <TextAreaField
        label="Description"
        {...form.field('description')}
        maxLength={limits.notesMax}
      />
    </RecordForm>
  );
};
