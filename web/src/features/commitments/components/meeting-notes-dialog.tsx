import { limits } from '@fulcrum/core';
import { useState } from 'react';
import { toApiProblem } from '../../../api/client.ts';
import { Alert, FormError } from '../../../ui/alert.tsx';
import { Badge } from '../../../ui/badge.tsx';
import { TextAreaField, TextField } from '../../../ui/field.tsx';
import { formatDate } from '../../../ui/format.ts';
import { Modal } from '../../../ui/modal.tsx';
import { useFormProblem } from '../../../ui/use-form-problem.ts';
import { isoDateDaysAgo } from '../../trust/format.ts';
import { createCommitment, extractCommitments } from '../api.ts';
import type { CommitmentSuggestion, LoadWarning } from '../api.ts';
import { matchPersonByName, sideLabels } from '../format.ts';
import type { CommitmentChoices } from '../hooks/use-commitment-choices.ts';
import { CommitmentForm } from './commitment-form.tsx';
import type { CommitmentFormValues } from './commitment-form.tsx';
import { LoadWarnings } from './load-warnings.tsx';

/** Where one suggestion stands: waiting, recorded (with any load warnings) or dropped. */
type SuggestionState =
  | { kind: 'open'; error?: string | undefined }
  | { kind: 'recorded'; warnings: LoadWarning[] }
  | { kind: 'dropped' };

type Entry = { suggestion: CommitmentSuggestion; state: SuggestionState };

const extractFields = ['text', 'referenceDate'] as const;

/** The form values a suggestion stands for, with its owner matched to a person when possible. */
const toFormValues = (
  suggestion: CommitmentSuggestion,
  choices: CommitmentChoices,
): Partial<CommitmentFormValues> => {
  const isOurs = suggestion.side === 'ours';
  const owner = matchPersonByName(
    suggestion.owner,
    isOurs ? choices.teamMembers : choices.stakeholders,
  );
  return {
    side: suggestion.side,
    ownerTeamMemberId: isOurs ? (owner?.id ?? '') : '',
    ownerStakeholderId: isOurs ? '' : (owner?.id ?? ''),
    text: suggestion.sentence,
    madeIn: 'meeting',
    dueOn: suggestion.dueAt === null ? '' : suggestion.dueAt.slice(0, 10),
  };
};

/**
 * Reads pasted meeting notes and suggests the commitments in them; each can be accepted as it
 * is, edited first (needed when its owner matches nobody), or dropped.
 */
