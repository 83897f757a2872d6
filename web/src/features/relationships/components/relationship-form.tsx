import { limits } from '@fulcrum/core';
import { useEffect, useState } from 'react';
import { toApiProblem } from '../../../api/client.ts';
import { SelectField, TextAreaField, TextField } from '../../../ui/field.tsx';
import type { SelectOption } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { listStakeholders } from '../../stakeholders/api.ts';
import { listTeamMembers } from '../../team-members/api.ts';
import { createRelationship, updateRelationship } from '../api.ts';
import type { Relationship, RelationshipInput } from '../api.ts';

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

/** The relationship's values as the form sends them: the people by the ids it shows. */
const toInput = (relationship: Relationship): RelationshipInput => ({
  teamMemberId: relationship.teamMember.id,
  stakeholderId: relationship.stakeholder.id,
  strength: relationship.strength,
  lastContactOn: relationship.lastContactOn,
  notes: relationship.notes,
});

/** Records a relationship on an account, or edits `record` when given. */
export const RelationshipForm = ({
  accountId,
  record: relationship,
  onSaved,
  onCancel,
}: RecordFormProps<Relationship> & { accountId: string }) => {
  const choices = useChoices(accountId);
  const form = useRecordForm({
    initialValues: {
      teamMemberId: relationship?.teamMember.id ?? '',
      stakeholderId: relationship?.stakeholder.id ?? '',
      strength: String(relationship?.strength ?? 3),
      lastContactOn: relationship?.lastContactOn ?? '',
      notes: relationship?.notes ?? '',
    },
    record: relationship,
    onSaved,
    create: createRelationship,
    update: updateRelationship,
    toInput,
  });
  const { values } = form;

  const onSubmit = () =>
    form.save({
      teamMemberId: values.teamMemberId,
      stakeholderId: values.stakeholderId,
      strength: Number(values.strength),
      lastContactOn: toNullable(values.lastContactOn),
      notes: toNullable(values.notes),
    });

  const isLoadingChoices = choices.teamMembers === null && choices.error === undefined;
  return (
    <RecordForm form={form} onSubmit={onSubmit} onCancel={onCancel} notice={choices.error}>
      <div className="form__row">
        <SelectField
          label="Team member"
          {...form.field('teamMemberId')}
          options={withCurrent(choices.teamMembers, relationship?.teamMember)}
          placeholder={isLoadingChoices ? 'Loading…' : 'Choose a team member'}
          isRequired
        />
        <SelectField
          label="Stakeholder"
          {...form.field('stakeholderId')}
          options={withCurrent(choices.stakeholders, relationship?.stakeholder)}
          placeholder={isLoadingChoices ? 'Loading…' : 'Choose a stakeholder'}
          isRequired
        />
      </div>
      <div className="form__row">
        <SelectField
          label="Strength"
          {...form.field('strength')}
          options={strengthOptions}
          hint="1: barely acquainted · 5: they would call us first"
        />
        <TextField label="Last contact" type="date" {...form.field('lastContactOn')} />
      </div>
      <TextAreaField label="Notes" {...form.field('notes')} maxLength={limits.notesMax} />
    </RecordForm>
  );
};
