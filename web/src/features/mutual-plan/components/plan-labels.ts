import type { PlanObjectiveStatus } from '../api.ts';

/** How each objective status reads. */
export const objectiveStatusLabels: Record<PlanObjectiveStatus, string> = {
  open: 'Open',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

/** The badge colour of each objective status. */
export const objectiveStatusTones: Record<PlanObjectiveStatus, 'neutral' | 'success' | 'warning'> =
  { open: 'neutral', achieved: 'success', dropped: 'warning' };

/** The three questions of the self-check, in the team's words; the keys are the API's fields. */
export const selfCheckQuestions = [
  { field: 'trustAnswer', question: 'Would their people rely on ours to do what we say?' },
  { field: 'valueAnswer', question: 'Are they sure our product pays off for them?' },
  { field: 'backingAnswer', question: 'Would our company back this deal all the way?' },
] as const;
