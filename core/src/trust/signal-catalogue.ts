import type { Dimension, Polarity } from '../model/index.ts';

/** A signal of the default catalogue: an observable behaviour and what it says about trust. */
export type SignalTemplate = {
  name: string;
  description: string;
  dimension: Dimension;
  polarity: Polarity;
  defaultWeight: number;
};

const show = (
  dimension: Dimension,
  defaultWeight: number,
  name: string,
  description: string,
): SignalTemplate => ({
  name,
  description,
  dimension,
  polarity: 1,
  defaultWeight,
});
const lack = (
  dimension: Dimension,
  defaultWeight: number,
  name: string,
  description: string,
): SignalTemplate => ({
  name,
  description,
  dimension,
  polarity: -1,
  defaultWeight,
});

// Trust is hard to ask about and easier to see: each entry is something a person would do if
// they trusted us, or the opposite. Written for Fulcrum; weights say how telling each one is.
/** The catalogue every new workspace starts with: at least four signals of trust and four of its
 * absence for each dimension. */
export const defaultSignalCatalogue: readonly SignalTemplate[] = [
  show(
    'personal',
    0.6,
    'Calls us before deciding',
    'Asks one of our people for a view before making a decision on their side.',
  ),
  show(
    'personal',
    0.5,
    'Shares context off the record',
    'Tells our contact about internal politics, pressures or plans that are not public.',
  ),
  show(
    'personal',
    0.5,
    'Introduces us to colleagues',
    'Brings one of our people into conversations with other stakeholders.',
  ),
  show(
    'personal',
    0.4,
    'Replies quickly and openly',
    'Answers our contact promptly and without hedging.',
  ),
  show(
    'personal',
    0.7,
    'Asks for advice beyond our product',
    'Seeks our contact’s opinion on matters where we sell nothing.',
  ),
  lack(
    'personal',
    0.5,
    'Avoids our meetings',
    'Declines, postpones or skips meetings with our people without a reason.',
  ),
  lack(
    'personal',
    0.6,
    'Goes around our contact',
    'Reaches past the person who owns the relationship to someone else at our company.',
  ),
  lack(
    'personal',
    0.4,
    'Keeps answers guarded',
    'Gives short, non-committal replies and shares nothing beyond what was asked.',
  ),
  lack(
    'personal',
    0.6,
    'Holds back information we need',
    'Does not share facts we asked for and need to help them.',
  ),
  show(
    'corporate',
    0.6,
    'Refers us to peers',
    'Recommends our company to people in other organisations.',
  ),
  show(
    'corporate',
    0.5,
    'Plans with us for years ahead',
    'Treats us as part of their long-term plans, not only this year’s purchase.',
  ),
  show(
    'corporate',
    0.4,
    'Accepts our standard terms',
    'Signs with few changes to our terms, trusting how we work.',
  ),
  show(
    'corporate',
    0.5,
    'Stays with us after changes on our side',
    'Keeps working with us when our contact or organisation changes.',
  ),
  lack(
    'corporate',
    0.6,
    'Buys on price alone',
    'Judges us only on price and treats us as interchangeable.',
  ),
  lack(
    'corporate',
    0.5,
    'Demands guarantees and penalties',
    'Insists on contractual protection against us beyond the usual.',
  ),
  lack(
    'corporate',
    0.5,
    'Sends everything through procurement',
    'Keeps all contact formal and routed through purchasing.',
  ),
  lack(
    'corporate',
    0.6,
    'Questions our company’s staying power',
    'Raises doubts about our finances, roadmap or commitment to their market.',
  ),
  show(
    'capability',
    0.7,
    'Tells us their decision timing early',
    'Shares when and how they will decide before we ask twice.',
  ),
  show(
    'capability',
    0.7,
    'Asks us to review a competitor’s offer',
    'Shows us another vendor’s proposal and asks what we think of it.',
  ),
  show(
    'capability',
    0.6,
    'Involves us in shaping requirements',
    'Invites us to help define what they need before the tender is written.',
  ),
  show(
    'capability',
    0.5,
    'Gives us access to their experts',
    'Opens doors to the people and data we need to design a solution.',
  ),
  lack(
    'capability',
    0.6,
    'Keeps the evaluation criteria vague',
    'Will not say how vendors will be judged or who decides.',
  ),
  lack(
    'capability',
    0.6,
    'Asks for references again and again',
    'Keeps asking for proof we can deliver after it has been given.',
  ),
  lack(
    'capability',
    0.5,
    'Pilots us against several vendors',
    'Splits the work to test us beside others rather than choose.',
  ),
  lack(
    'capability',
    0.7,
    'Doubts our plan out loud',
    'Says in meetings that they are not sure we can deliver what we propose.',
  ),
  show(
    'reciprocal',
    0.6,
    'Did what they said they would',
    'Delivered on something they promised us, on time.',
  ),
  show(
    'reciprocal',
    0.5,
    'Told us bad news early',
    'Warned us of a change, delay or problem before it hit us.',
  ),
  show(
    'reciprocal',
    0.5,
    'Gave us honest feedback',
    'Told us plainly where we fell short so we could fix it.',
  ),
  show('reciprocal', 0.4, 'Paid on time', 'Settled what they owed when it was due.'),
  lack(
    'reciprocal',
    0.6,
    'Missed a promise to us',
    'Did not deliver something they committed to, with no warning.',
  ),
  lack(
    'reciprocal',
    0.6,
    'Used our proposal to press another vendor',
    'Shared our pricing or ideas to get a better deal elsewhere.',
  ),
  lack(
    'reciprocal',
    0.5,
    'Changed scope without telling us',
    'Moved the goalposts and left us to find out.',
  ),
  lack('reciprocal', 0.4, 'Paid late again', 'Settled invoices late more than once.'),
];
