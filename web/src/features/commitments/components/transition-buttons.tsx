import { useState } from 'react';
import type { Commitment } from '../api.ts';
import { toTransitionActions } from '../format.ts';
import type { TransitionAction } from '../format.ts';
import { TransitionDialog } from './transition-dialog.tsx';

/** The buttons for what a commitment may become next, as the server allows; each asks first. */
export const TransitionButtons = ({
  commitment,
  onChanged,
}: {
  commitment: Commitment;
  /** Called after a transition, with the successor when it was a renegotiation. */
  onChanged: (result: { commitment: Commitment; successor: Commitment | null }) => void;
}) => {
  const [action, setAction] = useState<TransitionAction | null>(null);
  if (!commitment.abilities.transition) return null;
  const actions = toTransitionActions(commitment.allowedTransitions);
  if (actions.length === 0) return null;
  return (
    <>
      {actions.map((candidate) => (
        <button
          key={candidate.to}
          type="button"
          className="button button--secondary button--small"
          aria-label={`${candidate.label.replace('…', '')}: ${commitment.text}`}
          onClick={() => setAction(candidate)}
        >
          {candidate.label}
        </button>
      ))}
      {action !== null ? (
        <TransitionDialog
          commitment={commitment}
          action={action}
          onClose={() => setAction(null)}
          onDone={(result) => {
            setAction(null);
            onChanged(result);
          }}
        />
      ) : null}
    </>
  );
};
