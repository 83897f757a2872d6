import { limits } from '@fulcrum/core';
import { SelectField, TextAreaField, TextField } from '../../../ui/field.tsx';
import type { SelectOption } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { useTeamMemberOptions } from '../../team-members/hooks/use-team-member-options.ts';
import { createAccount, updateAccount } from '../api.ts';
import type { Account } from '../api.ts';

/** Keeps the current owner selectable even when they are archived (and so not in the list). */
const withCurrentOwner = (options: SelectOption[] | null, account: Account | undefined) => {
  const list = options ?? [];
  if (
    account?.ownerTeamMemberId == null ||
    list.some((option) => option.value === account.ownerTeamMemberId)
  )
    return list;
  return [
    { value: account.ownerTeamMemberId, label: account.ownerName ?? 'Current owner' },
    ...list,
  ];
};

/** Creates an account, or edits `record` when given; calls `onSaved` with the result. */
export const AccountForm = ({ record: account, onSaved, onCancel }: RecordFormProps<Account>) => {
  const owners = useTeamMemberOptions();
  const form = useRecordForm({
    initialValues: {
      name: account?.name ?? '',
      domain: account?.domain ?? '',
      industry: account?.industry ?? '',
      notes: account?.notes ?? '',
      ownerTeamMemberId: account?.ownerTeamMemberId ?? '',
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
      ownerTeamMemberId: toNullable(values.ownerTeamMemberId),
    });

  return (
    <RecordForm form={form} onSubmit={onSubmit} onCancel={onCancel} notice={owners.problem?.detail}>
      <TextField label="Name" {...form.field('name')} isRequired maxLength={limits.nameMax} />
      <SelectField
        label="Owner"
        {...form.field('ownerTeamMemberId')}
        options={withCurrentOwner(owners.options, account)}
        placeholder={
          owners.options === null && owners.problem === null ? 'Loading…' : 'No owner yet'
        }
        hint="The team member who answers for this account"
      />
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
