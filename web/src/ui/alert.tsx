import type { ReactNode } from 'react';

/** A message box: `error` for problems, `warning` for cautions, `info` for neutral notes. */
export const Alert = ({
  tone = 'error',
  title,
  children,
}: {
  tone?: 'error' | 'warning' | 'info';
  title?: string | undefined;
  children?: ReactNode;
}) => (
  <div className={`alert alert--${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
    {title !== undefined ? <p className="alert__title">{title}</p> : null}
    {children}
  </div>
);

/** The top-of-form message for a failed submit, with any errors that name no visible field. */
export const FormError = ({
  message,
  otherErrors = [],
}: {
  message: string | undefined;
  otherErrors?: string[];
}) =>
  message === undefined ? null : (
    <Alert>
      <p>{message}</p>
      {otherErrors.length > 0 ? (
        <ul className="alert__list">
          {otherErrors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
