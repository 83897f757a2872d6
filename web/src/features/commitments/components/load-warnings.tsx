import { Alert } from '../../../ui/alert.tsx';
import type { LoadWarning } from '../api.ts';

/** The realistic-expectation warnings about an owner's load; nothing when there are none. */
export const LoadWarnings = ({ title, warnings }: { title: string; warnings: LoadWarning[] }) =>
  warnings.length === 0 ? null : (
    <Alert tone="warning" title={title}>
      <ul className="alert__list">
        {warnings.map((warning) => (
          <li key={warning.reason}>{warning.detail}</li>
        ))}
      </ul>
    </Alert>
  );
