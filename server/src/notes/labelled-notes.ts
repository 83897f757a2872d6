/** What a labelled sentence should yield; fields after `isCommitment` apply to promises only. */
export type LabelledExpectation = {
  isCommitment: boolean;
  side?: 'ours' | 'theirs';
  owner?: string | null;
  dueAt?: string | null;
  duePhrase?: string | null;
};

/** One hand-labelled sentence of meeting notes. */
export type LabelledNote = {
  text: string;
  referenceDate: string;
  expected: LabelledExpectation;
};

/** The people of the account every labelled sentence is about: our team and their stakeholders. */
export const labelledNoteNames = {
  ourNames: ['Tom Becker', 'Aisha Khan', 'Lena Park'],
  theirNames: ['Maria Lopez', 'Jonas Weber', 'Priya Nair'],
};

// Reference days: 2026-03-11 is a Wednesday, 2026-05-29 a Friday, 2026-11-23 a Monday and
// 2026-12-17 a Thursday. Labels record what the writer of the notes meant, not what a parser
// would find easy: "by Friday" is the first Friday after the meeting, "next week" is due by the
// Friday of next week, "before X" is due the day before X, a month or quarter end is its last day.
// Samira and Carlos are their people and Ben is ours, none of them in the name lists above.
const wed = '2026-03-11';
const fri = '2026-05-29';
const mon = '2026-11-23';
const thu = '2026-12-17';

