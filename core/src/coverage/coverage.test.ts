import { describe, expect, it } from 'vitest';
import {
  computeCoverage,
  type CoverageFlag,
  type CoverageRelationship,
  type CoverageStakeholder,
} from './coverage.ts';

const person = (
  id: string,
  overrides: Partial<CoverageStakeholder> = {},
): CoverageStakeholder => ({
  id,
  name: id,
  seniority: 'manager',
  buyingRole: 'user',
  status: 'active',
  leftOn: null,
  ...overrides,
});
const link = (teamMemberId: string, stakeholderId: string, strength = 3): CoverageRelationship => ({
  teamMemberId,
  teamMemberName: teamMemberId,
  stakeholderId,
  strength,
});

const kinds = (flags: CoverageFlag[]) =>
  flags
    .map((f) =>
      f.kind === 'single-threaded'
        ? `single-threaded:${f.side}:${f.personName}`
        : f.kind === 'level-not-reached'
          ? `level-not-reached:${f.level}`
          : `${f.kind}:${f.name}`,
    )
    .sort();

describe('computeCoverage', () => {
  it('counts stakeholders, reached stakeholders and our people per level', () => {
    const coverage = computeCoverage({
      stakeholders: [
        person('ceo', { seniority: 'executive', buyingRole: 'decision_maker' }),
        person('vp', { seniority: 'senior' }),
        person('lead', { seniority: 'manager' }),
        person('dev', { seniority: 'staff' }),
        person('dev2', { seniority: 'staff' }),
      ],
      relationships: [link('ana', 'ceo'), link('ben', 'ceo'), link('ana', 'vp'), link('ben', 'dev')],
    });
    expect(coverage.levels).toEqual([
      { level: 'executive', stakeholders: 1, reachedStakeholders: 1, teamMembers: 2, teamMemberNames: ['ana', 'ben'] },
      { level: 'senior', stakeholders: 1, reachedStakeholders: 1, teamMembers: 1, teamMemberNames: ['ana'] },
      { level: 'manager', stakeholders: 1, reachedStakeholders: 0, teamMembers: 0, teamMemberNames: [] },
      { level: 'staff', stakeholders: 2, reachedStakeholders: 1, teamMembers: 1, teamMemberNames: ['ben'] },
    ]);
    expect(coverage).toMatchObject({ activeStakeholders: 5, reachedStakeholders: 3, teamMembers: 2 });
    expect(kinds(coverage.flags)).toEqual(['level-not-reached:manager']);
  });

  it.each<[string, CoverageStakeholder[], CoverageRelationship[], string[]]>([
    [
      'one of our people carries every relationship',
      [person('a', { seniority: 'executive' }), person('b', { seniority: 'senior' }), person('c'), person('d', { seniority: 'staff' })],
      [link('ana', 'a'), link('ana', 'b'), link('ana', 'c'), link('ana', 'd')],
      ['single-threaded:ours:ana'],
    ],
    [
      'one of theirs carries every relationship',
      [person('a', { seniority: 'executive' }), person('b', { seniority: 'senior' }), person('c'), person('d', { seniority: 'staff' })],
      [link('ana', 'c'), link('ben', 'c')],
      [
        'level-not-reached:executive',
        'level-not-reached:senior',
        'level-not-reached:staff',
        'single-threaded:theirs:c',
      ],
    ],
    [
      'a single relationship is single-threaded on both sides',
      [person('a', { seniority: 'executive' }), person('b', { seniority: 'senior' }), person('c'), person('d', { seniority: 'staff' })],
      [link('ana', 'a')],
      [
        'level-not-reached:manager',
        'level-not-reached:senior',
        'level-not-reached:staff',
        'single-threaded:ours:ana',
        'single-threaded:theirs:a',
      ],
    ],
    [
      'no relationships at all: every level unreached, no single thread',
      [person('a', { seniority: 'executive' })],
      [],
      [
        'level-not-reached:executive',
        'level-not-reached:manager',
        'level-not-reached:senior',
        'level-not-reached:staff',
      ],
    ],
    [
      'a decision maker nobody reaches',
      [
        person('boss', { seniority: 'executive', buyingRole: 'decision_maker' }),
        person('x', { seniority: 'executive' }),
        person('b', { seniority: 'senior' }),
        person('c'),
        person('d', { seniority: 'staff' }),
      ],
      [link('ana', 'x'), link('ben', 'b'), link('ana', 'c'), link('ben', 'd')],
      ['decision-maker-not-reached:boss'],
    ],
    [
      'a relationship with someone who left no longer counts as reach',
      [
        person('gone', { seniority: 'executive', status: 'left', leftOn: '2026-01-10' }),
        person('x', { seniority: 'executive' }),
        person('b', { seniority: 'senior' }),
        person('c'),
        person('d', { seniority: 'staff' }),
      ],
      [link('ana', 'gone'), link('ben', 'b'), link('ana', 'c'), link('ben', 'd'), link('ana', 'x')],
      ['stakeholder-left:gone'],
    ],
  ])('flags when %s', (_, stakeholders, relationships, expected) => {
    expect(kinds(computeCoverage({ stakeholders, relationships }).flags)).toEqual(expected);
  });

  it('says who else we know when a stakeholder leaves, strongest relationship first', () => {
    const coverage = computeCoverage({
      stakeholders: [
        person('gone', { name: 'Gone Person', status: 'left', leftOn: '2026-02-01', buyingRole: 'champion' }),
        person('weak', { name: 'Weak Link', seniority: 'staff' }),
        person('strong', { name: 'Strong Link', seniority: 'senior' }),
      ],
      relationships: [link('ana', 'gone', 5), link('ben', 'weak', 1), link('ana', 'strong', 4)],
    });
    const left = coverage.flags.find((f) => f.kind === 'stakeholder-left');
    expect(left).toEqual({
      kind: 'stakeholder-left',
      stakeholderId: 'gone',
      name: 'Gone Person',
      buyingRole: 'champion',
      seniority: 'manager',
      leftOn: '2026-02-01',
      formerContacts: ['ana'],
      stillKnown: [
        { stakeholderId: 'strong', name: 'Strong Link', seniority: 'senior', reachedBy: ['ana'] },
        { stakeholderId: 'weak', name: 'Weak Link', seniority: 'staff', reachedBy: ['ben'] },
      ],
    });
  });
});
