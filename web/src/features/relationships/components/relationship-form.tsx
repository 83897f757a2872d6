import { limits } from '@fulcrum/core';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { toApiProblem } from '../../../api/client.ts';
import { FormError } from '../../../ui/alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../ui/field.tsx';
import type { SelectOption } from '../../../ui/field.tsx';
import { changedFields, toNullable } from '../../../ui/format.ts';
import { useFormProblem } from '../../../ui/use-form-problem.ts';
import { listStakeholders } from '../../stakeholders/api.ts';
import { listTeamMembers } from '../../team-members/api.ts';
import { createRelationship, updateRelationship } from '../api.ts';
import type { Relationship, RelationshipInput } from '../api.ts';

const fields = ['teamMemberId', 'stakeholderId', 'strength', 'lastContactOn', 'notes'] as const;

const strengthOptions: SelectOption[] = Array.from(
  { length: limits.relationshipStrengthMax - limits.relationshipStrengthMin + 1 },
  (_, index) => {
    const value = limits.relationshipStrengthMin + index;
    return { value: String(value), label: String(value) };
  },
);

/** Loads the team members and the account's stakeholders offered by the form's selects. */
const useChoices = (accountId: string) => {
  const [teamMembers, setTeamMembers] = useState<SelectOption[] | null>(null);
  const [stakeholders, setStakeholders] = useState<SelectOption[] | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    const limit = limits.pageSizeMax;
    Promise.all([
      listTeamMembers({ sort: 'name', limit }, controller.signal),
      listStakeholders(accountId, { sort: 'name', limit }, controller.signal),
    ]).then(
      ([teamMemberPage, stakeholderPage]) => {
        setTeamMembers(teamMemberPage.data.map((item) => ({ value: item.id, label: item.name })));
        setStakeholders(
          stakeholderPage.data.map((item) => ({
            value: item.id,
            label: item.title === null ? item.name : `${item.name} (${item.title})`,
          })),
        );
      },
      (reason: unknown) => {
        if (!controller.signal.aborted) setError(toApiProblem(reason).detail);
      },
    );
    return () => controller.abort();
  }, [accountId]);
  return { teamMembers, stakeholders, error };
};

/** Keeps the current choice selectable even when it is archived (and so not in the list). */
const withCurrent = (
  options: SelectOption[] | null,
  current: { id: string; name: string } | undefined,
): SelectOption[] => {
  const list = options ?? [];
  if (current === undefined || list.some((option) => option.value === current.id)) return list;
  return [{ value: current.id, label: current.name }, ...list];
};

/** Records a relationship on an account, or edits `relationship` when given. */
export const RelationshipForm = ({
  accountId,
  relationship,
  onSaved,
  onCancel,
}: {
  accountId: string;
  relationship?: Relationship | undefined;
  onSaved: (relationship: Relationship) => void;
  onCancel: () => void;
}) => {
  const choices = useChoices(accountId);
  const [teamMemberId, setTeamMemberId] = useState(relationship?.teamMember.id ?? '');
  const [stakeholderId, setStakeholderId] = useState(relationship?.stakeholder.id ?? '');
  const [strength, setStrength] = useState(String(relationship?.strength ?? 3));
  const [lastContactOn, setLastContactOn] = useState(relationship?.lastContactOn ?? '');
  const [notes, setNotes] = useState(relationship?.notes ?? '');
  const [isSaving, setIsSaving] = useState(false);
  const problem = useFormProblem(fields);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    problem.clear();
    const input: RelationshipInput = {
      teamMemberId,
      stakeholderId,
      strength: Number(strength),
      lastContactOn: toNullable(lastContactOn),
      notes: toNullable(notes),
    };
    setIsSaving(true);
    try {
      if (relationship === undefined) {
        onSaved(await createRelationship(input));
      } else {
        const previous: RelationshipInput = {
          teamMemberId: relationship.teamMember.id,
          stakeholderId: relationship.stakeholder.id,
          strength: relationship.strength,
          lastContactOn: relationship.lastContactOn,
          notes: relationship.notes,
        };
        const changes = changedFields(previous, input);
        onSaved(
          Object.keys(changes).length === 0
            ? relationship
            : await updateRelationship(relationship.id, changes),
        );
      }
    } catch (error) {
      problem.setProblem(error);
    } finally {
      setIsSaving(false);
    }
  };

  const isLoadingChoices = choices.teamMembers === null && choices.error === undefined;
  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError message={problem.formError ?? choices.error} otherErrors={problem.otherErrors} />
      <div className="form__row">
        <SelectField
          label="Team member"
          value={teamMemberId}
          onChange={setTeamMemberId}
          options={withCurrent(choices.teamMembers, relationship?.teamMember)}
          placeholder={isLoadingChoices ? 'Loading…' : 'Choose a team member'}
          isRequired
          error={problem.fieldError('teamMemberId')}
        />
        <SelectField
          label="Stakeholder"
          value={stakeholderId}
          onChange={setStakeholderId}
          options={withCurrent(choices.stakeholders, relationship?.stakeholder)}
          placeholder={isLoadingChoices ? 'Loading…' : 'Choose a stakeholder'}
          isRequired
          error={problem.fieldError('stakeholderId')}
        />
      </div>
      <div className="form__row">
        <SelectField
          label="Strength"
          value={strength}
          onChange={setStrength}
          options={strengthOptions}
          hint="1: barely acquainted · 5: they would call us first"
          error={problem.fieldError('strength')}
        />
        <TextField
          label="Last contact"
          type="date"
          value={lastContactOn}
          onChange={setLastContactOn}
          error={problem.fieldError('lastContactOn')}
        />
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
