import { describe, expect, it } from 'vitest';
import { nilId } from './ledger.ts';
import { placeEvidence } from './placement.ts';

const targets = { accountId: 'a', stakeholderId: 's', opportunityId: 'o', teamMemberId: 't' };
const bare = { accountId: 'a', stakeholderId: null, opportunityId: null, teamMemberId: null };

describe('placeEvidence', () => {
  it.each([
    ['personal', targets, { subjectType: 'stakeholder', subjectId: 's', aboutId: 't' }],
    [
      'personal',
      { ...targets, teamMemberId: null },
      { subjectType: 'stakeholder', subjectId: 's', aboutId: nilId },
    ],
    ['corporate', targets, { subjectType: 'stakeholder', subjectId: 's', aboutId: nilId }],
    ['capability', targets, { subjectType: 'opportunity', subjectId: 'o', aboutId: nilId }],
    ['reciprocal', targets, { subjectType: 'stakeholder', subjectId: 's', aboutId: nilId }],
    ['personal', bare, { subjectType: 'account', subjectId: 'a', aboutId: nilId }],
    ['capability', bare, { subjectType: 'account', subjectId: 'a', aboutId: nilId }],
    ['reciprocal', bare, { subjectType: 'account', subjectId: 'a', aboutId: nilId }],
  ] as const)('places %s evidence for %o on %o', (dimension, given, expected) => {
    expect(placeEvidence(dimension, given)).toEqual(expected);
  });
});
