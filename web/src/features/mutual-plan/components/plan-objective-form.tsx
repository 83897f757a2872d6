import { limits } from '@fulcrum/core';
import { SelectField, TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { createPlanObjective, updatePlanObjective } from '../api.ts';
import type { PlanObjective, PlanObjectiveInput, PlanObjectiveStatus } from '../api.ts';
import { objectiveStatusLabels } from './plan-labels.ts';

type Person = { id: string; name: string };

const toChoices = (people: readonly Person[]) =>
  people.map((person) => ({ value: person.id, label: person.name }));

/** Adds a shared objective to `accountId`, or edits `record`. */
export const PlanObjectiveForm = ({
  accountId,
  teamMembers,
  stakeholders,
  record,
  onSaved,
  onCancel,
}: RecordFormProps<PlanObjective> & {
  accountId: string;
  teamMembers: readonly Person[];
  stakeholders: readonly Person[];
}) => {
  const form = useRecordForm({
    initialValues: {
      name: record?.name ?? '',
      ourOwnerTeamMemberId: record?.ourOwnerTeamMemberId ?? '',
      theirOwnerStakeholderId: record?.theirOwnerStakeholderId ?? '',
      targetOn: record?.targetOn ?? '',
      status: record?.status ?? 'open',
    },
    record,
    onSaved,
    create: (input: PlanObjectiveInput) => createPlanObjective(accountId, input),
    update: updatePlanObjective,
  });
  const { values, problem } = form;
  return (
    <RecordForm
      form={form}
      onCancel={onCancel}
      onSubmit={() =>
        form.save({
          name: values.name.trim(),
          ourOwnerTeamMemberId: toNullable(values.ourOwnerTeamMemberId),
          theirOwnerStakeholderId: toNullable(values.theirOwnerStakeholderId),
          targetOn: toNullable(values.targetOn),
          status: values.status,
        })
      }
    >
      <TextField label="Objective" {...form.field('name')} isRequired maxLength={limits.nameMax} />
      <div className="form__row">
        <SelectField
          label="Our owner"
          {...form.field('ourOwnerTeamMemberId')}
          options={toChoices(teamMembers)}
          placeholder="Nobody yet"
        />
        <SelectField
          label="Their owner"
          {...form.field('theirOwnerStakeholderId')}
          options={toChoices(stakeholders)}
          placeholder="Nobody yet"
        />
      </div>
      <div className="form__row">
        <TextField label="Target date" type="date" {...form.field('targetOn')} />
        <SelectField
          label="Status"
          value={values.status}
          onChange={(value) => form.set('status', value as PlanObjectiveStatus)}
          options={Object.entries(objectiveStatusLabels).map(([value, label]) => ({
            value,
            label,
          }))}
          error={problem.fieldError('status')}
        />
      </div>
    </RecordForm>
  );
};
