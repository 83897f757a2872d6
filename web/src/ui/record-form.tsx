import type { ReactNode } from 'react';
import { FormError } from './alert.tsx';
import type { FormProblem } from './use-form-problem.ts';

/** A create/edit form's frame: the submit problem on top, the fields, then Cancel and Save. */
export const RecordForm = ({
  form,
  onSubmit,
  onCancel,
  notice,
  children,
}: {
  /** From useRecordForm. */
  form: { problem: FormProblem; isSaving: boolean };
  /** Called on submit, after the browser's own submit is prevented. */
  onSubmit: () => Promise<void> | void;
  onCancel: () => void;
  /** Shown on top when the last submit left no message (e.g. choices that failed to load). */
  notice?: string | undefined;
  children: ReactNode;
}) => (
  <form
    className="form"
    onSubmit={(event) => {
      event.preventDefault();
      void onSubmit();
    }}
    noValidate
  >
    <FormError message={form.problem.formError ?? notice} otherErrors={form.problem.otherErrors} />
    {children}
    <div className="form__actions">
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button--primary" disabled={form.isSaving}>
        {form.isSaving ? 'Saving…' : 'Save'}
      </button>
    </div>
  </form>
);
