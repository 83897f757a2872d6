import { useState } from 'react';
import { toApiProblem } from '../api/client.ts';
import type { ApiProblem } from '../api/client.ts';

const alertProblem = (problem: ApiProblem) => window.alert(problem.detail);

/**
 * A secondary button that runs one request: disabled (and showing `busyLabel`, if given) while
 * it runs; a failure goes to `onError`, by default an alert with the problem's detail.
 */
export const ActionButton = ({
  label,
  busyLabel = label,
  ariaLabel,
  isSmall = false,
  run,
  onError = alertProblem,
}: {
  label: string;
  busyLabel?: string;
  ariaLabel?: string | undefined;
  isSmall?: boolean;
  run: () => Promise<unknown>;
  onError?: (problem: ApiProblem) => void;
}) => {
  const [isBusy, setIsBusy] = useState(false);
  return (
    <button
      type="button"
      className={`button button--secondary${isSmall ? ' button--small' : ''}`}
      aria-label={ariaLabel}
      disabled={isBusy}
      onClick={() => {
        setIsBusy(true);
        run()
          .catch((error: unknown) => onError(toApiProblem(error)))
          .finally(() => setIsBusy(false));
      }}
    >
      {isBusy ? busyLabel : label}
    </button>
  );
};
