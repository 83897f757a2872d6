import type { ResourceBase } from '../api/types.ts';
import { ActionButton } from './action-button.tsx';

/**
 * "Archive" for a live record or "Restore" for an archived one, shown only when the server's
 * abilities allow it. `onToggle` receives the wanted `archived` value.
 */
export const ArchiveButton = ({
  resource,
  onToggle,
  label,
  isSmall = false,
}: {
  resource: ResourceBase;
  onToggle: (archived: boolean) => Promise<unknown>;
  /** What is archived, for screen readers when several buttons share a page ("Archive Acme"). */
  label?: string | undefined;
  isSmall?: boolean;
}) => {
  const isArchived = resource.archivedAt !== null;
  const isAllowed = isArchived ? resource.abilities.restore : resource.abilities.archive;
  if (!isAllowed) return null;
  const text = isArchived ? 'Restore' : 'Archive';
  return (
    <ActionButton
      label={text}
      ariaLabel={label === undefined ? undefined : `${text} ${label}`}
      isSmall={isSmall}
      run={() => onToggle(!isArchived)}
    />
  );
};
