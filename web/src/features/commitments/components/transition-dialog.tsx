import { commitmentStatusLabels, limits } from '@fulcrum/core';
import { useState } from 'react';
import { TextAreaField, TextField } from '../../../ui/field.tsx';
import { Modal } from '../../../ui/modal.tsx';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useFormProblem } from '../../../ui/use-form-problem.ts';
import { isoDateDaysAgo } from '../../trust/format.ts';
import { transitionCommitment } from '../api.ts';
import type { Commitment } from '../api.ts';
import type { TransitionAction } from '../format.ts';

const fields = ['onDay', 'note', 'successor'] as const;

/**
 * Confirms one transition of a commitment: the day it happened and a note; a renegotiation also
 * asks the new terms, which the server records as a successor commitment.
 */
export const TransitionDialog = ({
  commitment,
  action,
  onClose,
  onDone,
}: {
  commitment: Commitment;
  action: TransitionAction;
  onClose: () => void;
  onDone: (result: { commitment: Commitment; successor: Commitment | null }) => void;
}) => {
  const [onDay, setOnDay] = useState(isoDateDaysAgo(0));
  const [note, setNote] = useState('');
  const [newText, setNewText] = useState(commitment.text);
  const [newDueOn, setNewDueOn] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const problem = useFormProblem(fields);
  const isLate =
    action.to === 'kept' && commitment.dueOn !== null && onDay !== '' && onDay > commitment.dueOn;

  const onSubmit = async () => {
    problem.clear();
    setIsSaving(true);
    try {
      const trimmedText = newText.trim();
      onDone(
        await transitionCommitment(commitment.id, {
          to: action.to,
          onDay: onDay === '' ? undefined : onDay,
          note: note.trim() === '' ? undefined : note.trim(),
          successor: action.needsTerms
            ? {
                text:
                  trimmedText === '' || trimmedText === commitment.text ? undefined : trimmedText,
                dueOn: newDueOn,
              }
            : undefined,
        }),
      );
    } catch (error) {
      problem.setProblem(error);
    } finally {
      setIsSaving(false);
    }
  };

  const successorError = problem.fieldError('successor');
  return (
    <Modal title={`${action.label.replace('…', '')}: ${commitment.ownerName}`} onClose={onClose}>
      <p className="commitment-quote">{commitment.text}</p>
      <RecordForm form={{ problem, isSaving }} onSubmit={onSubmit} onCancel={onClose}>
        {action.needsTerms ? (
          <>
            <TextAreaField
              label="New terms"
              value={newText}
              onChange={setNewText}
              maxLength={limits.notesMax}
              hint="The renegotiated promise is recorded as a new commitment."
            />
            <TextField
              label="New due date"
              type="date"
              value={newDueOn}
              onChange={setNewDueOn}
              isRequired
              error={successorError}
            />
          </>
        ) : null}
        <TextField
          label="On"
          type="date"
          value={onDay}
          onChange={setOnDay}
          max={isoDateDaysAgo(0)}
          hint={
            isLate
              ? `After the due date: this is recorded as ${commitmentStatusLabels.kept_late.toLowerCase()}.`
              : 'The day it happened.'
          }
          error={problem.fieldError('onDay')}
        />
        <TextAreaField
          label="Note"
          value={note}
          onChange={setNote}
          maxLength={limits.notesMax}
          error={problem.fieldError('note')}
        />
      </RecordForm>
    </Modal>
  );
};
