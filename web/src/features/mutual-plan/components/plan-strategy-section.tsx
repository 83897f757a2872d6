import { limits } from '@fulcrum/core';
import { useState } from 'react';
import { TextAreaField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { Section } from '../../../ui/section.tsx';
import { useFormProblem } from '../../../ui/use-form-problem.ts';
import { updateMutualPlan } from '../api.ts';
import type { MutualPlan } from '../api.ts';

const fields = ['strategy', 'summary'] as const;

/** The account's strategy and what both sides work towards, shown or edited in place. */
export const PlanStrategySection = ({
  plan,
  onSaved,
}: {
  plan: MutualPlan;
  onSaved: (plan: MutualPlan) => void;
}) => {
  const [isEditing, setIsEditing] = useState(false);
  const [strategy, setStrategy] = useState('');
  const [summary, setSummary] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const problem = useFormProblem(fields);

  const edit = () => {
    setStrategy(plan.strategy ?? '');
    setSummary(plan.summary ?? '');
    problem.clear();
    setIsEditing(true);
  };
  const save = async () => {
    problem.clear();
    setIsSaving(true);
    try {
      onSaved(
        await updateMutualPlan(plan.accountId, {
          strategy: toNullable(strategy),
          summary: toNullable(summary),
        }),
      );
      setIsEditing(false);
    } catch (error) {
      problem.setProblem(error);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Section
      title="Strategy and summary"
      description="Where the account is heading, and what the two sides have agreed to work towards."
      actions={
        plan.abilities.update && !isEditing ? (
          <button type="button" className="button button--secondary" onClick={edit}>
            Edit
          </button>
        ) : undefined
      }
    >
      {isEditing ? (
        <RecordForm
          form={{ problem, isSaving }}
          onSubmit={save}
          onCancel={() => setIsEditing(false)}
        >
          <TextAreaField
            label="Their strategy"
            value={strategy}
            onChange={setStrategy}
            rows={4}
            maxLength={limits.notesMax}
            error={problem.fieldError('strategy')}
          />
          <TextAreaField
            label="Plan summary"
            value={summary}
            onChange={setSummary}
            rows={4}
            maxLength={limits.notesMax}
            error={problem.fieldError('summary')}
          />
        </RecordForm>
      ) : (
        <dl className="plan-text">
          <div>
            <dt>Their strategy</dt>
            <dd>{plan.strategy ?? 'Not written down yet.'}</dd>
          </div>
          <div>
            <dt>Plan summary</dt>
            <dd>{plan.summary ?? 'Not written down yet.'}</dd>
          </div>
        </dl>
      )}
    </Section>
  );
};
