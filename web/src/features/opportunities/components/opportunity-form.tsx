import { labels, limits, opportunityStages } from '@fulcrum/core';
import type { OpportunityStage } from '@fulcrum/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiProblem } from '../../../api/client.ts';
import { FormError } from '../../../ui/alert.tsx';
import { CheckboxField, SelectField, TextField } from '../../../ui/field.tsx';
import { changedFields, toNullable } from '../../../ui/format.ts';
import { toOptions } from '../../../ui/options.ts';
import { useFormProblem } from '../../../ui/use-form-problem.ts';
import { createOpportunity, updateOpportunity } from '../api.ts';
import type { Opportunity, OpportunityInput } from '../api.ts';

const fields = [
  'name',
  'stage',
  'amount',
  'currency',
  'expectedDecisionOn',
  'decisionTimingShared',
] as const;

const defaultCurrency = 'EUR';

/** Opens an opportunity on `accountId`, or edits `opportunity` when given. */
export const OpportunityForm = ({
  accountId,
  opportunity,
  onSaved,
  onCancel,
}: {
  accountId: string;
  opportunity?: Opportunity | undefined;
  onSaved: (opportunity: Opportunity) => void;
  onCancel: () => void;
}) => {
  const [name, setName] = useState(opportunity?.name ?? '');
  const [stage, setStage] = useState<OpportunityStage>(opportunity?.stage ?? 'discovery');
  const [amount, setAmount] = useState(
    opportunity?.amount === null || opportunity === undefined ? '' : String(opportunity.amount),
  );
  const [currency, setCurrency] = useState(opportunity?.currency ?? defaultCurrency);
  const [expectedDecisionOn, setExpectedDecisionOn] = useState(
    opportunity?.expectedDecisionOn ?? '',
  );
  const [decisionTimingShared, setDecisionTimingShared] = useState(
    opportunity?.decisionTimingShared ?? false,
  );
  const [isSaving, setIsSaving] = useState(false);
  const problem = useFormProblem(fields);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    problem.clear();
    const amountText = amount.trim();
    const input: OpportunityInput = {
      name: name.trim(),
      stage,
      amount: amountText === '' ? null : Number(amountText),
      currency: currency.trim().toUpperCase() || defaultCurrency,
      expectedDecisionOn: toNullable(expectedDecisionOn),
      decisionTimingShared,
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
    setIsSaving(true);
    try {
      if (opportunity === undefined) {
        onSaved(await createOpportunity(accountId, input));
      } else {
        const changes = changedFields<OpportunityInput>(opportunity, input);
        onSaved(
          Object.keys(changes).length === 0
            ? opportunity
            : await updateOpportunity(opportunity.id, changes),
        );
      }
    } catch (error) {
      problem.setProblem(error);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError message={problem.formError} otherErrors={problem.otherErrors} />
      <TextField
        label="Name"
        value={name}
        onChange={setName}
        isRequired
        maxLength={limits.nameMax}
        error={problem.fieldError('name')}
      />
      <div className="form__row">
        <SelectField
          label="Stage"
          value={stage}
          onChange={(value) => setStage(value as OpportunityStage)}
          options={toOptions(opportunityStages, labels.stage)}
          isRequired
          error={problem.fieldError('stage')}
        />
        <TextField
          label="Expected decision"
          type="date"
          value={expectedDecisionOn}
          onChange={setExpectedDecisionOn}
          error={problem.fieldError('expectedDecisionOn')}
        />
      </div>
      <div className="form__row">
        <TextField
          label="Amount"
          type="number"
          value={amount}
          onChange={setAmount}
          min={0}
          max={limits.amountMax}
          step="any"
          error={problem.fieldError('amount')}
        />
        <TextField
          label="Currency"
          value={currency}
          onChange={setCurrency}
          maxLength={3}
          hint="Three-letter ISO code"
          error={problem.fieldError('currency')}
        />
      </div>
      <CheckboxField
        label="Decision timing shared"
        checked={decisionTimingShared}
        onChange={setDecisionTimingShared}
        error={problem.fieldError('decisionTimingShared')}
      />
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
};
