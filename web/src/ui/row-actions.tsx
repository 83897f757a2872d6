import type { ResourceBase } from '../api/types.ts';
import { ArchiveButton } from './archive-button.tsx';

/** A list row's Edit and Archive/Restore buttons, each shown only when `abilities` allow it. */
export const RowActions = ({
  record,
  label,
  onEdit,
  setArchived,
  onChanged,
}: {
  record: ResourceBase;
  /** Names the row for screen readers, as in "Edit Acme" and "Archive Acme". */
  label: string;
  onEdit: () => void;
  setArchived: (archived: boolean) => Promise<unknown>;
  /** Called once the record was archived or restored, to refresh the list. */
  onChanged: () => void;
}) => (
  <>
    {record.abilities.update ? (
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={`Edit ${label}`}
        onClick={onEdit}
      >
        Edit
      </button>
    ) : null}
    <ArchiveButton
      resource={record}
      label={label}
      isSmall
      onToggle={async (archived) => {
        await setArchived(archived);
        onChanged();
      }}
    />
  </>
);
