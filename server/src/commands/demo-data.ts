import type { BuyingRole, OpportunityStage, SeniorityLevel } from '@fulcrum/core';

// A fictional portfolio: every company and person here is invented. The accounts differ in
// health on purpose (broad and deep, single-threaded, lost its champion, new) so each later
// screen has something true to show.

/** Our people in the demo workspace (the demo user is added as the first of them). */
export const demoTeam = [
  { name: 'Priya Raman', email: 'priya.raman@fulcrum.test', title: 'Account Executive' },
  { name: 'Tomás Ferreira', email: 'tomas.ferreira@fulcrum.test', title: 'Solutions Engineer' },
  { name: 'Hannah Okafor', email: 'hannah.okafor@fulcrum.test', title: 'Customer Success Manager' },
  { name: 'Lars Eriksen', email: 'lars.eriksen@fulcrum.test', title: 'VP Sales' },
  { name: 'Mei Tanaka', email: 'mei.tanaka@fulcrum.test', title: 'Implementation Lead' },
] as const;

type DemoStakeholder = {
  name: string;
  title: string;
  buyingRole: BuyingRole;
  seniority: SeniorityLevel;
  leftOn?: string;
  /** Team member names and relationship strength 1–5, with days since last contact and, for
   * relationships started recently, days since it started (others began over a year ago). */
  knownBy?: [string, number, number, number?][];
};

type DemoOpportunity = {
  name: string;
  stage: OpportunityStage;
  amount: number;
  decisionInDays: number;
  decisionTimingShared: boolean;
  competitors: string[];
};

type DemoAccount = {
  name: string;
  domain: string;
  industry: string;
  notes: string;
  /** The team member who owns the account. */
  owner: (typeof demoTeam)[number]['name'];
  stakeholders: DemoStakeholder[];
  opportunities: DemoOpportunity[];
};

