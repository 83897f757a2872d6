/** One demo observation: signal name, who it is about, when (days ago) and a note. */
export type DemoObservation = {
  signal: string;
  daysAgo: number;
  stakeholder?: string;
  teamMember?: string;
  opportunity?: string;
  note?: string;
};

// A year of invented history per demo account, matching the health its notes describe.
/** Demo observations by account name. */
export const demoObservations: Record<string, DemoObservation[]> = {
  'Northwind Logistics': [
    {
      signal: 'Calls us before deciding',
      daysAgo: 300,
      stakeholder: 'Sofia Marchetti',
      teamMember: 'Priya Raman',
    },
    {
      signal: 'Introduces us to colleagues',
      daysAgo: 260,
      stakeholder: 'Sofia Marchetti',
      teamMember: 'Priya Raman',
      note: 'Brought us into the fleet planning review',
    },
    {
      signal: 'Plans with us for years ahead',
      daysAgo: 220,
      stakeholder: 'Ingrid Solberg',
      note: 'Three-year roadmap session',
    },
    { signal: 'Did what they said they would', daysAgo: 200 },
    {
      signal: 'Tells us their decision timing early',
      daysAgo: 120,
      opportunity: 'Route optimisation expansion',
      stakeholder: 'Ingrid Solberg',
      note: 'Board decides in January',
    },
    {
      signal: 'Asks us to review a competitor’s offer',
      daysAgo: 60,
      opportunity: 'Route optimisation expansion',
      stakeholder: 'Sofia Marchetti',
    },
    {
      signal: 'Shares context off the record',
      daysAgo: 40,
      stakeholder: 'Daniel Weiss',
      teamMember: 'Tomás Ferreira',
    },
    { signal: 'Refers us to peers', daysAgo: 25, stakeholder: 'Ingrid Solberg' },
    { signal: 'Paid late again', daysAgo: 20, note: 'Q3 invoice 30 days late' },
    {
      signal: 'Asks for advice beyond our product',
      daysAgo: 6,
      stakeholder: 'Sofia Marchetti',
      teamMember: 'Priya Raman',
    },
  ],
  'Helios Health': [
    {
      signal: 'Replies quickly and openly',
      daysAgo: 150,
      stakeholder: 'Elena Petrova',
      teamMember: 'Priya Raman',
    },
    {
      signal: 'Shares context off the record',
      daysAgo: 90,
      stakeholder: 'Elena Petrova',
      teamMember: 'Priya Raman',
    },
    {
      signal: 'Keeps the evaluation criteria vague',
      daysAgo: 45,
      opportunity: 'Patient flow pilot',
    },
    {
      signal: 'Pilots us against several vendors',
      daysAgo: 30,
      opportunity: 'Patient flow pilot',
      note: 'Three-vendor pilot announced',
    },
    { signal: 'Sends everything through procurement', daysAgo: 20, stakeholder: 'Jonas Becker' },
    {
      signal: 'Calls us before deciding',
      daysAgo: 8,
      stakeholder: 'Elena Petrova',
      teamMember: 'Priya Raman',
    },
  ],
  'Aurora Retail Group': [
    {
      signal: 'Calls us before deciding',
      daysAgo: 330,
      stakeholder: 'Amara Nwosu',
      teamMember: 'Lars Eriksen',
    },
    { signal: 'Plans with us for years ahead', daysAgo: 280, stakeholder: 'Amara Nwosu' },
    { signal: 'Told us bad news early', daysAgo: 240, stakeholder: 'Amara Nwosu' },
    {
      signal: 'Buys on price alone',
      daysAgo: 80,
      stakeholder: 'Peter Novak',
      note: 'New procurement lead wants a 20 % discount',
    },
    {
      signal: 'Avoids our meetings',
      daysAgo: 55,
      stakeholder: 'Lucas Moreau',
      teamMember: 'Hannah Okafor',
    },
    {
      signal: 'Used our proposal to press another vendor',
      daysAgo: 40,
      note: 'Our pricing appeared in StockWise’s counter-offer',
    },
    {
      signal: 'Doubts our plan out loud',
      daysAgo: 28,
      opportunity: 'Omnichannel inventory',
      stakeholder: 'Lucas Moreau',
    },
    {
      signal: 'Goes around our contact',
      daysAgo: 15,
      stakeholder: 'Victor Lindqvist',
      teamMember: 'Lars Eriksen',
      note: 'Called our CEO directly about the renewal',
    },
    { signal: 'Missed a promise to us', daysAgo: 9, note: 'Store data extract not delivered' },
  ],
  'Keystone Manufacturing': [
    { signal: 'Did what they said they would', daysAgo: 250 },
    {
      signal: 'Gives us access to their experts',
      daysAgo: 180,
      opportunity: 'Predictive maintenance rollout',
      stakeholder: 'Anika Sharma',
    },
    {
      signal: 'Involves us in shaping requirements',
      daysAgo: 100,
      opportunity: 'Second plant licence',
      stakeholder: 'Anika Sharma',
    },
    {
      signal: 'Replies quickly and openly',
      daysAgo: 70,
      stakeholder: 'Marek Kowalski',
      teamMember: 'Mei Tanaka',
    },
    { signal: 'Stays with us after changes on our side', daysAgo: 50, stakeholder: 'Robert Hale' },
    { signal: 'Gave us honest feedback', daysAgo: 33, stakeholder: 'Henrik Dahl' },
    {
      signal: 'Asks for references again and again',
      daysAgo: 14,
      opportunity: 'Second plant licence',
      stakeholder: 'Lena Fischer',
    },
    { signal: 'Paid on time', daysAgo: 10 },
  ],
  'Meridian Bank': [
    {
      signal: 'Shares context off the record',
      daysAgo: 20,
      stakeholder: 'Ahmed Karim',
      teamMember: 'Priya Raman',
    },
    { signal: 'Demands guarantees and penalties', daysAgo: 12, stakeholder: 'Julia Schmidt' },
  ],
};

/** The team's capability estimates for the demo competitors (0–1). */
export const demoCompetitorEstimates: Record<string, number> = {
  'Cargoline Systems': 0.55,
  OptiRoute: 0.7,
  MedTrack: 0.6,
  CareSync: 0.5,
  StockWise: 0.75,
  'Retalix Cloud': 0.45,
  'Uptime Analytics': 0.6,
  PlantPulse: 0.4,
  RegServe: 0.55,
  'Axiom Ledger': 0.5,
};
