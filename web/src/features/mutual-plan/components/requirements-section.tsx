import { Badge } from '../../../ui/badge.tsx';
import { formatDate } from '../../../ui/format.ts';
import { RecordFormModal, useRecordEditor } from '../../../ui/record-form-modal.tsx';
import { RecordTable } from '../../../ui/record-table.tsx';
import { RowActions } from '../../../ui/row-actions.tsx';
import { EmptyState, Section } from '../../../ui/section.tsx';
import { updatePlanRequirement } from '../api.ts';
import type { MutualPlan, PlanRequirement } from '../api.ts';
import { PlanRequirementForm } from './plan-requirement-form.tsx';

/** The account's requirements paired with our responses, and whether the account confirmed them. */
export const RequirementsSection = ({
  plan,
  onChanged,
}: {
  plan: MutualPlan;
  onChanged: () => void;
}) => {
  const editor = useRecordEditor<PlanRequirement>();
  return (
    <Section
      title="Requirements and responses"
      description="What the account needs and how we answer it; confirmed once they agree we understood."
      actions={
        plan.abilities.update ? (
          <button type="button" className="button button--primary" onClick={editor.add}>
            Add requirement
          </button>
        ) : undefined
      }
    >
      {plan.requirements.length === 0 ? (
        <EmptyState>No requirements recorded yet.</EmptyState>
      ) : (
        <RecordTable
          hasActions
          columns={
            <>
              <th scope="col">Requirement</th>
              <th scope="col">Our response</th>
              <th scope="col">Confirmed</th>
            </>
          }
        >
          {plan.requirements.map((requirement) => (
            <tr key={requirement.id}>
              <td className="table__primary">{requirement.name}</td>
              <td className="plan__long-text">{requirement.response ?? '—'}</td>
              <td>
                {requirement.confirmedOn === null ? (
                  <Badge tone="warning">Not confirmed</Badge>
                ) : (
                  <Badge tone="success">Confirmed {formatDate(requirement.confirmedOn)}</Badge>
                )}
              </td>
              <td className="table__actions">
                <RowActions
                  record={requirement}
                  label={requirement.name}
                  onEdit={() => editor.edit(requirement)}
                  setArchived={(archived) => updatePlanRequirement(requirement.id, { archived })}
                  onChanged={onChanged}
                />
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
      <RecordFormModal
        editor={editor}
        addTitle="Add requirement"
        editTitle={(requirement) => `Edit ${requirement.name}`}
        onSaved={onChanged}
        renderForm={(props) => <PlanRequirementForm accountId={plan.accountId} {...props} />}
      />
    </Section>
  );
};
