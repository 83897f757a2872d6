import { limits } from '@fulcrum/core';
import { TextAreaField, TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { createAccount, updateAccount } from '../api.ts';
import type { Account } from '../api.ts';

/** Creates an account, or edits `record` when given; calls `onSaved` with the result. */
export const AccountForm = ({ record: account, onSaved, onCancel }: RecordFormProps<Account>) => {
  const form = useRecordForm({
    initialValues: {
      name: account?.name ?? '',
      domain: account?.domain ?? '',
      industry: account?.industry ?? '',
      notes: account?.notes ?? '',
    },
    record: account,
    onSaved,
    create: createAccount,
    update: updateAccount,
  });
  const { values } = form;

  const onSubmit = () =>
    form.save({
      name: values.name.trim(),
      domain: toNullable(values.domain),
      industry: toNullable(values.industry),
      notes: toNullable(values.notes),
    });

  return (
    <RecordForm form={form} onSubmit={onSubmit} onCancel={onCancel}>
      <TextField label="Name" {...form.field('name')} isRequired maxLength={limits.nameMax} />
      <TextField
        label="Domain"
        {...form.field('domain')}
        maxLength={limits.domainMax}
        placeholder="example.com"
      />
      <TextField label="Industry" {...form.field('industry')} maxLength={limits.titleMax} />
      <TextAreaField label="Notes" {...form.field('notes')} maxLength={limits.notesMax} />
    </RecordForm>
  );
};
