import { limits } from '@fulcrum/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { FormError } from '../../../ui/alert.tsx';
import { TextField } from '../../../ui/field.tsx';
import { changedFields, toNullable } from '../../../ui/format.ts';
import { useFormProblem } from '../../../ui/use-form-problem.ts';
import { createTeamMember, updateTeamMember } from '../api.ts';
import type { TeamMember, TeamMemberInput } from '../api.ts';

const fields = ['name', 'email', 'title'] as const;

/** Adds a team member, or edits `teamMember` when given. */
export const TeamMemberForm = ({
  teamMember,
  onSaved,
  onCancel,
}: {
  teamMember?: TeamMember | undefined;
  onSaved: (teamMember: TeamMember) => void;
  onCancel: () => void;
}) => {
  const [name, setName] = useState(teamMember?.name ?? '');
  const [email, setEmail] = useState(teamMember?.email ?? '');
  const [title, setTitle] = useState(teamMember?.title ?? '');
  const [isSaving, setIsSaving] = useState(false);
  const problem = useFormProblem(fields);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    problem.clear();
    const input: TeamMemberInput = {
      name: name.trim(),
      email: toNullable(email),
      title: toNullable(title),
    };
    setIsSaving(true);
    try {
      if (teamMember === undefined) {
        onSaved(await createTeamMember(input));
      } else {
        const changes = changedFields<TeamMemberInput>(teamMember, input);
        onSaved(
          Object.keys(changes).length === 0
            ? teamMember
            : await updateTeamMember(teamMember.id, changes),
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
        label="Email"
        type="email"
        value={email}
        onChange={setEmail}
        maxLength={limits.emailMax}
        error={problem.fieldError('email')}
      />
      <TextField
        label="Title"
        value={title}
        onChange={setTitle}
        maxLength={limits.titleMax}
        error={problem.fieldError('title')}
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
