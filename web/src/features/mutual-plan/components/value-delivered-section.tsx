import { formatDate } from '../../../ui/format.ts';
import { RecordFormModal, useRecordEditor } from '../../../ui/record-form-modal.tsx';
import { RecordTable } from '../../../ui/record-table.tsx';
import { RowActions } from '../../../ui/row-actions.tsx';
import { EmptyState, Section } from '../../../ui/section.tsx';
import { updateValueDelivery } from '../api.ts';
import type { MutualPlan, ValueDelivery } from '../api.ts';
import { ValueDeliveryForm } from './value-delivery-form.tsx';

/** The value we delivered to the account, most recent first. */
export const ValueDeliveredSection = ({
  plan,
  onChanged,
}: {
  plan: MutualPlan;
  onChanged: () => void;
}) => {
  const editor = useRecordEditor<ValueDelivery>();
  return (
    <Section
      title="Value delivered"
      description="What the account has already gained from working with us, by date."
      actions={
        plan.abilities.update ? (
          <button type="button" className="button button--primary" onClick={editor.add}>
            Add value delivered
          </button>
        ) : undefined
      }
    >
      {plan.valueDelivered.length === 0 ? (
        <EmptyState>Nothing recorded yet.</EmptyState>
      ) : (
        <RecordTable
          hasActions
          columns={
            <>
              <th scope="col">Date</th>
              <th scope="col">What</th>
              <th scope="col">Description</th>
            </>
          }
        >
          {plan.valueDelivered.map((delivery) => (
            <tr key={delivery.id}>
              <td className="tabular">{formatDate(delivery.deliveredOn)}</td>
              <td className="table__primary">{delivery.name}</td>
              <td className="plan__long-text">{delivery.description ?? '—'}</td>
              <td className="table__actions">
                <RowActions
                  record={delivery}
                  label={delivery.name}
                  onEdit={() => editor.edit(delivery)}
                  setArchived={(archived) => updateValueDelivery(delivery.id, { archived })}
                  onChanged={onChanged}
                />
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
      <RecordFormModal
        editor={editor}
        addTitle="Add value delivered"
        editTitle={(delivery) => `Edit ${delivery.name}`}
        onSaved={onChanged}
        renderForm={(props) => <ValueDeliveryForm accountId={plan.accountId} {...props} />}
      />
    </Section>
  );
};
