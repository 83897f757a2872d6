import { limits } from '@fulcrum/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { FormError } from '../../../ui/alert.tsx';
import { TextAreaField, TextField } from '../../../ui/field.tsx';
import { changedFields, toNullable } from '../../../ui/format.ts';
import { useFormProblem } from '../../../ui/use-form-problem.ts';
import { createCompetitor, updateCompetitor } from '../api.ts';
import type { Competitor, CompetitorInput } from '../api.ts';

const fields = ['name', 'notes'] as const;

/** Adds a competitor to `opportunityId`, or edits `competitor` when given. */
export const CompetitorForm = ({
  opportunityId,
  competitor,
  onSaved,
  onCancel,
}: {
  opportunityId: string;
  competitor?: Competitor | undefined;
  onSaved: (competitor: Competitor) => void;
  onCancel: () => void;
}) => {
  const [name, setName] = useState(competitor?.name ?? '');
  const [notes, setNotes] = useState(competitor?.notes ?? '');
  const [isSaving, setIsSaving] = useState(false);
  const problem = useFormProblem(fields);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    problem.clear();
    const input: CompetitorInput = { name: name.trim(), notes: toNullable(notes) };
    setIsSaving(true);
    try {
      if (competitor === undefined) {
        onSaved(await createCompetitor(opportunityId, input));
      } else {
        const changes = changedFields<CompetitorInput>(competitor, input);
        onSaved(
          Object.keys(changes).length === 0
            ? competitor
            : await updateCompetitor(competitor.id, changes),
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