/** The demo accounts with their people and deals. */
export const demoAccounts: DemoAccount[] = [
  {
    name: 'Northwind Logistics',
    domain: 'northwind-logistics.example',
    industry: 'Logistics',
    notes: 'Three-year customer; broad relationships from the board to the warehouse floor.',
    owner: 'Priya Raman',
    stakeholders: [
      {
        name: 'Ingrid Solberg',
        title: 'Chief Operating Officer',
        buyingRole: 'decision_maker',
        seniority: 'executive',
        knownBy: [
          ['Lars Eriksen', 4, 12],
          ['Priya Raman', 3, 30],
        ],
      },
      {
        name: 'Kwame Mensah',
        title: 'Chief Financial Officer',
        buyingRole: 'influencer',
        seniority: 'executive',
        knownBy: [['Lars Eriksen', 3, 45]],
      },
      {
        name: 'Sofia Marchetti',
        title: 'Director of Fleet Operations',
        buyingRole: 'champion',
        seniority: 'senior',
        knownBy: [
          ['Priya Raman', 5, 3],
          ['Hannah Okafor', 4, 8],
        ],
      },
      {
        name: 'Daniel Weiss',
        title: 'Head of IT',
        buyingRole: 'gatekeeper',
        seniority: 'senior',
        knownBy: [['Tomás Ferreira', 4, 10]],
      },
      {
        name: 'Aiko Nakamura',
        title: 'Procurement Manager',
        buyingRole: 'influencer',
        seniority: 'manager',
        knownBy: [['Priya Raman', 3, 20]],
      },
      {
        name: 'Rafael Ortega',
        title: 'Warehouse Manager',
        buyingRole: 'user',
        seniority: 'manager',
        knownBy: [['Mei Tanaka', 4, 6]],
      },
      {
        name: 'Grace Liu',
        title: 'Dispatch Coordinator',
        buyingRole: 'user',
        seniority: 'staff',
        knownBy: [
          ['Mei Tanaka', 3, 15],
          ['Hannah Okafor', 2, 40],
        ],
      },
      {
        name: 'Oskar Nilsson',
        title: 'Data Analyst',
        buyingRole: 'user',
        seniority: 'staff',
        knownBy: [['Tomás Ferreira', 3, 25]],
      },
    ],
    opportunities: [
      {
        name: 'Route optimisation expansion',
        stage: 'proposal',
        amount: 240000,
        decisionInDays: 45,
        decisionTimingShared: true,
        competitors: ['Cargoline Systems', 'OptiRoute'],
      },
      {
        name: 'Annual renewal',
        stage: 'won',
        amount: 180000,
        decisionInDays: -60,
        decisionTimingShared: true,
        competitors: [],
      },
    ],
  },
  {
    name: 'Helios Health',
    domain: 'helios-health.example',
    industry: 'Healthcare',
    notes: 'Everything runs through one champion; no executive contact yet.',
    owner: 'Priya Raman',
    stakeholders: [
      {
        name: 'Margaret Doyle',
        title: 'Chief Medical Officer',
        buyingRole: 'decision_maker',
        seniority: 'executive',
      },
      {
        name: 'Samuel Adeyemi',
        title: 'Chief Information Officer',
        buyingRole: 'influencer',
        seniority: 'executive',
      },
      {
        name: 'Elena Petrova',
        title: 'Head of Clinical Systems',
        buyingRole: 'champion',
        seniority: 'senior',
        knownBy: [['Priya Raman', 5, 2]],
      },
      {
        name: 'Jonas Becker',
        title: 'IT Security Lead',
        buyingRole: 'gatekeeper',
        seniority: 'manager',
        knownBy: [['Priya Raman', 2, 60]],
      },
      { name: 'Fatima Zahra', title: 'Nurse Manager', buyingRole: 'user', seniority: 'manager' },
      {
        name: 'Chen Wei',
        title: 'Systems Analyst',
        buyingRole: 'user',
        seniority: 'staff',
        knownBy: [['Priya Raman', 3, 14]],
      },
    ],
    opportunities: [
      {
        name: 'Patient flow pilot',
        stage: 'qualification',
        amount: 90000,
        decisionInDays: 75,
        decisionTimingShared: false,
        competitors: ['MedTrack', 'CareSync', 'In-house build'],
      },
    ],
  },
  {
    name: 'Aurora Retail Group',
    domain: 'aurora-retail.example',
    industry: 'Retail',
    notes: 'Our champion left in the spring; the new buying group is still forming.',
    owner: 'Lars Eriksen',
    stakeholders: [
      {
        name: 'Victor Lindqvist',
        title: 'Chief Executive Officer',
        buyingRole: 'decision_maker',
        seniority: 'executive',
        knownBy: [['Lars Eriksen', 2, 120]],
      },
      {
        name: 'Amara Nwosu',
        title: 'VP Digital',
        buyingRole: 'champion',
        seniority: 'executive',
        leftOn: '2026-04-30',
        knownBy: [
          ['Lars Eriksen', 5, 210],
          ['Hannah Okafor', 4, 220],
        ],
      },
      {
        name: 'Lucas Moreau',
        title: 'Director of E-commerce',
        buyingRole: 'influencer',
        seniority: 'senior',
        knownBy: [['Hannah Okafor', 2, 35, 60]],
      },
      {
        name: 'Isabel Cruz',
        title: 'Head of Store Operations',
        buyingRole: 'influencer',
        seniority: 'senior',
      },
      {
        name: 'Peter Novak',
        title: 'IT Procurement Manager',
        buyingRole: 'gatekeeper',
        seniority: 'manager',
        knownBy: [['Tomás Ferreira', 2, 50]],
      },
      { name: 'Yuki Sato', title: 'Store Manager', buyingRole: 'user', seniority: 'manager' },
      {
        name: 'Nadia Haddad',
        title: 'Merchandising Analyst',
        buyingRole: 'user',
        seniority: 'staff',
        knownBy: [['Mei Tanaka', 3, 28, 45]],
      },
    ],
    opportunities: [
      {
        name: 'Omnichannel inventory',
        stage: 'negotiation',
        amount: 410000,
        decisionInDays: 20,
        decisionTimingShared: false,
        competitors: ['StockWise', 'Retalix Cloud'],
      },
      {
        name: 'Loyalty analytics add-on',
        stage: 'lost',
        amount: 60000,
        decisionInDays: -90,
        decisionTimingShared: false,
        competitors: ['StockWise'],
      },
    ],
  },
  {
    name: 'Keystone Manufacturing',
    domain: 'keystone-mfg.example',
    industry: 'Manufacturing',
    notes: 'Steady account; strong at management level, thin at the top.',
    owner: 'Hannah Okafor',
    stakeholders: [
      {
        name: 'Robert Hale',
        title: 'Plant Director',
        buyingRole: 'decision_maker',
        seniority: 'executive',
        knownBy: [['Lars Eriksen', 3, 40, 70]],
      },
      {
        name: 'Anika Sharma',
        title: 'Head of Quality',
        buyingRole: 'champion',
        seniority: 'senior',
        knownBy: [
          ['Tomás Ferreira', 4, 9],
          ['Hannah Okafor', 4, 11],
        ],
      },
      {
        name: 'Marek Kowalski',
        title: 'Maintenance Manager',
        buyingRole: 'user',
        seniority: 'manager',
        knownBy: [['Mei Tanaka', 5, 4]],
      },
      {
        name: 'Lena Fischer',
        title: 'Purchasing Manager',
        buyingRole: 'gatekeeper',
        seniority: 'manager',
        knownBy: [['Priya Raman', 3, 18]],
      },
      {
        name: 'Tobias Brandt',
        title: 'Production Engineer',
        buyingRole: 'user',
        seniority: 'staff',
        knownBy: [['Mei Tanaka', 4, 7]],
      },
      {
        name: 'Olga Ivanova',
        title: 'Quality Technician',
        buyingRole: 'user',
        seniority: 'staff',
        knownBy: [['Tomás Ferreira', 3, 21]],
      },
      {
        name: 'Henrik Dahl',
        title: 'Operations Manager',
        buyingRole: 'influencer',
        seniority: 'manager',
        knownBy: [['Hannah Okafor', 3, 16]],
      },
    ],
    opportunities: [
      {
        name: 'Predictive maintenance rollout',
        stage: 'discovery',
        amount: 150000,
        decisionInDays: 120,
        decisionTimingShared: true,
        competitors: ['Uptime Analytics'],
      },
      {
        name: 'Second plant licence',
        stage: 'proposal',
        amount: 95000,
        decisionInDays: 30,
        decisionTimingShared: true,
        competitors: ['Uptime Analytics', 'PlantPulse'],
      },
    ],
  },
  {
    name: 'Meridian Bank',
    domain: 'meridian-bank.example',
    industry: 'Financial services',
    notes: 'New logo. First meetings went well; little evidence yet either way.',
    owner: 'Lars Eriksen',
    stakeholders: [
      {
        name: 'Charlotte Greene',
        title: 'Chief Risk Officer',
        buyingRole: 'decision_maker',
        seniority: 'executive',
      },
      {
        name: 'Ahmed Karim',
        title: 'Head of Compliance Technology',
        buyingRole: 'champion',
        seniority: 'senior',
        knownBy: [
          ['Priya Raman', 3, 5, 50],
          ['Lars Eriksen', 2, 5, 40],
        ],
      },
      {
        name: 'Julia Schmidt',
        title: 'Vendor Risk Manager',
        buyingRole: 'gatekeeper',
        seniority: 'manager',
        knownBy: [['Tomás Ferreira', 2, 12, 35]],
      },
      {
        name: 'Marco Bianchi',
        title: 'Compliance Analyst',
        buyingRole: 'user',
        seniority: 'staff',
      },
      {
        name: 'Sarah Cohen',
        title: 'Director of Operations',
        buyingRole: 'influencer',
        seniority: 'senior',
      },
    ],
    opportunities: [
      {
        name: 'Regulatory reporting platform',
        stage: 'discovery',
        amount: 520000,
        decisionInDays: 150,
        decisionTimingShared: false,
        competitors: ['RegServe', 'Axiom Ledger', 'Big-four consultancy'],
      },
    ],
  },
];
