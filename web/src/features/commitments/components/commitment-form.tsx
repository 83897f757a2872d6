import { commitmentChannels, commitmentSides, limits } from '@fulcrum/core';
import type { CommitmentChannel, CommitmentSide } from '@fulcrum/core';
import { useEffect, useId, useState } from 'react';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { toOptions } from '../../../ui/options.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useDebouncedValue } from '../../../ui/use-debounced-value.ts';
import { useFormProblem } from '../../../ui/use-form-problem.ts';
import { checkCommitmentLoad, createCommitment, updateCommitment } from '../api.ts';
import type { Commitment, CommitmentChanges, LoadWarning } from '../api.ts';
import { channelLabels } from '../format.ts';
import type { NamedPerson } from '../format.ts';
import type { CommitmentChoices } from '../hooks/use-commitment-choices.ts';
import { LoadWarnings } from './load-warnings.tsx';

/** The values of the commitment form, named as in the request body. */
export type CommitmentFormValues = {
  side: CommitmentSide;
  ownerTeamMemberId: string;
  ownerStakeholderId: string;
  recipientTeamMemberId: string;
  recipientStakeholderId: string;
  text: string;
  madeIn: CommitmentChannel;
  isOnBehalfOfCompany: boolean;
  dueOn: string;
  opportunityId: string;
  status: 'proposed' | 'agreed';
};

const fields = [
  'side',
  'ownerTeamMemberId',
  'ownerStakeholderId',
  'recipientTeamMemberId',
  'recipientStakeholderId',
  'text',
  'madeIn',
  'isOnBehalfOfCompany',
  'dueOn',
  'opportunityId',
  'status',
] as const;

const sideChoices: Record<CommitmentSide, string> = {
  ours: 'We promised',
  theirs: 'They promised',
};

const statusOptions = [
  { value: 'agreed', label: 'Agreed by both sides' },
  { value: 'proposed', label: 'Proposed, not yet agreed' },
];

const toChoices = (people: readonly NamedPerson[]) =>
  people.map((person) => ({ value: person.id, label: person.name }));

const fromRecord = (record: Commitment): CommitmentFormValues => ({
  side: record.side,
  ownerTeamMemberId: record.ownerTeamMemberId ?? '',
  ownerStakeholderId: record.ownerStakeholderId ?? '',
  recipientTeamMemberId: record.recipientTeamMemberId ?? '',
  recipientStakeholderId: record.recipientStakeholderId ?? '',
  text: record.text,
  madeIn: record.madeIn,
  isOnBehalfOfCompany: record.isOnBehalfOfCompany,
  dueOn: record.dueOn ?? '',
  opportunityId: record.opportunityId ?? '',
  status: 'agreed',
});

/** The form's first values for a new commitment, with `initial` filled in (e.g. from notes). */
export const newCommitmentValues = (
  initial: Partial<CommitmentFormValues> = {},
): CommitmentFormValues => ({
  side: 'ours',
  ownerTeamMemberId: '',
  ownerStakeholderId: '',
  recipientTeamMemberId: '',
  recipientStakeholderId: '',
  text: '',
  madeIn: 'meeting',
  isOnBehalfOfCompany: false,
  dueOn: '',
  opportunityId: '',
  status: 'agreed',
  ...initial,
});

/**
 * While an "ours" commitment is being written, asks the server whether its owner can carry it
 * and returns the warnings (none until an owner is chosen).
 */
const useLoadCheck = (ownerTeamMemberId: string, dueOn: string, isEnabled: boolean) => {
  const [warnings, setWarnings] = useState<LoadWarning[]>([]);
  const key = useDebouncedValue(`${ownerTeamMemberId}|${dueOn}`, 300);
  useEffect(() => {
    const [owner = '', due = ''] = key.split('|');
    if (!isEnabled || owner === '') {
      setWarnings([]);
      return;
    }
    const controller = new AbortController();
    checkCommitmentLoad(
      { ownerTeamMemberId: owner, dueOn: /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : undefined },
      controller.signal,
    ).then(
      (answer) => {
        if (!controller.signal.aborted) setWarnings(answer.warnings);
      },
      // The check only advises: when it fails, saving still works and says so if needed.
      () => {
        if (!controller.signal.aborted) setWarnings([]);
      },
    );
    return () => controller.abort();
  }, [key, isEnabled]);
  return warnings;
};

/**
 * Records a commitment on `accountId`, or edits `record` (text, due date, channel, recipient and
 * whether it binds the company; who made it is fixed once recorded).
 */
