import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/client.ts';
import { splitProblem } from './use-form-problem.ts';

const problem = (errors?: { pointer: string; detail: string }[]) =>
  new ApiProblem({
    status: 400,
    code: 'validation-failed',
    title: 'Validation failed',
    detail: 'Some fields are not valid.',
    errors,
  });

describe('splitProblem', () => {
  it('shows nothing when there is no problem', () => {
    expect(splitProblem(null, ['name'])).toEqual({
      byField: new Map(),
      formError: undefined,
      otherErrors: [],
    });
  });

  it('puts errors beside their fields and leaves the top empty when all have a field', () => {
    const split = splitProblem(
      problem([
        { pointer: '/name', detail: 'must not be empty' },
        { pointer: '/leftOn', detail: 'required when status is left' },
      ]),
      ['name', 'leftOn'],
    );
    expect(split.byField.get('name')).toBe('must not be empty');
    expect(split.byField.get('leftOn')).toBe('required when status is left');
    expect(split.formError).toBeUndefined();
  });

  it('shows the detail on top when the problem names no field', () => {
    const split = splitProblem(problem(), ['name']);
    expect(split.formError).toBe('Some fields are not valid.');
    expect(split.otherErrors).toEqual([]);
  });

  it('lists errors for fields the form does not have under the detail', () => {
    const split = splitProblem(
      problem([
        { pointer: '/name', detail: 'too long' },
        { pointer: '/color', detail: 'unknown field' },
      ]),
      ['name'],
    );
    expect(split.byField.get('name')).toBe('too long');
    expect(split.formError).toBe('Some fields are not valid.');
    expect(split.otherErrors).toEqual(['/color: unknown field']);
  });

  it.each([
    ['/amount/0', 'amount'],
    ['/body/amount', 'amount'],
  ])('reads %s as the field %s', (pointer, field) => {
    expect(splitProblem(problem([{ pointer, detail: 'bad' }]), [field]).byField.get(field)).toBe(
      'bad',
    );
  });
});
