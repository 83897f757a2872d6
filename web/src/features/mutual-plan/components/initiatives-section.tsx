import { useState } from 'react';
import { Modal } from '../../../ui/modal.tsx';
import { RowActions } from '../../../ui/row-actions.tsx';
import { EmptyState, Section } from '../../../ui/section.tsx';
import { updatePlanGoal } from '../api.ts';
import type { MutualPlan, PlanGoal } from '../api.ts';
import { PlanGoalForm } from './plan-goal-form.tsx';

/** Which goal form is open: a new initiative, a new factor of one, or an edit. */
type GoalEditor = { parentId: string | null; record?: PlanGoal | undefined } | null;

/** The account's initiatives, each with its critical success factors: add, edit, archive. */
export const InitiativesSection = ({
  plan,
  onChanged,
}: {
  plan: MutualPlan;
  onChanged: () => void;
}) => {
  const [editor, setEditor] = useState<GoalEditor>(null);
  const canUpdate = plan.abilities.update;
  const archive = (goal: PlanGoal) => (archived: boolean) => updatePlanGoal(goal.id, { archived });

  return (
    <Section
      title="Initiatives and success factors"
      description="The account's initiatives that serve its strategy, and what each needs to succeed."
      actions={
        canUpdate ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditor({ parentId: null })}
          >
            Add initiative
          </button>
        ) : undefined
      }
    >
      {plan.initiatives.length === 0 ? (
        <EmptyState>No initiatives recorded yet.</EmptyState>
      ) : (
        <ul className="plain-list initiatives">
          {plan.initiatives.map((initiative) => (
            <li key={initiative.id} className="initiative">
              <div className="initiative__header">
                <div>
                  <h3 className="initiative__name">{initiative.name}</h3>
                  {initiative.description !== null ? (
                    <p className="initiative__description">{initiative.description}</p>
                  ) : null}
                </div>
                <div className="table__actions">
                  {canUpdate ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`Add success factor to ${initiative.name}`}
                      onClick={() => setEditor({ parentId: initiative.id })}
                    >
                      Add success factor
                    </button>
                  ) : null}
                  <RowActions
                    record={initiative}
                    label={initiative.name}
                    onEdit={() => setEditor({ parentId: null, record: initiative })}
                    setArchived={archive(initiative)}
                    onChanged={onChanged}
                  />
                </div>
              </div>
              {initiative.successFactors.length === 0 ? (
                <p className="initiative__empty">No success factors yet.</p>
              ) : (
                <ul
                  className="plain-list success-factors"
                  aria-label={`Success factors of ${initiative.name}`}
                >
                  {initiative.successFactors.map((factor) => (
                    <li key={factor.id} className="success-factor">
                      <div>
                        <span className="success-factor__name">{factor.name}</span>
                        {factor.description !== null ? (
                          <span className="success-factor__description">{factor.description}</span>
                        ) : null}
                      </div>
                      <div className="table__actions">
                        <RowActions
                          record={factor}
                          label={factor.name}
                          onEdit={() => setEditor({ parentId: initiative.id, record: factor })}
                          setArchived={archive(factor)}
                          onChanged={onChanged}
                        />
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {editor !== null ? (
        <Modal
          title={
            editor.record !== undefined
              ? `Edit ${editor.record.name}`
              : editor.parentId === null
                ? 'Add initiative'
                : 'Add success factor'
          }
          onClose={() => setEditor(null)}
        >
          <PlanGoalForm
            accountId={plan.accountId}
            parentId={editor.parentId}
            record={editor.record}
            onCancel={() => setEditor(null)}
            onSaved={() => {
              setEditor(null);
              onChanged();
            }}
          />
        </Modal>
      ) : null}
    </Section>
  );
};
