import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { commitmentStatusLabels, pulseQuestionKeys, pulseQuestions } from '@fulcrum/core';
import { toApiProblem } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { Loading, Section } from '../../../ui/section.tsx';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { SharedHistorySection } from './shared-history-section.tsx';
import {
  answerPulse,
  commentOnCommitment,
  confirmCommitment,
  confirmRequirement,
  getSharedView,
  type SharedHistoryEntry,
  type SharedView,
} from '../api.ts';

// The same wording the team's alerts quote back (core/src/share).
const questions = pulseQuestionKeys.map((key) => ({ key, label: pulseQuestions[key].question }));

const describeEntry = (entry: SharedHistoryEntry): string => {
  switch (entry.kind) {
    case 'status':
      return `${formatDate(entry.onDay)}: ${commitmentStatusLabels[entry.toStatus]}`;
    case 'confirm':
      return `${formatDateTime(entry.at)}: confirmed by you`;
    case 'propose':
      return `${formatDateTime(entry.at)}: proposed by you`;
    case 'comment':
      return `${formatDateTime(entry.at)}: comment: ${entry.text ?? ''}`;
    default: {
      const unreachable: never = entry;
      return unreachable;
    }
  }
};

const PulseForm = ({ token, onDone }: { token: string; onDone: () => void }) => {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const isComplete = questions.every((q) => answers[q.key] !== undefined);
  return (
    <form
      aria-label="Pulse"
      onSubmit={(event) => {
        event.preventDefault();
        void answerPulse(token, {
          trustAnswer: answers.trustAnswer!,
          valueAnswer: answers.valueAnswer!,
          backingAnswer: answers.backingAnswer!,
          comment: comment.trim() === '' ? null : comment.trim(),
        }).then(onDone, (error: unknown) => setProblem(toApiProblem(error).detail));
      }}
    >
      {questions.map((question) => (
        <fieldset key={question.key}>
          <legend>{question.label}</legend>
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className="pulse-choice">
              <input
                type="radio"
                name={question.key}
                value={value}
                checked={answers[question.key] === value}
                onChange={() => setAnswers((current) => ({ ...current, [question.key]: value }))}
              />
              {value}
            </label>
          ))}
        </fieldset>
      ))}
      <label>
        Anything you want to add
        <textarea value={comment} onChange={(event) => setComment(event.target.value)} />
      </label>
      {problem !== null ? <Alert>{problem}</Alert> : null}
      <button type="submit" className="button button--primary" disabled={!isComplete}>
        Send answers
      </button>
    </form>
  );
};

/** The page a share link opens, for the account's people: the plan, both sides' commitments and
 * their history; with a respond link, confirm and comment buttons and the pulse. Public: it needs
 * only the token in its address. */
