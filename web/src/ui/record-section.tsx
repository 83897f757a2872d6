import type { ReactNode } from 'react';
import type { CursorList } from '../api/use-cursor-list.ts';
import { Alert } from './alert.tsx';
import { CheckboxField } from './field.tsx';
import { ListStatus, LoadMore } from './list-status.tsx';
import { RecordTable } from './record-table.tsx';
import { Section } from './section.tsx';

/**
 * A card listing one kind of record on a page: a "show archived" toggle and an add button in its
 * header, then the table (when there are rows), the empty or loading line and "Load more".
 */
export const RecordSection = ({
  title,
  description,
  showArchivedLabel,
  showArchived,
  onShowArchivedChange,
  addLabel,
  canCreate,
  onAdd,
  list,
  columns,
  emptyText,
  children,
  dialog,
}: {
  title: string;
  description: string;
  showArchivedLabel: string;
  showArchived: boolean;
  onShowArchivedChange: (showArchived: boolean) => void;
  addLabel: string;
  canCreate: boolean;
  onAdd: () => void;
  list: CursorList<unknown>;
  /** The table's `<th>`s; an actions column follows them. */
  columns: ReactNode;
  emptyText: string;
  /** The table's rows. */
  children: ReactNode;
  /** The create/edit modal. */
  dialog: ReactNode;
}) => (
  <Section
    title={title}
    description={description}
    actions={
      <>
        <CheckboxField
          label={showArchivedLabel}
          checked={showArchived}
          onChange={onShowArchivedChange}
        />
        {canCreate ? (
          <button type="button" className="button button--primary" onClick={onAdd}>
            {addLabel}
          </button>
        ) : null}
      </>
    }
  >
    {list.problem !== null ? <Alert>{list.problem.detail}</Alert> : null}
    {list.items.length > 0 ? (
      <RecordTable columns={columns} hasActions>
        {children}
      </RecordTable>
    ) : null}
    <ListStatus list={list} emptyText={emptyText} />
    <LoadMore list={list} />
    {dialog}
  </Section>
);
