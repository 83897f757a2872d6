import { describe, expect, it } from 'vitest';
import { formatRate, matchPersonByName, toTransitionActions } from './format.ts';

const people = [
  { id: 'tm_1', name: 'Priya Raman' },
  { id: 'tm_2', name: 'Tomás Ferreira' },
  { id: 'tm_3', name: 'Priya Shah' },
];

describe('matchPersonByName', () => {
  it.each([
    ['Priya Raman', 'tm_1'],
    ['  priya   raman ', 'tm_1'],
    ['Tomás', 'tm_2'],
    ['Ferreira', 'tm_2'],
  ])('matches %j to %s', (name, id) => {
    expect(matchPersonByName(name, people)?.id).toBe(id);
  });

  it.each([['Priya'], ['Someone Else'], [''], [null]])('leaves %j unmatched', (name) => {
    expect(matchPersonByName(name, people)).toBeNull();
  });
});

describe('toTransitionActions', () => {
  it('offers agree and release on a proposed commitment', () => {
    expect(toTransitionActions(['agreed', 'released']).map((action) => action.label)).toEqual([
      'Agree',
      'Release',
    ]);
  });

  it('offers one "Mark kept" for kept and kept late, and asks terms for a renegotiation', () => {
    const actions = toTransitionActions(['kept', 'kept_late', 'broken', 'renegotiated']);
    expect(actions.map((action) => action.to)).toEqual(['kept', 'broken', 'renegotiated']);
    expect(actions.find((action) => action.to === 'renegotiated')?.needsTerms).toBe(true);
  });

  it('offers nothing on a closed commitment', () => {
    expect(toTransitionActions([])).toEqual([]);
  });
});

describe('formatRate', () => {
  it.each([
    [null, '—'],
    [0.754, '75%'],
    [1, '100%'],
  ])('formats %j as %s', (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });
});
