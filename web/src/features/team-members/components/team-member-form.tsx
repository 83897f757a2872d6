import { limits } from '@fulcrum/core';
import { TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { createTeamMember, updateTeamMember } from '../api.ts';
import type { TeamMember } from '../api.ts';

/** Adds a team member, or edits `record` when given. */
export const TeamMemberForm = ({
  record: teamMember,
  onSaved,
  onCancel,
}: RecordFormProps<TeamMember>) => {
  const form = useRecordForm({
    initialValues: {
      name: teamMember?.name ?? '',
      email: teamMember?.email ?? '',
      title: teamMember?.title ?? '',
    },
    record: teamMember,
    onSaved,
    create: createTeamMember,
    update: updateTeamMember,
  });
  const { values } = form;

  const onSubmit = () =>
    form.save({
      name: values.name.trim(),
      email: toNullable(values.email),
      title: toNullable(values.title),
    });

  return (
    <RecordForm form={form} onSubmit={onSubmit} onCancel={onCancel}>
      <TextField label="Name" {...form.field('name')} isRequired maxLength={limits.nameMax} />
      <TextField label="Email" type="email" {...form.field('email')} maxLength={limits.emailMax} />
      <TextField label="Title" {...form.field('title')} maxLength={limits.titleMax} />
    </RecordForm>
  );
};
