import { DomainError } from '../errors.ts';
import type { StakeholderStatus } from '../model/index.ts';

/** Reconciles a stakeholder's status with the day they left: someone who left has a date,
 * someone active has none. Returns the pair to store, or explains what to fix. */
export const resolveStakeholderStatus = (
  status: StakeholderStatus,
  leftOn: string | null | undefined,
): { status: StakeholderStatus; leftOn: string | null } => {
  if (status === 'left') {
    if (!leftOn) {
      throw new DomainError(
        'validation-failed',
        'Say when the stakeholder left: set `leftOn` (YYYY-MM-DD) along with status "left".',
        [{ pointer: '/leftOn', detail: 'is required when status is "left"' }],
      );
    }
    return { status, leftOn };
  }
  return { status, leftOn: null };
};