/** Hand-labelled sentences: promises both ways, date phrases of many kinds, and look-alikes. */
export const labelledNotes: LabelledNote[] = [
  // Our promises.
  {
    text: 'We will send the revised pricing by Friday.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: '2026-03-13',
      duePhrase: 'by Friday',
    },
  },
  {
    text: "I'll share the security whitepaper with Maria tomorrow.",
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: '2026-03-12',
      duePhrase: 'tomorrow',
    },
  },
  {
    text: 'Our team will deliver the integration plan by the end of next month.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: '2026-04-30',
      duePhrase: 'by the end of next month',
    },
  },
  {
    text: 'Tom will set up the sandbox account in two weeks.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: 'Tom',
      dueAt: '2026-03-25',
      duePhrase: 'in two weeks',
    },
  },
  {
    text: 'Aisha to run the onboarding workshop on 3 April.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: 'Aisha',
      dueAt: '2026-04-03',
      duePhrase: 'on 3 April',
    },
  },
  {
    text: "We'll have the draft SOW ready before the Q3 review.",
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: null,
      duePhrase: 'before the Q3 review',
    },
  },
  {
    text: 'Lena is going to book the reference call with the Berlin account by March 27.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: 'Lena',
      dueAt: '2026-03-27',
      duePhrase: 'by March 27',
    },
  },
  {
    text: 'Let me check with product and confirm the roadmap date by Monday.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: '2026-03-16',
      duePhrase: 'by Monday',
    },
  },
  {
    text: 'Our CTO will join the architecture review after the steering committee.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: null,
      duePhrase: 'after the steering committee',
    },
  },
  {
    text: 'We promised to fix the export bug by Friday.',
    referenceDate: fri,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: '2026-06-05',
      duePhrase: 'by Friday',
    },
  },
  {
    text: 'Our support lead will call Priya on Monday to walk through the open tickets.',
    referenceDate: fri,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: '2026-06-01',
      duePhrase: 'on Monday',
    },
  },
  {
    text: 'I will send the meeting summary today.',
    referenceDate: fri,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: '2026-05-29',
      duePhrase: 'today',
    },
  },
  {
    text: 'Tom will circulate the updated mutual plan by 12 June.',
    referenceDate: fri,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: 'Tom',
      dueAt: '2026-06-12',
      duePhrase: 'by 12 June',
    },
  },
  {
    text: 'We will assign a named success manager within 10 days.',
    referenceDate: fri,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: '2026-06-08',
      duePhrase: 'within 10 days',
    },
  },
  {
    text: "We'll follow up with a written proposal.",
    referenceDate: fri,
    expected: { isCommitment: true, side: 'ours', owner: null, dueAt: null, duePhrase: null },
  },
  {
    text: 'We will provide the data processing agreement by Wednesday.',
    referenceDate: mon,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: '2026-11-25',
      duePhrase: 'by Wednesday',
    },
  },
  {
    text: 'Aisha Khan will present the pilot results on 3 December.',
    referenceDate: mon,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: 'Aisha Khan',
      dueAt: '2026-12-03',
      duePhrase: 'on 3 December',
    },
  },
  {
    text: 'Our engineers will finish the SSO configuration before Christmas.',
    referenceDate: mon,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: '2026-12-24',
      duePhrase: 'before Christmas',
    },
  },
  {
    text: 'Action: Lena to send the renewal quote in 30 days.',
    referenceDate: mon,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: 'Lena',
      dueAt: '2026-12-23',
      duePhrase: 'in 30 days',
    },
  },
  {
    text: 'We agreed to deliver the training plan by the end of Q1.',
    referenceDate: mon,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: '2027-03-31',
      duePhrase: 'by the end of Q1',
    },
  },
  {
    text: '• Lena will draft the success criteria next Monday.',
    referenceDate: mon,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: 'Lena',
      dueAt: '2026-11-30',
      duePhrase: 'next Monday',
    },
  },
  {
    text: 'Ben will prepare the ROI model by Wednesday.',
    referenceDate: mon,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: 'Ben',
      dueAt: '2026-11-25',
      duePhrase: 'by Wednesday',
    },
  },
  {
    text: 'We will ship the hotfix to their staging environment by Tuesday.',
    referenceDate: thu,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: '2026-12-22',
      duePhrase: 'by Tuesday',
    },
  },
  {
    text: '- Tom to book the quarterly business review for 5 January.',
    referenceDate: thu,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: 'Tom',
      dueAt: '2027-01-05',
      duePhrase: 'for 5 January',
    },
  },
  {
    text: "We'll send the year-end usage report by year end.",
    referenceDate: thu,
    expected: {
      isCommitment: true,
      side: 'ours',
      owner: null,
      dueAt: '2026-12-31',
      duePhrase: 'by year end',
    },
  },

  // Their promises.
  {
    text: 'They agreed to send the signed NDA by the 20th.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: null,
      dueAt: '2026-03-20',
      duePhrase: 'by the 20th',
    },
  },
  {
    text: 'The customer will provide test data by 2026-04-15.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: null,
      dueAt: '2026-04-15',
      duePhrase: 'by 2026-04-15',
    },
  },
  {
    text: 'Maria will confirm the budget next week.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: 'Maria',
      dueAt: '2026-03-20',
      duePhrase: 'next week',
    },
  },
  {
    text: 'Jonas to share the network diagram this Thursday.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: 'Jonas',
      dueAt: '2026-03-12',
      duePhrase: 'this Thursday',
    },
  },
  {
    text: 'Their procurement team will issue the PO by end of Q2.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: null,
      dueAt: '2026-06-30',
      duePhrase: 'by end of Q2',
    },
  },
  {
    text: 'Northwind will nominate an executive sponsor before the renewal.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: null,
      dueAt: null,
      duePhrase: 'before the renewal',
    },
  },
  {
    text: 'Samira will send over the current vendor contract by Friday.',
    referenceDate: wed,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: 'Samira',
      dueAt: '2026-03-13',
      duePhrase: 'by Friday',
    },
  },
  {
    text: 'Priya will send the list of integration requirements by Monday.',
    referenceDate: fri,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: 'Priya',
      dueAt: '2026-06-01',
      duePhrase: 'by Monday',
    },
  },
  {
    text: "They'll come back to us on pricing by the end of the month.",
    referenceDate: fri,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: null,
      dueAt: '2026-05-31',
      duePhrase: 'by the end of the month',
    },
  },
  {
    text: 'The client promised to introduce us to their CFO in three weeks.',
    referenceDate: fri,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: null,
      dueAt: '2026-06-19',
      duePhrase: 'in three weeks',
    },
  },
  {
    text: 'Maria Lopez agreed to run the internal survey by mid-June.',
    referenceDate: fri,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: 'Maria Lopez',
      dueAt: '2026-06-15',
      duePhrase: 'by mid-June',
    },
  },
  {
    text: 'Carlos from their IT team will confirm the firewall rules on the 3rd.',
    referenceDate: fri,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: 'Carlos',
      dueAt: '2026-06-03',
      duePhrase: 'on the 3rd',
    },
  },
  {
    text: 'The customer agreed to sign the order form by Friday.',
    referenceDate: mon,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: null,
      dueAt: '2026-11-27',
      duePhrase: 'by Friday',
    },
  },
  {
    text: 'Jonas Weber will get approval from the board by the end of next month.',
    referenceDate: mon,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: 'Jonas Weber',
      dueAt: '2026-12-31',
      duePhrase: 'by the end of next month',
    },
  },
  {
    text: 'Their CFO Jonas will sign off on the budget by 1 Feb.',
    referenceDate: mon,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: 'Jonas',
      dueAt: '2027-02-01',
      duePhrase: 'by 1 Feb',
    },
  },
  {
    text: '1. Priya to send the user list tomorrow.',
    referenceDate: mon,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: 'Priya',
      dueAt: '2026-11-24',
      duePhrase: 'tomorrow',
    },
  },
  {
    text: 'They will share the Q1 headcount plan in two weeks.',
    referenceDate: thu,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: null,
      dueAt: '2026-12-31',
      duePhrase: 'in two weeks',
    },
  },
  {
    text: 'Maria will confirm the rollout dates before the Q1 planning session.',
    referenceDate: thu,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: 'Maria',
      dueAt: null,
      duePhrase: 'before the Q1 planning session',
    },
  },
  {
    text: "The customer's legal team will return the redlined MSA by Friday.",
    referenceDate: thu,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: null,
      dueAt: '2026-12-18',
      duePhrase: 'by Friday',
    },
  },
  {
    text: '* Jonas will provide VPN access by the end of next month.',
    referenceDate: thu,
    expected: {
      isCommitment: true,
      side: 'theirs',
      owner: 'Jonas',
      dueAt: '2027-01-31',
      duePhrase: 'by the end of next month',
    },
  },

  // Look-alikes that promise nothing: questions, past facts, discussion, opinions, conditions.
  {
    text: 'Will they sign the contract by Friday?',
    referenceDate: wed,
    expected: { isCommitment: false },
  },
  {
    text: 'Can we deliver the integration by the end of next month?',
    referenceDate: wed,
    expected: { isCommitment: false },
  },
  {
    text: 'We discussed moving the go-live to April.',
    referenceDate: wed,
    expected: { isCommitment: false },
  },
  {
    text: 'We sent the revised quote on Monday.',
    referenceDate: wed,
    expected: { isCommitment: false },
  },
  {
    text: 'Maria confirmed the budget yesterday.',
    referenceDate: wed,
    expected: { isCommitment: false },
  },
  {
    text: 'I think the timeline is too tight.',
    referenceDate: wed,
    expected: { isCommitment: false },
  },
  {
    text: 'If legal approves the terms, we will start the pilot next week.',
    referenceDate: wed,
    expected: { isCommitment: false },
  },
  { text: 'The renewal date is 30 June.', referenceDate: wed, expected: { isCommitment: false } },
  { text: 'They signed the NDA last week.', referenceDate: fri, expected: { isCommitment: false } },
  {
    text: 'We talked about sending a proposal by Friday.',
    referenceDate: fri,
    expected: { isCommitment: false },
  },
  {
    text: 'The customer seems keen to move quickly.',
    referenceDate: fri,
    expected: { isCommitment: false },
  },
  {
    text: 'We might be able to send a draft by Monday.',
    referenceDate: fri,
    expected: { isCommitment: false },
  },
  {
    text: 'Priya asked whether we could share two references.',
    referenceDate: fri,
    expected: { isCommitment: false },
  },
  {
    text: 'The next check-in is on 12 June.',
    referenceDate: fri,
    expected: { isCommitment: false },
  },
  {
    text: 'Last time we promised the report by Friday and missed it.',
    referenceDate: fri,
    expected: { isCommitment: false },
  },
  {
    text: 'They will probably push back on the price.',
    referenceDate: mon,
    expected: { isCommitment: false },
  },
  {
    text: "We won't be able to deliver SSO before Q4.",
    referenceDate: mon,
    expected: { isCommitment: false },
  },
  {
    text: 'Jonas will be on holiday until 3 December.',
    referenceDate: mon,
    expected: { isCommitment: false },
  },
  {
    text: 'Should we send the proposal tomorrow?',
    referenceDate: mon,
    expected: { isCommitment: false },
  },
  {
    text: 'Tom delivered the workshop on 20 November.',
    referenceDate: mon,
    expected: { isCommitment: false },
  },
  {
    text: 'Unless procurement objects, they will sign by Friday.',
    referenceDate: mon,
    expected: { isCommitment: false },
  },
  {
    text: 'Great meeting overall, lots of energy in the room.',
    referenceDate: mon,
    expected: { isCommitment: false },
  },
  {
    text: 'We agreed that the pilot went well.',
    referenceDate: thu,
    expected: { isCommitment: false },
  },
  {
    text: 'Their team was frustrated by the slow response last quarter.',
    referenceDate: thu,
    expected: { isCommitment: false },
  },
  {
    text: 'Would you be able to send the logs by Tuesday?',
    referenceDate: thu,
    expected: { isCommitment: false },
  },
  {
    text: "If they renew by year end, we'll give them a 5% discount.",
    referenceDate: thu,
    expected: { isCommitment: false },
  },
  {
    text: 'Maria mentioned they will hire a new CISO next year.',
    referenceDate: thu,
    expected: { isCommitment: false },
  },
];
