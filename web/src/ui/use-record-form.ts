import { useState } from 'react';
import { changedFields } from './format.ts';
import { useFormProblem } from './use-form-problem.ts';
import type { FormProblem } from './use-form-problem.ts';

/** Props every create/edit form takes: the record to edit (none to create) and what comes next. */
export type RecordFormProps<TRecord> = {
  record?: TRecord | undefined;
  onSaved: (record: TRecord) => void;
  onCancel: () => void;
};

/** The names of the fields held as plain strings (text inputs, id selects). */
type TextFieldName<TValues> = {
  [K in keyof TValues]: string extends TValues[K] ? K : never;
}[keyof TValues] &
  string;

/** A create/edit form's values and submit state, from useRecordForm. */
export type RecordFormState<TValues, TInput> = {
  values: TValues;
  set: <K extends keyof TValues>(name: K, value: TValues[K]) => void;
  /** Value, change handler and server error of a text field, to spread on TextField & co. */
  field: <K extends TextFieldName<TValues>>(
    name: K,
  ) => { value: TValues[K]; onChange: (value: TValues[K]) => void; error: string | undefined };
  problem: FormProblem;
  isSaving: boolean;
  /** Creates the record, or sends the edited record's changed fields; failures land in `problem`. */
  save: (input: TInput) => Promise<void>;
};

/**
 * The state and submit flow shared by create/edit forms: field values, create or partial update,
 * the saving flag and the submit problem, with server errors matched to fields by name.
 */
export const useRecordForm = <
  TValues extends Record<string, unknown>,
  TInput extends Record<string, unknown>,
  TRecord extends { id: string } & Partial<TInput>,
>({
  initialValues,
  record,
  onSaved,
  create,
  update,
  toInput,
}: {
  /** The fields' first values, named as in the JSON body so server errors show beside them. */
  initialValues: TValues;
  record: TRecord | undefined;
  onSaved: (record: TRecord) => void;
  create: (input: TInput) => Promise<TRecord>;
  update: (id: string, changes: Partial<TInput>) => Promise<TRecord>;
  /** The record's current values as an input, where they are not simply its own fields. */
  toInput?: ((record: TRecord) => TInput) | undefined;
}): RecordFormState<TValues, TInput> => {
  const [values, setValues] = useState(initialValues);
  const [isSaving, setIsSaving] = useState(false);
  const problem = useFormProblem(Object.keys(initialValues));

  const set = <K extends keyof TValues>(name: K, value: TValues[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));

  const save = async (input: TInput) => {
    problem.clear();
    setIsSaving(true);
    try {
      if (record === undefined) {
        onSaved(await create(input));
      } else {
        const changes = changedFields<TInput>(toInput?.(record) ?? record, input);
        // An unchanged form saves nothing: no request, no new updatedAt.
        onSaved(Object.keys(changes).length === 0 ? record : await update(record.id, changes));
      }
    } catch (error) {
      problem.setProblem(error);
    } finally {
      setIsSaving(false);
    }
  };

  return {
    values,
    set,
    field: (name) => ({
      value: values[name],
      onChange: (value) => set(name, value),
      error: problem.fieldError(name),
    }),
    problem,
    isSaving,
    save,
  };
};
