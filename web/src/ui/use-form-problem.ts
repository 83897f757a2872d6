import { useCallback, useState } from 'react';
import { toApiProblem } from '../api/client.ts';
import type { ApiProblem } from '../api/client.ts';

/** A submit problem split for display: errors beside fields, the rest above the form. */
export type SplitProblem = {
  /** Field name (first segment of the JSON pointer) → the error shown beside that field. */
  byField: ReadonlyMap<string, string>;
  /** The message above the form: the problem's detail, unless every error sits beside a field. */
  formError: string | undefined;
  /** Errors whose pointer names no field of the form; listed under the top message. */
  otherErrors: string[];
};

/** Splits a problem document's errors between the form's `fields` and the top of the form. */
export const splitProblem = (
  problem: ApiProblem | null,
  fields: readonly string[],
): SplitProblem => {
  const byField = new Map<string, string>();
  const otherErrors: string[] = [];
  for (const error of problem?.errors ?? []) {
    // `/name` names a field; `/leftOn/0` or `/body/name` still point at one.
    const field = error.pointer.replace(/^\/(body\/)?/, '').split('/')[0] ?? '';
    if (fields.includes(field) && !byField.has(field)) byField.set(field, error.detail);
    else
      otherErrors.push(error.pointer === '' ? error.detail : `${error.pointer}: ${error.detail}`);
  }
  const hasOnlyFieldErrors = byField.size > 0 && otherErrors.length === 0;
  return {
    byField,
    formError: problem === null || hasOnlyFieldErrors ? undefined : problem.detail,
    otherErrors,
  };
};

/** The state of a form's last failed submit, ready to render. */
export type FormProblem = {
  /** The error for a field (by its JSON pointer `/name`), when the server named that field. */
  fieldError: (field: string) => string | undefined;
  /** The message to show above the form. */
  formError: string | undefined;
  /** Field errors whose pointer names no field in this form; shown in the top message. */
  otherErrors: string[];
  setProblem: (error: unknown) => void;
  clear: () => void;
};

/** Holds the last submit problem of a form whose fields are `fields` (names as in the JSON body). */
export const useFormProblem = (fields: readonly string[]): FormProblem => {
  const [problem, setProblemState] = useState<ApiProblem | null>(null);
  const setProblem = useCallback((error: unknown) => setProblemState(toApiProblem(error)), []);
  const clear = useCallback(() => setProblemState(null), []);
  const split = splitProblem(problem, fields);
  return {
    fieldError: (field) => split.byField.get(field),
    formError: split.formError,
    otherErrors: split.otherErrors,
    setProblem,
    clear,
  };
};
