import { commitmentSides, commitmentStatuses, commitmentStatusLabels, limits } from '@fulcrum/core';
import type { CommitmentSide, CommitmentStatus } from '@fulcrum/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { archivedClassName } from '../../../ui/archived-badge.tsx';
import { CheckboxField, SelectField } from '../../../ui/field.tsx';
import { formatDate } from '../../../ui/format.ts';
import { ListStatus, LoadMore } from '../../../ui/list-status.tsx';
import { Modal } from '../../../ui/modal.tsx';
import { toOptions } from '../../../ui/options.ts';
import { RecordTable } from '../../../ui/record-table.tsx';
import { Section } from '../../../ui/section.tsx';
import { listAccountCommitments } from '../api.ts';
import type { Commitment, CommitmentQuery, LoadWarning } from '../api.ts';
import { channelLabels, sideLabels } from '../format.ts';
import { useCommitmentChoices } from '../hooks/use-commitment-choices.ts';
import { CommitmentDetail, OwnerName } from './commitment-detail.tsx';
import { CommitmentForm } from './commitment-form.tsx';
import { CommitmentStatusBadges } from './commitment-status-badges.tsx';
import { LoadWarnings } from './load-warnings.tsx';
import { MeetingNotesDialog } from './meeting-notes-dialog.tsx';
import { TransitionButtons } from './transition-buttons.tsx';

type DueFilter = 'overdue' | 'soon' | '';

const dueChoices: { value: DueFilter; label: string }[] = [
  { value: '', label: 'Any time' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'soon', label: 'Due soon' },
];

const rowClassName = (commitment: Commitment): string =>
  [
    archivedClassName(commitment),
    commitment.isOverdue ? 'commitment-row--overdue' : '',
    !commitment.isOverdue && commitment.isDueSoon ? 'commitment-row--due-soon' : '',
  ]
    .filter((name) => name !== '')
    .join(' ');

/** A group of toggle buttons that picks one of `choices`. */
const Segmented = <Value extends string>({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: Value;
  choices: readonly { value: Value; label: string }[];
  onChange: (value: Value) => void;
}) => (
  <div className="segmented" role="group" aria-label={label}>
    {choices.map((choice) => (
      <button
        key={choice.value}
        type="button"
        className="segmented__button"
        aria-pressed={value === choice.value}
        onClick={() => onChange(choice.value)}
      >
        {choice.label}
      </button>
    ))}
  </div>
);

/**
 * The account's commitments, both sides: filters, the ledger with overdue and due-soon rows
 * highlighted, transitions, a detail dialog with the history, a new-commitment form and the
 * meeting-notes reader. Reloads when `refreshKey` changes.
 */
