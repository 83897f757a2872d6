// Inputs shared by the alert rules' table tests.
import { computeCoverage } from '../coverage/coverage.ts';
import { type AlertCommitment, type AlertInput, evaluateAlertRules } from './rules.ts';

export const steady = { expected: 0.7, uncertainty: 0.2, change30Days: 0 };

/** A healthy account: recent evidence and value, two threads on every level. */
export const healthy = (): AlertInput => ({
  accountId: 'acc',
  accountName: 'Northwind',
  today: '2026-06-30',
  accountCreatedOn: '2025-01-01',
  dimensions: { personal: steady, corporate: steady, capability: steady, reciprocal: steady },
  lastEvidenceOn: '2026-06-20',
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
        buyingRole: 'influencer',
        status: 'active',
        leftOn: null,
      },
      {
        id: 's3',
        name: 'Cy',
        seniority: 'manager',
        buyingRole: 'user',
        status: 'active',
        leftOn: null,
      },
      {
        id: 's4',
        name: 'Di',
        seniority: 'staff',
        buyingRole: 'user',
        status: 'active',
        leftOn: null,
      },
    ],
    relationships: [
      { teamMemberId: 't1', teamMemberName: 'Priya', stakeholderId: 's1', strength: 4 },
      { teamMemberId: 't2', teamMemberName: 'Omar', stakeholderId: 's2', strength: 3 },
      { teamMemberId: 't1', teamMemberName: 'Priya', stakeholderId: 's3', strength: 2 },
      { teamMemberId: 't2', teamMemberName: 'Omar', stakeholderId: 's4', strength: 2 },
    ],
  }),
  openCommitments: [],
  owners: [],
  opportunities: [],
  lastValueDeliveredOn: '2026-05-01',
  pulses: [],
});

/** The rules that fire on an input, in the order evaluated. */
export const rulesOf = (input: AlertInput) => evaluateAlertRules(input).map((a) => a.rule);

/** One of our open commitments, still proposed, due in three days from `healthy()`'s today. */
export const ours = (overrides: Partial<AlertCommitment> = {}): AlertCommitment => ({
  id: 'c1',
  side: 'ours',
  status: 'proposed',
  text: 'Send the pricing',
  ownerName: 'Priya',
  ownerTeamMemberId: 't1',
  recipientName: 'Ada',
  dueOn: '2026-07-03',
  ...overrides,
});