export const CommitmentForm = ({
  accountId,
  choices,
  record,
  initialValues,
  onSaved,
  onCancel,
}: {
  accountId: string;
  choices: CommitmentChoices;
  record?: Commitment | undefined;
  initialValues?: Partial<CommitmentFormValues> | undefined;
  /** Receives the saved commitment and, for a new one, the server's warnings about the load. */
  onSaved: (commitment: Commitment, warnings: LoadWarning[]) => void;
  onCancel: () => void;
}) => {
  const [values, setValues] = useState<CommitmentFormValues>(() =>
    record === undefined ? newCommitmentValues(initialValues) : fromRecord(record),
  );
  const [isSaving, setIsSaving] = useState(false);
  const problem = useFormProblem(fields);
  const set = <K extends keyof CommitmentFormValues>(name: K, value: CommitmentFormValues[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));
  const sideLabelId = useId();
  const isNew = record === undefined;
  const isOurs = values.side === 'ours';
  const warnings = useLoadCheck(values.ownerTeamMemberId, values.dueOn, isNew && isOurs);

  const onSubmit = async () => {
    problem.clear();
    setIsSaving(true);
    const recipient = {
      recipientTeamMemberId: isOurs ? null : toNullable(values.recipientTeamMemberId),
      recipientStakeholderId: isOurs ? toNullable(values.recipientStakeholderId) : null,
    };
    try {
      if (record === undefined) {
        const created = await createCommitment(accountId, {
          side: values.side,
          ownerTeamMemberId: isOurs ? toNullable(values.ownerTeamMemberId) : null,
          ownerStakeholderId: isOurs ? null : toNullable(values.ownerStakeholderId),
          ...recipient,
          text: values.text.trim(),
          madeIn: values.madeIn,
          isOnBehalfOfCompany: isOurs && values.isOnBehalfOfCompany,
          dueOn: toNullable(values.dueOn),
          opportunityId: toNullable(values.opportunityId),
          status: values.status,
        });
        onSaved(created, created.warnings ?? []);
      } else {
        const next: CommitmentChanges = {
          text: values.text.trim(),
          dueOn: toNullable(values.dueOn),
          madeIn: values.madeIn,
          ...recipient,
          isOnBehalfOfCompany: isOurs && values.isOnBehalfOfCompany,
        };
        const previous: CommitmentChanges = {
          text: record.text,
          dueOn: record.dueOn,
          madeIn: record.madeIn,
          recipientTeamMemberId: record.recipientTeamMemberId,
          recipientStakeholderId: record.recipientStakeholderId,
          isOnBehalfOfCompany: record.isOnBehalfOfCompany,
        };
        const changes = Object.fromEntries(
          Object.entries(next).filter(
            ([key, value]) => previous[key as keyof CommitmentChanges] !== value,
          ),
        );
        onSaved(
          Object.keys(changes).length === 0 ? record : await updateCommitment(record.id, changes),
          [],
        );
      }
    } catch (error) {
      problem.setProblem(error);
    } finally {
      setIsSaving(false);
    }
  };

  const ownerPeople = isOurs ? choices.teamMembers : choices.stakeholders;
  const recipientPeople = isOurs ? choices.stakeholders : choices.teamMembers;
  const ownerField = isOurs ? 'ownerTeamMemberId' : 'ownerStakeholderId';
  const recipientField = isOurs ? 'recipientStakeholderId' : 'recipientTeamMemberId';

  return (
    <RecordForm
      form={{ problem, isSaving }}
      onSubmit={onSubmit}
      onCancel={onCancel}
      notice={
        choices.problem === null
          ? undefined
          : `The people to choose from could not be loaded: ${choices.problem.detail}`
      }
    >
      {isNew ? (
        <div className="field">
          <span className="field__label" id={sideLabelId}>
            Who promised
          </span>
          <div className="segmented" role="group" aria-labelledby={sideLabelId}>
            {commitmentSides.map((side) => (
              <button
                key={side}
                type="button"
                className="segmented__button"
                aria-pressed={values.side === side}
                onClick={() => set('side', side)}
              >
                {sideChoices[side]}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      <div className="form__row">
        <SelectField
          label="Owner"
          value={values[ownerField]}
          onChange={(value) => set(ownerField, value)}
          options={toChoices(ownerPeople)}
          placeholder={isOurs ? 'Choose one of our people' : 'Choose a stakeholder'}
          isRequired
          isDisabled={!isNew}
          hint={isOurs ? 'Who on our side keeps this promise.' : 'Who at the account keeps it.'}
          error={problem.fieldError(ownerField)}
        />
        <SelectField
          label="Recipient"
          value={values[recipientField]}
          onChange={(value) => set(recipientField, value)}
          options={toChoices(recipientPeople)}
          placeholder="Nobody in particular"
          error={problem.fieldError(recipientField)}
        />
      </div>
      {isNew && isOurs ? (
        <LoadWarnings title="Before you promise this" warnings={warnings} />
      ) : null}
      <TextAreaField
        label="What was promised"
        value={values.text}
        onChange={(value) => set('text', value)}
        maxLength={limits.notesMax}
        error={problem.fieldError('text')}
      />
      <div className="form__row">
        <TextField
          label="Due"
          type="date"
          value={values.dueOn}
          onChange={(value) => set('dueOn', value)}
          error={problem.fieldError('dueOn')}
        />
        <SelectField
          label="Made in"
          value={values.madeIn}
          onChange={(value) => set('madeIn', value as CommitmentChannel)}
          options={toOptions(commitmentChannels, channelLabels)}
          error={problem.fieldError('madeIn')}
        />
      </div>
      {isNew ? (
        <div className="form__row">
          <SelectField
            label="Opportunity"
            value={values.opportunityId}
            onChange={(value) => set('opportunityId', value)}
            options={toChoices(choices.opportunities)}
            placeholder="None"
            error={problem.fieldError('opportunityId')}
          />
          <SelectField
            label="Status"
            value={values.status}
            onChange={(value) => set('status', value as 'proposed' | 'agreed')}
            options={statusOptions}
            error={problem.fieldError('status')}
          />
        </div>
      ) : null}
      {isOurs ? (
        <CheckboxField
          label="Made on the company's behalf"
          checked={values.isOnBehalfOfCompany}
          onChange={(checked) => set('isOnBehalfOfCompany', checked)}
          error={problem.fieldError('isOnBehalfOfCompany')}
        />
      ) : null}
    </RecordForm>
  );
};
