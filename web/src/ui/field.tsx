import { useId } from 'react';
import type { ChangeEvent, ReactNode } from 'react';

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

// What input, textarea and select share: the id the label points at, the value, and validity.
const controlProps = (
  id: string,
  value: string,
  onChange: (value: string) => void,
  error: string | undefined,
  hint: string | undefined,
) => ({
  id,
  value,
  'aria-invalid': error !== undefined,
  'aria-describedby': describedBy(id, error, hint),
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    onChange(event.target.value),
});

// The props every text-like field takes; each field type adds its own.
type ControlFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
};

type TextFieldProps = ControlFieldProps & {
  type?: 'text' | 'email' | 'password' | 'date' | 'number' | 'search' | 'url';
  maxLength?: number | undefined;
  min?: number | string | undefined;
  max?: number | string | undefined;
  step?: number | string | undefined;
  isRequired?: boolean | undefined;
  autoComplete?: string | undefined;
  autoFocus?: boolean | undefined;
  placeholder?: string | undefined;
  readOnly?: boolean | undefined;
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
        className="input"
        type={type}
        required={isRequired}
        {...controlProps(id, value, onChange, error, hint)}
        {...rest}
      />
    </FieldShell>
  );
};

type TextAreaFieldProps = ControlFieldProps & {
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
        className="input input--textarea"
        rows={rows}
        {...controlProps(id, value, onChange, error, hint)}
        {...rest}
      />
    </FieldShell>
  );
};

/** One choice of a select. */
export type SelectOption = { value: string; label: string };

/** A labelled group of choices in a select (an `<optgroup>`). */
export type SelectOptionGroup = { label: string; options: readonly SelectOption[] };

type SelectFieldProps = ControlFieldProps & {
  options: readonly SelectOption[];
  /** Choices shown in labelled groups after `options`. */
  groups?: readonly SelectOptionGroup[] | undefined;
  isRequired?: boolean | undefined;
  placeholder?: string | undefined;
  isDisabled?: boolean | undefined;
};

/** A labelled select; `placeholder` adds an empty first choice. */
export const SelectField = ({
  label,
  value,
  onChange,
  options,
  groups = [],
  error,
  hint,
  isRequired,
  placeholder,
  isDisabled,
}: SelectFieldProps) => {
  const id = useId();
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} isRequired={isRequired}>
      <select
        className="input input--select"
        required={isRequired}
        disabled={isDisabled}
        {...controlProps(id, value, onChange, error, hint)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
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
