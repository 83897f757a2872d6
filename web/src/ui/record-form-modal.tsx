import { useState } from 'react';
import type { ReactNode } from 'react';
import { Modal } from './modal.tsx';
import type { RecordFormProps } from './use-record-form.ts';

/** Which record a list's form is open for: `'new'` while adding, `null` when it is closed. */
export type RecordEditor<TRecord> = {
  editing: TRecord | 'new' | null;
  add: () => void;
  edit: (record: TRecord) => void;
  close: () => void;
};

/** Holds which record, if any, the create/edit modal is open for. */
export const useRecordEditor = <TRecord,>(): RecordEditor<TRecord> => {
  const [editing, setEditing] = useState<TRecord | 'new' | null>(null);
  return {
    editing,
    add: () => setEditing('new'),
    edit: (record) => setEditing(record),
    close: () => setEditing(null),
  };
};

/** The create/edit modal of a list: closes on cancel and on save, then calls `onSaved`. */
export const RecordFormModal = <TRecord,>({
  editor,
  addTitle,
  editTitle,
  onSaved,
  renderForm,
}: {
  editor: RecordEditor<TRecord>;
  addTitle: string;
  editTitle: (record: TRecord) => string;
  onSaved: (record: TRecord) => void;
  renderForm: (props: RecordFormProps<TRecord>) => ReactNode;
}) => {
  const { editing, close } = editor;
  if (editing === null) return null;
  const record = editing === 'new' ? undefined : editing;
  return (
    <Modal title={record === undefined ? addTitle : editTitle(record)} onClose={close}>
      {renderForm({
        record,
        onCancel: close,
        onSaved: (saved) => {
          close();
          onSaved(saved);
        },
      })}
    </Modal>
  );
};