export const CommitmentsSection = ({
  accountId,
  canCreate,
  refreshKey,
  onChanged,
}: {
  accountId: string;
  canCreate: boolean;
  refreshKey: number;
  /** Called after anything that may move a score (a new commitment, a transition). */
  onChanged: () => void;
}) => {
  const [side, setSide] = useState<CommitmentSide | ''>('');
  const [status, setStatus] = useState<CommitmentStatus | ''>('');
  const [due, setDue] = useState<DueFilter>('');
  const [showArchived, setShowArchived] = useState(false);
  const [isCreating, setIsCreating] = useState(false);
  const [isReadingNotes, setIsReadingNotes] = useState(false);
  // `?commitment=<id>` (links from the digest) opens that commitment's detail.
  const [searchParams] = useSearchParams();
  const [openId, setOpenId] = useState<string | null>(searchParams.get('commitment'));
  const [savedWarnings, setSavedWarnings] = useState<LoadWarning[]>([]);
  const choices = useCommitmentChoices(accountId, refreshKey);

  const query: CommitmentQuery = {
    side: side === '' ? undefined : side,
    status: status === '' ? undefined : status,
    due: due === '' ? undefined : due,
    archived: showArchived ? 'any' : undefined,
    sort: 'dueOn',
  };
  const list = useCursorList<Commitment>(
    `${accountId}:${refreshKey}:${JSON.stringify(query)}`,
    (cursor, signal) =>
      listAccountCommitments(
        accountId,
        { ...query, cursor, limit: limits.pageSizeDefault },
        signal,
      ),
  );
  const mayCreate = canCreate && list.canCreate !== false;
  const afterCreate = (warnings: LoadWarning[]) => {
    setSavedWarnings(warnings);
    onChanged();
  };

  return (
    <Section
      title="Commitments"
      description="What each side promised the other, and whether it was kept. Outcomes count as evidence of trust."
      actions={
        mayCreate ? (
          <>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setIsReadingNotes(true)}
            >
              From meeting notes
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setIsCreating(true)}
            >
              New commitment
            </button>
          </>
        ) : undefined
      }
    >
      <div className="toolbar commitment-filters">
        <Segmented
          label="Side"
          value={side}
          choices={[{ value: '', label: 'Both sides' }, ...toOptions(commitmentSides, sideLabels)]}
          onChange={(value) => setSide(value as CommitmentSide | '')}
        />
        <Segmented label="Due" value={due} choices={dueChoices} onChange={setDue} />
        <div className="commitment-filters__status">
          <SelectField
            label="Status"
            value={status}
            onChange={(value) => setStatus(value as CommitmentStatus | '')}
            options={toOptions(commitmentStatuses, commitmentStatusLabels)}
            placeholder="Any status"
          />
        </div>
        <CheckboxField
          label="Show archived commitments"
          checked={showArchived}
          onChange={setShowArchived}
        />
      </div>

      {savedWarnings.length > 0 ? (
        <div className="commitment-warnings">
          <LoadWarnings title="Commitment saved, but mind the load" warnings={savedWarnings} />
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setSavedWarnings([])}
          >
            Dismiss
          </button>
        </div>
      ) : null}
      {list.problem !== null ? <Alert>{list.problem.detail}</Alert> : null}
      {list.items.length > 0 ? (
        <RecordTable
          hasActions
          columns={
            <>
              <th scope="col">Due</th>
              <th scope="col">Commitment</th>
              <th scope="col">Owner</th>
              <th scope="col">Recipient</th>
              <th scope="col">Status</th>
            </>
          }
        >
          {list.items.map((commitment) => (
            <tr key={commitment.id} className={rowClassName(commitment)}>
              <td className="tabular">{formatDate(commitment.dueOn)}</td>
              <td className="commitment-cell">
                <button
                  type="button"
                  className="link-button table__primary"
                  onClick={() => setOpenId(commitment.id)}
                >
                  {commitment.text}
                </button>
                <span className="table__secondary">
                  {sideLabels[commitment.side]} · {channelLabels[commitment.madeIn]}
                </span>
              </td>
              <td>
                <OwnerName commitment={commitment} />
              </td>
              <td>{commitment.recipientName ?? '—'}</td>
              <td>
                <CommitmentStatusBadges commitment={commitment} />
              </td>
              <td className="table__actions">
                <TransitionButtons commitment={commitment} onChanged={onChanged} />
              </td>
            </tr>
          ))}
        </RecordTable>
      ) : null}
      <ListStatus
        list={list}
        emptyText={
          side === '' && status === '' && due === ''
            ? 'No commitments recorded yet.'
            : 'No commitments match these filters.'
        }
      />
      <LoadMore list={list} />

      {isCreating ? (
        <Modal title="New commitment" onClose={() => setIsCreating(false)}>
          <CommitmentForm
            accountId={accountId}
            choices={choices}
            onCancel={() => setIsCreating(false)}
            onSaved={(_commitment, warnings) => {
              setIsCreating(false);
              afterCreate(warnings);
            }}
          />
        </Modal>
      ) : null}
      {isReadingNotes ? (
        <MeetingNotesDialog
          accountId={accountId}
          choices={choices}
          onClose={() => setIsReadingNotes(false)}
          onRecorded={onChanged}
        />
      ) : null}
      {openId !== null ? (
        <CommitmentDetail
          commitmentId={openId}
          accountId={accountId}
          choices={choices}
          onClose={() => setOpenId(null)}
          onChanged={onChanged}
        />
      ) : null}
    </Section>
  );
};
