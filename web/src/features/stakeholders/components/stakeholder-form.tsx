import { buyingRoles, labels, limits, seniorityLevels } from '@fulcrum/core';
import type { BuyingRole, SeniorityLevel, StakeholderStatus } from '@fulcrum/core';
import { SelectField, TextAreaField, TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { toOptions } from '../../../ui/options.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { createStakeholder, updateStakeholder } from '../api.ts';
import type { Stakeholder, StakeholderInput } from '../api.ts';

const statusOptions = [
  { value: 'active', label: 'Active' },
  { value: 'left', label: 'Left the account' },
];

/** Adds a stakeholder to `accountId`, or edits `record` when given. */
export const StakeholderForm = ({
  accountId,
  record: stakeholder,
  onSaved,
  onCancel,
}: RecordFormProps<Stakeholder> & { accountId: string }) => {
  const form = useRecordForm({
    initialValues: {
      name: stakeholder?.name ?? '',
      title: stakeholder?.title ?? '',
      email: stakeholder?.email ?? '',
      buyingRole: stakeholder?.buyingRole ?? 'influencer',
      seniority: stakeholder?.seniority ?? 'manager',
      status: stakeholder?.status ?? 'active',
      leftOn: stakeholder?.leftOn ?? '',
      notes: stakeholder?.notes ?? '',
    },
    record: stakeholder,
    onSaved,
    create: (input: StakeholderInput) => createStakeholder(accountId, input),
    update: updateStakeholder,
  });
  const { values, problem } = form;

  const onSubmit = () =>
    form.save({
      name: values.name.trim(),
      title: toNullable(values.title),
      email: toNullable(values.email),
      buyingRole: values.buyingRole,
      seniority: values.seniority,
      status: values.status,
      leftOn: values.status === 'left' ? toNullable(values.leftOn) : null,
      notes: toNullable(values.notes),
    });

  return (
    <RecordForm form={form} onSubmit={onSubmit} onCancel={onCancel}>
      <TextField label="Name" {...form.field('name')} isRequired maxLength={limits.nameMax} />
      <div className="form__row">
        <TextField label="Title" {...form.field('title')} maxLength={limits.titleMax} />
        <TextField
          label="Email"
          type="email"
          {...form.field('email')}
          maxLength={limits.emailMax}
        />
      </div>
      <div className="form__row">
        <SelectField
          label="Buying role"
          value={values.buyingRole}
          onChange={(value) => form.set('buyingRole', value as BuyingRole)}
          options={toOptions(buyingRoles, labels.buyingRole)}
          isRequired
          error={problem.fieldError('buyingRole')}
        />
        <SelectField
          label="Seniority"
          value={values.seniority}
          onChange={(value) => form.set('seniority', value as SeniorityLevel)}
          options={toOptions(seniorityLevels, labels.seniority)}
          isRequired
          error={problem.fieldError('seniority')}
        />
      </div>
      <div className="form__row">
        <SelectField
          label="Status"
          value={values.status}
          onChange={(value) => form.set('status', value as StakeholderStatus)}
          options={statusOptions}
          error={problem.fieldError('status')}
        />
        {values.status === 'left' ? (
          <TextField label="Left on" type="date" {...form.field('leftOn')} isRequired />
        ) : (
          <div />
        )}
      </div>
      <TextAreaField label="Notes" {...form.field('notes')} maxLength={limits.notesMax} />
    </RecordForm>
  );
};