export const MeetingNotesDialog = ({
  accountId,
  choices,
  onClose,
  onRecorded,
}: {
  accountId: string;
  choices: CommitmentChoices;
  onClose: () => void;
  /** Called after each commitment recorded from the notes. */
  onRecorded: () => void;
}) => {
  const [notes, setNotes] = useState('');
  const [referenceDate, setReferenceDate] = useState(isoDateDaysAgo(0));
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [isReading, setIsReading] = useState(false);
  const [editingIndex, setEditingIndex] = useState<number | null>(null);
  const [busyIndex, setBusyIndex] = useState<number | null>(null);
  const problem = useFormProblem(extractFields);

  const setState = (index: number, state: SuggestionState) =>
    setEntries((previous) =>
      previous === null
        ? previous
        : previous.map((entry, at) => (at === index ? { ...entry, state } : entry)),
    );

  const read = async () => {
    problem.clear();
    setIsReading(true);
    try {
      const answer = await extractCommitments({
        text: notes,
        referenceDate,
        ourNames: choices.teamMembers.map((person) => person.name),
        theirNames: choices.stakeholders.map((person) => person.name),
      });
      setEntries(answer.suggestions.map((suggestion) => ({ suggestion, state: { kind: 'open' } })));
    } catch (error) {
      problem.setProblem(error);
    } finally {
      setIsReading(false);
    }
  };

  const accept = async (index: number, entry: Entry) => {
    const values = toFormValues(entry.suggestion, choices);
    const isOurs = values.side === 'ours';
    const ownerId = isOurs ? values.ownerTeamMemberId : values.ownerStakeholderId;
    if (ownerId === undefined || ownerId === '') {
      setEditingIndex(index);
      return;
    }
    setBusyIndex(index);
    try {
      const created = await createCommitment(accountId, {
        side: entry.suggestion.side,
        ownerTeamMemberId: isOurs ? ownerId : null,
        ownerStakeholderId: isOurs ? null : ownerId,
        text: entry.suggestion.sentence,
        madeIn: 'meeting',
        dueOn: values.dueOn === '' ? null : (values.dueOn ?? null),
        status: 'agreed',
      });
      setState(index, { kind: 'recorded', warnings: created.warnings ?? [] });
      onRecorded();
    } catch (error) {
      setState(index, { kind: 'open', error: toApiProblem(error).detail });
    } finally {
      setBusyIndex(null);
    }
  };

  const editing = editingIndex === null ? undefined : entries?.[editingIndex];
  if (editingIndex !== null && editing !== undefined) {
    return (
      <Modal title="Edit suggested commitment" onClose={() => setEditingIndex(null)}>
        <CommitmentForm
          accountId={accountId}
          choices={choices}
          initialValues={toFormValues(editing.suggestion, choices)}
          onCancel={() => setEditingIndex(null)}
          onSaved={(_commitment, warnings) => {
            setState(editingIndex, { kind: 'recorded', warnings });
            setEditingIndex(null);
            onRecorded();
          }}
        />
      </Modal>
    );
  }

  return (
    <Modal title="From meeting notes" onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void read();
        }}
      >
        <FormError message={problem.formError} otherErrors={problem.otherErrors} />
        <TextAreaField
          label="Meeting notes"
          value={notes}
          onChange={setNotes}
          rows={6}
          maxLength={limits.notesMax}
          hint="Paste the notes; each promise found becomes a suggestion you can check."
          error={problem.fieldError('text')}
        />
        <div className="form__row">
          <TextField
            label="Meeting date"
            type="date"
            value={referenceDate}
            onChange={setReferenceDate}
            hint="Due dates such as “by Friday” count from this day."
            error={problem.fieldError('referenceDate')}
          />
          <div className="meeting-notes__submit">
            <button
              type="submit"
              className="button button--primary"
              disabled={isReading || notes.trim() === ''}
            >
              {isReading ? 'Reading…' : 'Find commitments'}
            </button>
          </div>
        </div>
      </form>

      {entries !== null && entries.length === 0 ? (
        <Alert tone="info">No commitments found in these notes.</Alert>
      ) : null}
      {entries !== null && entries.length > 0 ? (
        <ol className="plain-list suggestions" aria-label="Suggested commitments">
          {entries.map((entry, index) => {
            const { suggestion, state } = entry;
            if (state.kind === 'dropped') return null;
            const values = toFormValues(suggestion, choices);
            const ownerId =
              suggestion.side === 'ours' ? values.ownerTeamMemberId : values.ownerStakeholderId;
            const hasOwner = ownerId !== undefined && ownerId !== '';
            return (
              <li key={`${index}-${suggestion.sentence}`} className="suggestion">
                <p className="commitment-quote">{suggestion.sentence}</p>
                <p className="suggestion__facts">
                  <Badge tone={suggestion.side === 'ours' ? 'info' : 'neutral'}>
                    {sideLabels[suggestion.side]}
                  </Badge>{' '}
                  Owner:{' '}
                  {hasOwner ? (
                    <strong>{suggestion.owner}</strong>
                  ) : (
                    <em>
                      {suggestion.owner === null
                        ? 'not named'
                        : `“${suggestion.owner}” matches nobody`}
                    </em>
                  )}{' '}
                  · Due:{' '}
                  {suggestion.dueAt === null
                    ? 'no date'
                    : `${formatDate(suggestion.dueAt.slice(0, 10))}${suggestion.duePhrase === null ? '' : ` (“${suggestion.duePhrase}”)`}`}{' '}
                  · {Math.round(suggestion.confidence * 100)}% sure
                </p>
                {state.kind === 'open' && state.error !== undefined ? (
                  <Alert>{state.error}</Alert>
                ) : null}
                {state.kind === 'recorded' ? (
                  <>
                    <Badge tone="success">Recorded</Badge>
                    <LoadWarnings title="Mind the load" warnings={state.warnings} />
                  </>
                ) : (
                  <div className="suggestion__actions">
                    <button
                      type="button"
                      className="button button--primary button--small"
                      disabled={busyIndex !== null}
                      onClick={() => void accept(index, entry)}
                    >
                      {busyIndex === index ? 'Recording…' : hasOwner ? 'Accept' : 'Choose owner…'}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => setEditingIndex(index)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      onClick={() => setState(index, { kind: 'dropped' })}
                    >
                      Drop
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          Done
        </button>
      </div>
    </Modal>
  );
};
