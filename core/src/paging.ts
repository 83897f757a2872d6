import { DomainError } from './errors.ts';

/** A sort order parsed from `name` or `-name`: the field and its direction. */
export type SortOrder<Field extends string> = { field: Field; direction: 'asc' | 'desc' };

/** Parses a `sort` query value (`field` ascending, `-field` descending) against the allowed fields. */
export const parseSort = <Field extends string>(
  value: string | undefined,
  allowed: readonly Field[],
  fallback: SortOrder<Field>,
): SortOrder<Field> => {
  if (value === undefined || value === '') return fallback;
  const direction = value.startsWith('-') ? 'desc' : 'asc';
  const field = value.replace(/^[-+]/, '');
  const match = allowed.find((candidate) => candidate === field);
  if (match === undefined) {
    throw new DomainError(
      'validation-failed',
      `Cannot sort by "${field}". Sort by one of: ${allowed.join(', ')} (prefix with "-" for descending).`,
      [{ pointer: '/sort', detail: `must be one of ${allowed.join(', ')}` }],
    );
  }
  return { field: match, direction };
};
