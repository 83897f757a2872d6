import type { ResourceBase } from '../api/types.ts';
import { Badge } from './badge.tsx';

/** The "Archived" tag beside an archived record's name; nothing for a live one. */
export const ArchivedBadge = ({ record }: { record: Pick<ResourceBase, 'archivedAt'> }) =>
  record.archivedAt !== null ? <Badge>Archived</Badge> : null;

/** The class that greys out an archived record's row. */
export const archivedClassName = (record: Pick<ResourceBase, 'archivedAt'>): string =>
  record.archivedAt !== null ? 'is-archived' : '';
