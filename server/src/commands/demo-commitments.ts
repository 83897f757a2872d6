import type { CommitmentStatus } from '@fulcrum/core';

/** One demo commitment: who promised what to whom, when it was due, and how it ended. */
export type DemoCommitment = {
  account: string;
  side: 'ours' | 'theirs';
  owner: string;
  recipient?: string;
  text: string;
  dueInDays: number;
  outcome?: { status: CommitmentStatus; daysFromDue: number };
  isOnBehalfOfCompany?: boolean;
};

// Invented promises on both sides, with outcomes matching each account's story.
/** The demo commitments. */
export const demoCommitments: DemoCommitment[] = [
  {
    account: 'Northwind Logistics',
    side: 'ours',
    owner: 'Priya Raman',
    recipient: 'Sofia Marchetti',
    text: 'Send the route simulation for the northern depots',
    dueInDays: -120,
    outcome: { status: 'kept', daysFromDue: -2 },
  },
  {
    account: 'Northwind Logistics',
    side: 'ours',
    owner: 'Tomás Ferreira',
    recipient: 'Daniel Weiss',
    text: 'Complete the security review questionnaire',
    dueInDays: -75,
    outcome: { status: 'kept', daysFromDue: 0 },
  },
  {
    account: 'Northwind Logistics',
    side: 'theirs',
    owner: 'Sofia Marchetti',
    text: 'Share twelve months of delivery data',
    dueInDays: -90,
    outcome: { status: 'kept', daysFromDue: -1 },
  },
  {
    account: 'Northwind Logistics',
    side: 'ours',
    owner: 'Lars Eriksen',
    recipient: 'Ingrid Solberg',
    text: 'Present the three-year roadmap to the board',
    dueInDays: 10,
    isOnBehalfOfCompany: true,
  },
  {
    account: 'Northwind Logistics',
    side: 'ours',
    owner: 'Priya Raman',
    recipient: 'Sofia Marchetti',
    text: 'Deliver the revised expansion proposal',
    dueInDays: 5,
  },
  {
    account: 'Helios Health',
    side: 'ours',
    owner: 'Priya Raman',
    recipient: 'Elena Petrova',
    text: 'Arrange a reference call with another hospital',
    dueInDays: -30,
    outcome: { status: 'kept_late', daysFromDue: 6 },
  },
  {
    account: 'Helios Health',
    side: 'theirs',
    owner: 'Elena Petrova',
    text: 'Confirm the pilot evaluation criteria',
    dueInDays: -4,
  },
  {
    account: 'Aurora Retail Group',
    side: 'ours',
    owner: 'Hannah Okafor',
    recipient: 'Lucas Moreau',
    text: 'Fix the nightly sync failures',
    dueInDays: -60,
    outcome: { status: 'broken', daysFromDue: 3 },
  },
  {
    account: 'Aurora Retail Group',
    side: 'theirs',
    owner: 'Peter Novak',
    text: 'Deliver the store data extract',
    dueInDays: -12,
    outcome: { status: 'broken', daysFromDue: 3 },
  },
  {
    account: 'Aurora Retail Group',
    side: 'ours',
    owner: 'Lars Eriksen',
    recipient: 'Victor Lindqvist',
    text: 'Propose a recovery plan for the inventory rollout',
    dueInDays: -3,
  },
  {
    account: 'Keystone Manufacturing',
    side: 'ours',
    owner: 'Mei Tanaka',
    recipient: 'Marek Kowalski',
    text: 'Calibrate the vibration sensors on line 2',
    dueInDays: -45,
    outcome: { status: 'kept', daysFromDue: -3 },
  },
  {
    account: 'Keystone Manufacturing',
    side: 'ours',
    owner: 'Tomás Ferreira',
    recipient: 'Anika Sharma',
    text: 'Run the quality data workshop',
    dueInDays: -20,
    outcome: { status: 'renegotiated', daysFromDue: -7 },
  },
  {
    account: 'Keystone Manufacturing',
    side: 'theirs',
    owner: 'Lena Fischer',
    text: 'Issue the purchase order for the second plant',
    dueInDays: 12,
  },
  {
    account: 'Meridian Bank',
    side: 'ours',
    owner: 'Priya Raman',
    recipient: 'Ahmed Karim',
    text: 'Send the regulatory reporting demo recording',
    dueInDays: 3,
  },
];
