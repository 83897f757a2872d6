import { commitmentStatusLabels } from '@fulcrum/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { ArchiveButton } from '../../../ui/archive-button.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { Modal } from '../../../ui/modal.tsx';
import { Loading } from '../../../ui/section.tsx';
import { getCommitment, updateCommitment } from '../api.ts';
import type { Commitment } from '../api.ts';
import { channelLabels } from '../format.ts';
import type { CommitmentChoices } from '../hooks/use-commitment-choices.ts';
import { CommitmentForm } from './commitment-form.tsx';
import { CommitmentStatusBadges } from './commitment-status-badges.tsx';
import { TransitionButtons } from './transition-buttons.tsx';

/** The owner's name, linked to their promise-keeping record when they are one of our people. */
export const OwnerName = ({ commitment }: { commitment: Commitment }) =>
  commitment.ownerTeamMemberId !== null ? (
    <Link to={`/team-members/${encodeURIComponent(commitment.ownerTeamMemberId)}`}>
      {commitment.ownerName}
    </Link>
  ) : (
    <>{commitment.ownerName}</>
  );

/**
 * One commitment in a dialog: its terms, where it stands, the transitions it allows, edit and
 * archive, its lifecycle history, and links to the promise it replaced or that replaced it.
 */
export const CommitmentDetail = ({
  commitmentId,
  accountId,
  choices,
  onClose,
  onChanged,
}: {
  commitmentId: string;
  accountId: string;
  choices: CommitmentChoices;
  onClose: () => void;
  /** Called after any change, so the list (and the scores) reload. */
  onChanged: () => void;
}) => {
  const [shownId, setShownId] = useState(commitmentId);
  const [isEditing, setIsEditing] = useState(false);
  const detail = useResource(shownId, (signal) => getCommitment(shownId, signal));
  const commitment = detail.data;
  const afterChange = () => {
    detail.reload();
    onChanged();
  };

  return (
    <Modal title="Commitment" onClose={onClose}>
      {detail.problem !== null ? <Alert>{detail.problem.detail}</Alert> : null}
      {commitment === null && detail.problem === null ? <Loading /> : null}
      {commitment !== null && isEditing ? (
        <CommitmentForm
          accountId={accountId}
          choices={choices}
          record={commitment}
          onCancel={() => setIsEditing(false)}
          onSaved={() => {
            setIsEditing(false);
            afterChange();
          }}
        />
      ) : null}
      {commitment !== null && !isEditing ? (
        <div className="commitment-detail">
          <p className="commitment-quote">{commitment.text}</p>
          <CommitmentStatusBadges commitment={commitment} />
          <dl className="facts">
            <div>
              <dt>Owner</dt>
              <dd>
                <OwnerName commitment={commitment} />
              </dd>
            </div>
            <div>
              <dt>Recipient</dt>
              <dd>{commitment.recipientName ?? '—'}</dd>
            </div>
            <div>
              <dt>Due</dt>
              <dd>{formatDate(commitment.dueOn)}</dd>
            </div>
            <div>
              <dt>Made in</dt>
              <dd>{channelLabels[commitment.madeIn]}</dd>
            </div>
            {commitment.closedOn !== null ? (
              <div>
                <dt>Closed</dt>
                <dd>{formatDate(commitment.closedOn)}</dd>
              </div>
            ) : null}
            {commitment.isOnBehalfOfCompany ? (
              <div>
                <dt>Binds</dt>
                <dd>The company</dd>
              </div>
            ) : null}
          </dl>
          {commitment.predecessorId !== null || commitment.successorId !== null ? (
            <p className="commitment-detail__links">
              {commitment.predecessorId !== null ? (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => setShownId(commitment.predecessorId ?? shownId)}
                >
                  ← The promise it replaced
                </button>
              ) : null}
              {commitment.successorId !== null ? (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => setShownId(commitment.successorId ?? shownId)}
                >
                  The renegotiated promise →
                </button>
              ) : null}
            </p>
          ) : null}
          <div className="commitment-detail__actions">
            <TransitionButtons commitment={commitment} onChanged={afterChange} />
            {commitment.abilities.update ? (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setIsEditing(true)}
              >
                Edit
              </button>
            ) : null}
            <ArchiveButton
              resource={commitment}
              isSmall
              onToggle={async (archived) => {
                await updateCommitment(commitment.id, { archived });
                afterChange();
              }}
            />
          </div>
          <h3 className="commitment-detail__title">History</h3>
          {commitment.history.length === 0 ? (
            <p className="empty-state">No changes recorded yet.</p>
          ) : (
            <ol className="plain-list commitment-history" aria-label="History">
              {commitment.history.map((entry) => (
                <li
                  key={`${entry.createdAt}-${entry.toStatus}`}
                  className="commitment-history__item"
                >
                  <span className="tabular">{formatDate(entry.onDay)}</span>{' '}
                  <strong>
                    {entry.fromStatus === null
                      ? `Recorded as ${commitmentStatusLabels[entry.toStatus].toLowerCase()}`
                      : `${commitmentStatusLabels[entry.fromStatus]} → ${commitmentStatusLabels[entry.toStatus]}`}
                  </strong>
                  {entry.note !== null ? (
                    <span className="commitment-history__note">{entry.note}</span>
                  ) : null}
                  <span className="commitment-history__meta">
                    recorded {formatDateTime(entry.createdAt)}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      ) : null}
    </Modal>
  );
};
