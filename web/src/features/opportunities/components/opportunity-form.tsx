import { labels, limits, opportunityStages } from '@fulcrum/core';
import type { OpportunityStage } from '@fulcrum/core';
import { ApiProblem } from '../../../api/client.ts';
import { CheckboxField, SelectField, TextField } from '../../../ui/field.tsx';
import { toNullable } from '../../../ui/format.ts';
import { toOptions } from '../../../ui/options.ts';
import { RecordForm } from '../../../ui/record-form.tsx';
import { useRecordForm } from '../../../ui/use-record-form.ts';
import type { RecordFormProps } from '../../../ui/use-record-form.ts';
import { createOpportunity, updateOpportunity } from '../api.ts';
import type { Opportunity, OpportunityInput } from '../api.ts';

const defaultCurrency = 'EUR';

/** Opens an opportunity on `accountId`, or edits `record` when given. */
export const OpportunityForm = ({
  accountId,
  record: opportunity,
  onSaved,
  onCancel,
}: RecordFormProps<Opportunity> & { accountId: string }) => {
  const form = useRecordForm({
    initialValues: {
      name: opportunity?.name ?? '',
      stage: opportunity?.stage ?? 'discovery',
      amount:
        opportunity?.amount === null || opportunity === undefined ? '' : String(opportunity.amount),
      currency: opportunity?.currency ?? defaultCurrency,
      expectedDecisionOn: opportunity?.expectedDecisionOn ?? '',
      decisionTimingShared: opportunity?.decisionTimingShared ?? false,
    },
    record: opportunity,
    onSaved,
    create: (input: OpportunityInput) => createOpportunity(accountId, input),
    update: updateOpportunity,
  });
  const { values, problem } = form;

  const onSubmit = async () => {
    const amountText = values.amount.trim();
    const input: OpportunityInput = {
      name: values.name.trim(),
      stage: values.stage,
      amount: amountText === '' ? null : Number(amountText),
      currency: values.currency.trim().toUpperCase() || defaultCurrency,
      expectedDecisionOn: toNullable(values.expectedDecisionOn),
      decisionTimingShared: values.decisionTimingShared,
    };
    if (input.amount !== null && !Number.isFinite(input.amount)) {
      const detail = 'Enter the amount as a number, e.g. 25000.';
      problem.setProblem(
        new ApiProblem({
          status: 0,
          code: 'validation-failed',
          title: 'Invalid amount',
          detail,
          errors: [{ pointer: '/amount', detail }],
        }),
      );
      return;
    }
    await form.save(input);
  };

  return (
    <RecordForm form={form} onSubmit={onSubmit} onCancel={onCancel}>
      <TextField label="Name" {...form.field('name')} isRequired maxLength={limits.nameMax} />
      <div className="form__row">
        <SelectField
          label="Stage"
          value={values.stage}
          onChange={(value) => form.set('stage', value as OpportunityStage)}
          options={toOptions(opportunityStages, labels.stage)}
          isRequired
          error={problem.fieldError('stage')}
        />
        <TextField label="Expected decision" type="date" {...form.field('expectedDecisionOn')} />
      </div>
      <div className="form__row">
        <TextField
          label="Amount"
          type="number"
          {...form.field('amount')}
          min={0}
          max={limits.amountMax}
          step="any"
        />
        <TextField
          label="Currency"
          {...form.field('currency')}
          maxLength={3}
          hint="Three-letter ISO code"
        />
      </div>
      <CheckboxField
        label="Decision timing shared"
        checked={values.decisionTimingShared}
        onChange={(checked) => form.set('decisionTimingShared', checked)}
        error={problem.fieldError('decisionTimingShared')}
      />
    </RecordForm>
  );
};
