import { useId } from 'react';
import type { ReactNode } from 'react';

type FieldShellProps = {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  isRequired?: boolean | undefined;
  children: ReactNode;
};

const FieldShell = ({ id, label, error, hint, isRequired, children }: FieldShellProps) => (
  <div className={error === undefined ? 'field' : 'field field--invalid'}>
    <div className="field__label-row">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {/* Outside the label so the field's accessible name stays exactly `label`. */}
      {isRequired === true ? (
        <span className="field__required" aria-hidden="true">
          *
        </span>
      ) : null}
    </div>
    {children}
    {hint !== undefined && error === undefined ? (
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
    ) : null}
    {error !== undefined ? (
      <p className="field__error" id={`${id}-error`} role="alert">
        {error}
      </p>
    ) : null}
  </div>
);

const describedBy = (id: string, error?: string, hint?: string): string | undefined => {
  if (error !== undefined) return `${id}-error`;
  if (hint !== undefined) return `${id}-hint`;
  return undefined;
};

type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date' | 'number' | 'search' | 'url';
  error?: string | undefined;
  hint?: string | undefined;
  maxLength?: number | undefined;
  min?: number | string | undefined;
  max?: number | string | undefined;
  step?: number | string | undefined;
  isRequired?: boolean | undefined;
  autoComplete?: string | undefined;
  autoFocus?: boolean | undefined;
  placeholder?: string | undefined;
};

/** A labelled single-line input with its error shown underneath. */
export const TextField = ({
  label,
  value,
  onChange,
  type = 'text',
  error,
  hint,
  isRequired,
  ...rest
}: TextFieldProps) => {
  const id = useId();
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} isRequired={isRequired}>
      <input
        id={id}
        className="input"
        type={type}
        value={value}
        required={isRequired}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
    </FieldShell>
  );
};

type TextAreaFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  maxLength?: number | undefined;
  rows?: number | undefined;
};

/** A labelled multi-line input with its error shown underneath. */
export const TextAreaField = ({
  label,
  value,
  onChange,
  error,
  hint,
  rows = 3,
  ...rest
}: TextAreaFieldProps) => {
  const id = useId();
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        className="input input--textarea"
        value={value}
        rows={rows}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
    </FieldShell>
  );
};

/** One choice of a select. */
export type SelectOption = { value: string; label: string };

type SelectFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  error?: string | undefined;
  hint?: string | undefined;
  isRequired?: boolean | undefined;
  placeholder?: string | undefined;
};

/** A labelled select; `placeholder` adds an empty first choice. */
export const SelectField = ({
  label,
  value,
  onChange,
  options,
  error,
  hint,
  isRequired,
  placeholder,
}: SelectFieldProps) => {
  const id = useId();
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} isRequired={isRequired}>
      <select
        id={id}
        className="input input--select"
        value={value}
        required={isRequired}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
};

type CheckboxFieldProps = {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
};

/** A labelled checkbox with its error shown underneath. */
export const CheckboxField = ({ label, checked, onChange, error }: CheckboxFieldProps) => {
  const id = useId();
  return (
    <div
      className={error === undefined ? 'field field--inline' : 'field field--inline field--invalid'}
    >
      <input
        id={id}
        type="checkbox"
        className="checkbox"
        checked={checked}
        aria-invalid={error !== undefined}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id} className="field__label field__label--inline">
        {label}
      </label>
      {error !== undefined ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
};