export const SharedViewPage = () => {
  const { token = '' } = useParams();
  const [view, setView] = useState<SharedView | null>(null);
  const [problem, setProblem] = useState<{ status: number; detail: string } | null>(null);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(view?.account.name ?? 'Shared plan');

  const load = useCallback(() => {
    getSharedView(token).then(setView, (error: unknown) => {
      const apiProblem = toApiProblem(error);
      setProblem({ status: apiProblem.status, detail: apiProblem.detail });
    });
  }, [token]);
  useEffect(load, [load]);

  const act = (work: Promise<SharedView>) =>
    work.then(setView, (error: unknown) => setNotice(toApiProblem(error).detail));

  if (problem !== null) {
    return (
      <div className="page shared-page">
        <Alert title={problem.status === 401 ? 'This link does not open' : 'Something went wrong'}>
          {problem.detail}
        </Alert>
      </div>
    );
  }
  if (view === null) return <Loading label="Loading the shared plan…" />;
  const { plan } = view;
  return (
    <div className="page shared-page">
      <header className="page__header">
        <h1 className="page__title">{view.account.name}: our shared plan</h1>
        <p>
          {view.link.stakeholderName !== null ? `Shared with ${view.link.stakeholderName}. ` : ''}
          This page shows what both sides agreed and how it is going.
          {view.link.expiresAt !== null
            ? ` The link works until ${formatDate(view.link.expiresAt.slice(0, 10))}.`
            : ''}
        </p>
      </header>
      {notice !== null ? <Alert tone="warning">{notice}</Alert> : null}

      <Section title="Plan">
        {plan.strategy !== null ? <p>Direction: {plan.strategy}</p> : null}
        {plan.summary !== null ? <p>{plan.summary}</p> : null}
        {plan.initiatives.length > 0 ? (
          <ul aria-label="Initiatives">
            {plan.initiatives.map((initiative) => (
              <li key={initiative.id}>
                {initiative.name}
                {initiative.successFactors.length > 0 ? (
                  <ul>
                    {initiative.successFactors.map((factor) => (
                      <li key={factor.id}>{factor.name}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {plan.requirements.length > 0 ? (
          <ul aria-label="Requirements">
            {plan.requirements.map((requirement) => (
              <li key={requirement.id}>
                {requirement.name}
                {requirement.response !== null ? ` → ${requirement.response}` : ''}
                {requirement.confirmedOn !== null
                  ? ` (confirmed ${formatDate(requirement.confirmedOn)})`
                  : ''}
                {requirement.abilities.confirm ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => void act(confirmRequirement(token, requirement.id))}
                  >
                    Confirm
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {plan.objectives.length > 0 ? (
          <ul aria-label="Shared objectives">
            {plan.objectives.map((objective) => (
              <li key={objective.id}>
                {objective.name} ({objective.status})
                {objective.targetOn !== null ? `, by ${formatDate(objective.targetOn)}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
        {plan.valueDelivered.length > 0 ? (
          <ul aria-label="Value delivered">
            {plan.valueDelivered.map((value) => (
              <li key={value.id}>
                {formatDate(value.deliveredOn)}: {value.name}
              </li>
            ))}
          </ul>
        ) : null}
      </Section>

      <Section title="Commitments">
        <ul className="shared-commitments" aria-label="Commitments of both sides">
          {view.commitments.map((commitment) => (
            <li key={commitment.id} aria-label={commitment.text}>
              <p>
                <strong>{commitment.text}</strong> · {commitment.side === 'ours' ? 'Ours' : 'Yours'}
                {commitment.ownerName !== null ? ` · ${commitment.ownerName}` : ''}
                {commitment.dueOn !== null ? ` · due ${formatDate(commitment.dueOn)}` : ''} ·{' '}
                <span className="shared-status">{commitmentStatusLabels[commitment.status]}</span>
              </p>
              <ol aria-label="History">
                {commitment.history.map((entry, index) => (
                  <li key={index}>{describeEntry(entry)}</li>
                ))}
              </ol>
              {commitment.abilities.confirm ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void act(confirmCommitment(token, commitment.id))}
                >
                  Confirm
                </button>
              ) : null}
              {commitment.abilities.comment ? (
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    const text = (comments[commitment.id] ?? '').trim();
                    if (text === '') return;
                    void act(commentOnCommitment(token, commitment.id, text)).then(() =>
                      setComments((current) => ({ ...current, [commitment.id]: '' })),
                    );
                  }}
                >
                  <input
                    aria-label="Comment"
                    value={comments[commitment.id] ?? ''}
                    onChange={(event) =>
                      setComments((current) => ({
                        ...current,
                        [commitment.id]: event.target.value,
                      }))
                    }
                  />
                  <button type="submit" className="button button--secondary">
                    Comment
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>

      {view.link.abilities.respond ? (
        <Section title="How are we doing?">
          {view.link.abilities.pulse ? (
            <PulseForm
              token={token}
              onDone={() => {
                setNotice('Thank you: your answers reached the team.');
                load();
              }}
            />
          ) : (
            <p>
              Thank you for your answers.
              {view.link.nextPulseAt !== null
                ? ` You can answer again from ${formatDate(view.link.nextPulseAt.slice(0, 10))}.`
                : ''}
            </p>
          )}
        </Section>
      ) : null}

      <SharedHistorySection token={token} version={view} />
    </div>
  );
};
