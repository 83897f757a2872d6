import { useState } from 'react';
import { toApiProblem } from '../api/client.ts';
import type { ResourceBase } from '../api/types.ts';

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
  const [isBusy, setIsBusy] = useState(false);
  const isArchived = resource.archivedAt !== null;
  const isAllowed = isArchived ? resource.abilities.restore : resource.abilities.archive;
  if (!isAllowed) return null;
  const text = isArchived ? 'Restore' : 'Archive';
  return (
    <button
      type="button"
      className={`button button--secondary${isSmall ? ' button--small' : ''}`}
      disabled={isBusy}
      aria-label={label === undefined ? undefined : `${text} ${label}`}
      onClick={() => {
        setIsBusy(true);
        onToggle(!isArchived)
          .catch((error: unknown) => window.alert(toApiProblem(error).detail))
          .finally(() => setIsBusy(false));
      }}
    >
      {text}
    </button>
  );
};
