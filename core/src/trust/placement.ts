import type { Dimension } from '../model/index.ts';
import { nilId, type ScoreSubject } from './ledger.ts';

/** What an observation names besides its account. */
export type ObservationTargets = {
  stakeholderId: string | null;
  opportunityId: string | null;
  teamMemberId: string | null;
  accountId: string;
};

/** Decides which score an observation's evidence feeds: personal and corporate trust live in a
 * stakeholder (personal optionally in one of our people), capability in an opportunity,
 * reciprocal in the stakeholder or the account; what names nothing finer falls to the account. */
export const placeEvidence = (dimension: Dimension, targets: ObservationTargets): ScoreSubject => {
  const account: ScoreSubject = {
    subjectType: 'account',
    subjectId: targets.accountId,
    aboutId: nilId,
  };
  switch (dimension) {
    case 'personal':
      return targets.stakeholderId
        ? {
            subjectType: 'stakeholder',
            subjectId: targets.stakeholderId,
            aboutId: targets.teamMemberId ?? nilId,
          }
        : { ...account, aboutId: targets.teamMemberId ?? nilId };
    case 'corporate':
    case 'reciprocal':
      return targets.stakeholderId
        ? { subjectType: 'stakeholder', subjectId: targets.stakeholderId, aboutId: nilId }
        : account;
    case 'capability':
      return targets.opportunityId
        ? { subjectType: 'opportunity', subjectId: targets.opportunityId, aboutId: nilId }
        : account;
    default: {
      const unreachable: never = dimension;
      return unreachable;
    }
  }
};
