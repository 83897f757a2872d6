import { Badge } from '../../../ui/badge.tsx';
import { formatDate } from '../../../ui/format.ts';
import { RecordFormModal, useRecordEditor } from '../../../ui/record-form-modal.tsx';
import { RecordTable } from '../../../ui/record-table.tsx';
import { RowActions } from '../../../ui/row-actions.tsx';
import { EmptyState, Section } from '../../../ui/section.tsx';
import { updatePlanObjective } from '../api.ts';
import type { MutualPlan, PlanObjective } from '../api.ts';
import { objectiveStatusLabels, objectiveStatusTones } from './plan-labels.ts';
import { PlanObjectiveForm } from './plan-objective-form.tsx';

/** Objectives both sides share, with an owner on each side, a target date and a status. */
export const ObjectivesSection = ({
  plan,
  teamMembers,
  stakeholders,
  onChanged,
}: {
  plan: MutualPlan;
  teamMembers: readonly { id: string; name: string }[];
  stakeholders: readonly { id: string; name: string }[];
  onChanged: () => void;
}) => {
  const editor = useRecordEditor<PlanObjective>();
  return (
    <Section
      title="Shared objectives"
      description="Goals both sides work on, each with an owner on our side and on theirs."
      actions={
        plan.abilities.update ? (
          <button type="button" className="button button--primary" onClick={editor.add}>
            Add objective
          </button>
        ) : undefined
      }
    >
      {plan.objectives.length === 0 ? (
        <EmptyState>No shared objectives yet.</EmptyState>
      ) : (
        <RecordTable
          hasActions
          columns={
            <>
              <th scope="col">Objective</th>
              <th scope="col">Our owner</th>
              <th scope="col">Their owner</th>
              <th scope="col">Target</th>
              <th scope="col">Status</th>
            </>
          }
        >
          {plan.objectives.map((objective) => (
            <tr key={objective.id}>
              <td className="table__primary">{objective.name}</td>
              <td>{objective.ourOwnerName ?? '—'}</td>
              <td>{objective.theirOwnerName ?? '—'}</td>
              <td className="tabular">{formatDate(objective.targetOn)}</td>
              <td>
                <Badge tone={objectiveStatusTones[objective.status]}>
                  {objectiveStatusLabels[objective.status]}
                </Badge>
              </td>
              <td className="table__actions">
                <RowActions
                  record={objective}
                  label={objective.name}
                  onEdit={() => editor.edit(objective)}
                  setArchived={(archived) => updatePlanObjective(objective.id, { archived })}
                  onChanged={onChanged}
                />
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
      <RecordFormModal
        editor={editor}
        addTitle="Add objective"
        editTitle={(objective) => `Edit ${objective.name}`}
        onSaved={onChanged}
        renderForm={(props) => (
          <PlanObjectiveForm
            accountId={plan.accountId}
            teamMembers={teamMembers}
            stakeholders={stakeholders}
            {...props}
          />
        )}
      />
    </Section>
  );
};
