import { buyingRoles, labels, limits, seniorityLevels } from '@fulcrum/core';
import type { BuyingRole, SeniorityLevel, StakeholderStatus } from '@fulcrum/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { FormError } from '../../../ui/alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../ui/field.tsx';
import { changedFields, toNullable } from '../../../ui/format.ts';
import { toOptions } from '../../../ui/options.ts';
import { useFormProblem } from '../../../ui/use-form-problem.ts';
import { createStakeholder, updateStakeholder } from '../api.ts';
import type { Stakeholder, StakeholderInput } from '../api.ts';

const fields = [
  'name',
  'title',
  'email',
  'buyingRole',
  'seniority',
  'status',
  'leftOn',
  'notes',
] as const;

const statusOptions = [
  { value: 'active', label: 'Active' },
  { value: 'left', label: 'Left the account' },
];

/** Adds a stakeholder to `accountId`, or edits `stakeholder` when given. */
export const StakeholderForm = ({
  accountId,
  stakeholder,
  onSaved,
  onCancel,
}: {
  accountId: string;
  stakeholder?: Stakeholder | undefined;
  onSaved: (stakeholder: Stakeholder) => void;
  onCancel: () => void;
}) => {
  const [name, setName] = useState(stakeholder?.name ?? '');
  const [title, setTitle] = useState(stakeholder?.title ?? '');
  const [email, setEmail] = useState(stakeholder?.email ?? '');
  const [buyingRole, setBuyingRole] = useState<BuyingRole>(stakeholder?.buyingRole ?? 'influencer');
  const [seniority, setSeniority] = useState<SeniorityLevel>(stakeholder?.seniority ?? 'manager');
  const [status, setStatus] = useState<StakeholderStatus>(stakeholder?.status ?? 'active');
  const [leftOn, setLeftOn] = useState(stakeholder?.leftOn ?? '');
  const [notes, setNotes] = useState(stakeholder?.notes ?? '');
  const [isSaving, setIsSaving] = useState(false);
  const problem = useFormProblem(fields);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    problem.clear();
    const input: StakeholderInput = {
      name: name.trim(),
      title: toNullable(title),
      email: toNullable(email),
      buyingRole,
      seniority,
      status,
      leftOn: status === 'left' ? toNullable(leftOn) : null,
      notes: toNullable(notes),
    };
    setIsSaving(true);
    try {
      if (stakeholder === undefined) {
        onSaved(await createStakeholder(accountId, input));
      } else {
        const changes = changedFields<StakeholderInput>(stakeholder, input);
        onSaved(
          Object.keys(changes).length === 0
            ? stakeholder
            : await updateStakeholder(stakeholder.id, changes),
        );
      }
    } catch (error) {
      problem.setProblem(error);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError message={problem.formError} otherErrors={problem.otherErrors} />
      <TextField
        label="Name"
        value={name}
        onChange={setName}
        isRequired
        maxLength={limits.nameMax}
        error={problem.fieldError('name')}
      />
      <div className="form__row">
        <TextField
          label="Title"
          value={title}
          onChange={setTitle}
          maxLength={limits.titleMax}
          error={problem.fieldError('title')}
        />
        <TextField
          label="Email"
          type="email"
          value={email}
          onChange={setEmail}
          maxLength={limits.emailMax}
          error={problem.fieldError('email')}
        />
      </div>
      <div className="form__row">
        <SelectField
          label="Buying role"
          value={buyingRole}
          onChange={(value) => setBuyingRole(value as BuyingRole)}
          options={toOptions(buyingRoles, labels.buyingRole)}
          isRequired
          error={problem.fieldError('buyingRole')}
        />
        <SelectField
          label="Seniority"
          value={seniority}
          onChange={(value) => setSeniority(value as SeniorityLevel)}
          options={toOptions(seniorityLevels, labels.seniority)}
          isRequired
          error={problem.fieldError('seniority')}
        />
      </div>
      <div className="form__row">
        <SelectField
          label="Status"
          value={status}
          onChange={(value) => setStatus(value as StakeholderStatus)}
          options={statusOptions}
          error={problem.fieldError('status')}
        />
        {status === 'left' ? (
          <TextField
            label="Left on"
            type="date"
            value={leftOn}
            onChange={setLeftOn}
            isRequired
            error={problem.fieldError('leftOn')}
          />
        ) : (
          <div />
        )}
      </div>
      <TextAreaField
        label="Notes"
        value={notes}
        onChange={setNotes}
        maxLength={limits.notesMax}
        error={problem.fieldError('notes')}
      />
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
};
