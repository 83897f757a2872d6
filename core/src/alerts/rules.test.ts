import { describe, expect, it } from 'vitest';
import { computeCommitmentRecord } from '../commitments/load.ts';
import { computeCoverage } from '../coverage/coverage.ts';
import { type AlertInput, type AlertRule, evaluateAlertRules } from './rules.ts';
import { healthy, ours, rulesOf, steady } from './test-fixtures.ts';

describe('evaluateAlertRules', () => {
  it('raises nothing on a healthy account', () => {
    expect(evaluateAlertRules(healthy())).toEqual([]);
  });

  it.each<[string, (input: AlertInput) => AlertInput, AlertRule[]]>([
    [
      'an open commitment past its due day',
      (i) => ({
        ...i,
        openCommitments: [
          ours({ status: 'agreed', text: 'Send pricing', dueOn: '2026-06-27' }),
          ours({ id: 'c2', status: 'agreed', text: 'Not yet due', dueOn: '2026-06-30' }),
        ],
      }),
      ['commitment-overdue'],
    ],
    [
      'a dimension that fell more than 10 points in 30 days',
      (i) => ({
        ...i,
        dimensions: { ...i.dimensions, personal: { ...steady, change30Days: -0.12 } },
      }),
      ['trust-fell'],
    ],
    [
      'a fall of exactly the threshold',
      (i) => ({
        ...i,
        dimensions: { ...i.dimensions, personal: { ...steady, change30Days: -0.1 } },
      }),
      [],
    ],
    [
      'high uncertainty after 60 silent days',
      (i) => ({
        ...i,
        lastEvidenceOn: '2026-04-01',
        dimensions: { ...i.dimensions, corporate: { ...steady, uncertainty: 0.65 } },
      }),
      ['uncertainty-high'],
    ],
    [
      'high uncertainty with recent evidence',
      (i) => ({
        ...i,
        dimensions: { ...i.dimensions, corporate: { ...steady, uncertainty: 0.9 } },
      }),
      [],
    ],
    [
      'one of our people carrying the account',
      (i) => ({
        ...i,
        coverage: computeCoverage({
          stakeholders: [
            {
              id: 's1',
              name: 'Ada',
              seniority: 'executive',
              buyingRole: 'decision_maker',
              status: 'active',
              leftOn: null,
            },
            {
              id: 's2',
              name: 'Ben',
              seniority: 'senior',
              buyingRole: 'user',
              status: 'active',
              leftOn: null,
            },
          ],
          relationships: [
            { teamMemberId: 't1', teamMemberName: 'Priya', stakeholderId: 's1', strength: 4 },
            { teamMemberId: 't1', teamMemberName: 'Priya', stakeholderId: 's2', strength: 4 },
          ],
        }),
      }),
      ['single-threaded'],
    ],
    [
      'a stakeholder who left last month',
      (i) => ({
        ...i,
        coverage: computeCoverage({
          stakeholders: [
            {
              id: 's0',
              name: 'Eve',
              seniority: 'senior',
              buyingRole: 'champion',
              status: 'left',
              leftOn: '2026-06-01',
            },
            {
              id: 's1',
              name: 'Ada',
              seniority: 'executive',
              buyingRole: 'decision_maker',
              status: 'active',
              leftOn: null,
            },
            {
              id: 's2',
              name: 'Ben',
              seniority: 'senior',
              buyingRole: 'user',
              status: 'active',
              leftOn: null,
            },
          ],
          relationships: [
            { teamMemberId: 't1', teamMemberName: 'Priya', stakeholderId: 's1', strength: 4 },
            { teamMemberId: 't2', teamMemberName: 'Omar', stakeholderId: 's2', strength: 4 },
          ],
        }),
      }),
      ['stakeholder-left'],
    ],
    [
      'a stakeholder who left more than 180 days ago',
      (i) => ({
        ...i,
        coverage: computeCoverage({
          stakeholders: [
            {
              id: 's0',
              name: 'Eve',
              seniority: 'senior',
              buyingRole: 'champion',
              status: 'left',
              leftOn: '2025-06-01',
            },
            {
              id: 's1',
              name: 'Ada',
              seniority: 'executive',
              buyingRole: 'decision_maker',
              status: 'active',
              leftOn: null,
            },
            {
              id: 's2',
              name: 'Ben',
              seniority: 'senior',
              buyingRole: 'user',
              status: 'active',
              leftOn: null,
            },
          ],
          relationships: [
            { teamMemberId: 't1', teamMemberName: 'Priya', stakeholderId: 's1', strength: 4 },
            { teamMemberId: 't2', teamMemberName: 'Omar', stakeholderId: 's2', strength: 4 },
          ],
        }),
      }),
      [],
    ],
    [
      'a competitor trusted more on capability',
      (i) => ({
        ...i,
        opportunities: [
          {
            id: 'o1',
            name: 'Renewal',
            ourCapability: 0.55,
            leader: { name: 'Acme', expected: 0.75 },
          },
          { id: 'o2', name: 'Upsell', ourCapability: 0.8, leader: { name: 'Acme', expected: 0.7 } },
        ],
      }),
      ['competitor-ahead'],
    ],
    [
      'an owner with more due than they ever kept on time in 14 days',
      (i) => ({
        ...i,
        owners: [
          {
            teamMemberId: 't1',
            name: 'Priya',
            dueInNext14Days: 4,
            record: computeCommitmentRecord([
              { status: 'kept', dueOn: '2026-01-01', closedOn: '2026-01-01' },
              { status: 'kept', dueOn: '2026-03-01', closedOn: '2026-03-01' },
              { status: 'kept', dueOn: '2026-05-01', closedOn: '2026-05-01' },
            ]),
          },
        ],
      }),
      ['owner-over-committed'],
    ],
    [
      'no value delivered in 90 days',
      (i) => ({ ...i, lastValueDeliveredOn: '2026-03-31' }),
      ['no-value-delivered'],
    ],
    ['value delivered 89 days ago', (i) => ({ ...i, lastValueDeliveredOn: '2026-04-02' }), []],
  ])('for %s', (_, change, expected) => {
    expect(rulesOf(change(healthy()))).toEqual(expected);
  });

  it('explains a stakeholder who left with who else we know, and suggests whom to ask', () => {
    const [alert] = evaluateAlertRules({
      ...healthy(),
      coverage: computeCoverage({
        stakeholders: [
          {
            id: 's0',
            name: 'Eve',
            seniority: 'senior',
            buyingRole: 'champion',
            status: 'left',
            leftOn: '2026-06-01',
          },
          {
            id: 's1',
            name: 'Ada',
            seniority: 'executive',
            buyingRole: 'decision_maker',
            status: 'active',
            leftOn: null,
          },
          {
            id: 's2',
            name: 'Ben',
            seniority: 'senior',
            buyingRole: 'user',
            status: 'active',
            leftOn: null,
          },
        ],
        relationships: [
          { teamMemberId: 't1', teamMemberName: 'Priya', stakeholderId: 's0', strength: 5 },
          { teamMemberId: 't1', teamMemberName: 'Priya', stakeholderId: 's1', strength: 4 },
          { teamMemberId: 't2', teamMemberName: 'Omar', stakeholderId: 's2', strength: 2 },
        ],
      }),
    });
    expect(alert).toMatchObject({
      rule: 'stakeholder-left',
      dedupKey: 'stakeholder-left:s0',
      severity: 'high',
      title: 'Eve left Northwind',
      reason:
        'Eve (champion, senior) left on 2026-06-01; Priya knew them. We still know Ada (through Priya) and Ben (through Omar).',
      suggestion:
        "Ask Ada who takes over Eve's part, and ask for an introduction soon; stay in touch with Eve in their new role too.",
    });
  });

  it('builds the overdue reason from the figures and keys it by commitment', () => {
    const [alert] = evaluateAlertRules({
      ...healthy(),
      openCommitments: [
        {
          id: 'c1',
          side: 'theirs',
          status: 'agreed',
          text: 'Share the data model',
          ownerName: 'Ada',
          ownerTeamMemberId: null,
          recipientName: null,
          dueOn: '2026-06-29',
        },
      ],
    });
    expect(alert).toMatchObject({
      dedupKey: 'commitment-overdue:c1',
      severity: 'medium',
      reason: 'Ada promised “Share the data model” for 2026-06-29; it is still open 1 day later.',
      figures: { daysOverdue: 1, side: 'theirs' },
    });
  });

  it('keeps dedup keys stable across evaluations and distinct per subject', () => {
    const input = {
      ...healthy(),
      lastValueDeliveredOn: null,
      dimensions: {
        ...healthy().dimensions,
        personal: { ...steady, change30Days: -0.2 },
        capability: { ...steady, change30Days: -0.3 },
      },
    };
    const first = evaluateAlertRules(input).map((a) => a.dedupKey);
    expect(evaluateAlertRules(input).map((a) => a.dedupKey)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first).toEqual([
      'trust-fell:acc:personal',
      'trust-fell:acc:capability',
      'no-value-delivered:acc',
    ]);
  });

  it('gives alerts that concern no one of ours to the account owner, and keeps the others’ owners', () => {
    const input: AlertInput = {
      ...healthy(),
      accountOwnerTeamMemberId: 'owner-1',
      lastValueDeliveredOn: null,
      openCommitments: [ours({ status: 'agreed', text: 'Send the plan', dueOn: '2026-06-20' })],
    };
    const owners = Object.fromEntries(
      evaluateAlertRules(input).map((a) => [a.rule, a.ownerTeamMemberId]),
    );
    expect(owners).toEqual({ 'commitment-overdue': 't1', 'no-value-delivered': 'owner-1' });
    const unowned = evaluateAlertRules({ ...input, accountOwnerTeamMemberId: null });
    expect(unowned.find((a) => a.rule === 'no-value-delivered')?.ownerTeamMemberId).toBeNull();
  });
});
