import { limits } from '@fulcrum/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { FormError } from '../../../ui/alert.tsx';
import { TextAreaField, TextField } from '../../../ui/field.tsx';
import { changedFields, toNullable } from '../../../ui/format.ts';
import { useFormProblem } from '../../../ui/use-form-problem.ts';
import { createAccount, updateAccount } from '../api.ts';
import type { Account, AccountInput } from '../api.ts';

const fields = ['name', 'domain', 'industry', 'notes'] as const;

/** Creates an account, or edits `account` when given; calls `onSaved` with the result. */
export const AccountForm = ({
  account,
  onSaved,
  onCancel,
}: {
  account?: Account | undefined;
  onSaved: (account: Account) => void;
  onCancel: () => void;
}) => {
  const [name, setName] = useState(account?.name ?? '');
  const [domain, setDomain] = useState(account?.domain ?? '');
  const [industry, setIndustry] = useState(account?.industry ?? '');
  const [notes, setNotes] = useState(account?.notes ?? '');
  const [isSaving, setIsSaving] = useState(false);
  const problem = useFormProblem(fields);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    problem.clear();
    const input: AccountInput = {
      name: name.trim(),
      domain: toNullable(domain),
      industry: toNullable(industry),
      notes: toNullable(notes),
    };
    setIsSaving(true);
    try {
      if (account === undefined) {
        onSaved(await createAccount(input));
      } else {
        const changes = changedFields<AccountInput>(account, input);
        onSaved(
          Object.keys(changes).length === 0 ? account : await updateAccount(account.id, changes),
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
      <TextField
        label="Domain"
        value={domain}
        onChange={setDomain}
        maxLength={limits.domainMax}
        placeholder="example.com"
        error={problem.fieldError('domain')}
      />
      <TextField
        label="Industry"
        value={industry}
        onChange={setIndustry}
        maxLength={limits.titleMax}
        error={problem.fieldError('industry')}
      />
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
