import type { SelectOption } from './field.tsx';

/** Turns an enum's values and its label map into select options, in the enum's order. */
export const toOptions = <Value extends string>(
  values: readonly Value[],
  labelsByValue: Record<Value, string>,
): SelectOption[] => values.map((value) => ({ value, label: labelsByValue[value] }));
