import { commitmentStatusLabels } from '@fulcrum/core';
import { ArchivedBadge } from '../../../ui/archived-badge.tsx';
import { Badge } from '../../../ui/badge.tsx';
import type { Commitment } from '../api.ts';
import { statusTones } from '../format.ts';

/** A commitment's status, with "Overdue" or "Due soon" while it is open, and "Archived". */
export const CommitmentStatusBadges = ({ commitment }: { commitment: Commitment }) => (
  <span className="commitment-badges">
    <Badge tone={statusTones[commitment.status]}>{commitmentStatusLabels[commitment.status]}</Badge>
    {commitment.isOverdue ? <Badge tone="danger">Overdue</Badge> : null}
    {!commitment.isOverdue && commitment.isDueSoon ? <Badge tone="warning">Due soon</Badge> : null}
    <ArchivedBadge record={commitment} />
  </span>
);
