import { limits } from '@fulcrum/core';
import { useState } from 'react';
import { TextAreaField } from '../../../ui/field.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { RecordTable } from '../../../ui/record-table.tsx';
import { EmptyState, Section } from '../../../ui/section.tsx';
import { useFormProblem } from '../../../ui/use-form-problem.ts';
import { createSelfCheck } from '../api.ts';
import type { MutualPlan } from '../api.ts';
import { selfCheckQuestions } from './plan-labels.ts';

type Answers = Record<(typeof selfCheckQuestions)[number]['field'], number | null>;

const scale = [1, 2, 3, 4, 5] as const;
const fields = ['trustAnswer', 'valueAnswer', 'backingAnswer', 'note'] as const;
const noAnswers: Answers = { trustAnswer: null, valueAnswer: null, backingAnswer: null };

/** One question answered on a 1–5 scale, as a group of radio buttons. */
const ScaleQuestion = ({
  name,
  question,
  value,
  error,
  onChange,
}: {
  name: string;
  question: string;
  value: number | null;
  error: string | undefined;
  onChange: (value: number) => void;
}) => (
  <fieldset className={error === undefined ? 'field scale' : 'field scale field--invalid'}>
    <legend className="field__label">{question}</legend>
    <div className="scale__choices">
      <span className="scale__end">Not at all</span>
      {scale.map((point) => (
        <label key={point} className="scale__choice">
          <input
            type="radio"
            name={name}
            value={point}
            checked={value === point}
            onChange={() => onChange(point)}
          />
          {point}
        </label>
      ))}
      <span className="scale__end">Fully</span>
    </div>
    {error !== undefined ? (
      <p className="field__error" role="alert">
        {error}
      </p>
    ) : null}
  </fieldset>
);

/**
 * "Would I buy from us?": the team answers the account's three questions on its behalf, 1–5,
 * and sees how its answers changed over time. Answers are never edited, only added.
 */
export const SelfCheckSection = ({
  plan,
  onChanged,
}: {
  plan: MutualPlan;
  onChanged: () => void;
}) => {
  const [isAnswering, setIsAnswering] = useState(false);
  const [answers, setAnswers] = useState<Answers>(noAnswers);
  const [note, setNote] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const problem = useFormProblem(fields);
  const isComplete = Object.values(answers).every((answer) => answer !== null);

  const save = async () => {
    problem.clear();
    if (!isComplete) return;
    setIsSaving(true);
    try {
      await createSelfCheck(plan.accountId, {
        trustAnswer: answers.trustAnswer ?? 0,
        valueAnswer: answers.valueAnswer ?? 0,
        backingAnswer: answers.backingAnswer ?? 0,
        note: note.trim() === '' ? null : note.trim(),
      });
      setIsAnswering(false);
      setAnswers(noAnswers);
      setNote('');
      onChanged();
    } catch (error) {
      problem.setProblem(error);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Section
      title="Would I buy from us?"
      description="Put yourself in the account's place and answer honestly, 1 (not at all) to 5 (fully)."
      actions={
        plan.abilities.update && !isAnswering ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setIsAnswering(true)}
          >
            Answer now
          </button>
        ) : undefined
      }
    >
      {isAnswering ? (
        <RecordForm
          form={{ problem, isSaving }}
          onSubmit={save}
          onCancel={() => setIsAnswering(false)}
          notice={undefined}
        >
          {selfCheckQuestions.map(({ field, question }) => (
            <ScaleQuestion
              key={field}
              name={field}
              question={question}
              value={answers[field]}
              error={problem.fieldError(field)}
              onChange={(value) => setAnswers((previous) => ({ ...previous, [field]: value }))}
            />
          ))}
          <TextAreaField
            label="Why these answers"
            value={note}
            onChange={setNote}
            maxLength={limits.notesMax}
            hint={isComplete ? undefined : 'Answer all three questions to save.'}
            error={problem.fieldError('note')}
          />
        </RecordForm>
      ) : null}
      {plan.selfChecks.length === 0 ? (
        <EmptyState>Nobody has answered yet.</EmptyState>
      ) : (
        <RecordTable
          hasActions={false}
          columns={
            <>
              <th scope="col">When</th>
              <th scope="col">By</th>
              {selfCheckQuestions.map(({ field, question }) => (
                <th key={field} scope="col" className="table__numeric" title={question}>
                  {field === 'trustAnswer'
                    ? 'Trust'
                    : field === 'valueAnswer'
                      ? 'Value'
                      : 'Backing'}
                </th>
              ))}
              <th scope="col">Note</th>
            </>
          }
        >
          {plan.selfChecks.map((check) => (
            <tr key={check.id}>
              <td className="tabular">{formatDateTime(check.createdAt)}</td>
              <td>{check.answeredByName ?? '—'}</td>
              <td className="table__numeric">{check.trustAnswer}</td>
              <td className="table__numeric">{check.valueAnswer}</td>
              <td className="table__numeric">{check.backingAnswer}</td>
              <td className="plan__long-text">{check.note ?? '—'}</td>
            </tr>
          ))}
        </RecordTable>
      )}
    </Section>
  );
};
