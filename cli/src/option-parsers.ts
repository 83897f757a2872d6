import { InvalidArgumentError } from 'commander';

/** A commander parser for an option that takes one of `values`. */
export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): T => {
    const found = values.find((candidate) => candidate === value);
    if (found === undefined) throw new InvalidArgumentError(`use one of ${values.join(', ')}.`);
    return found;
  };

/** A commander parser for an option that takes a whole number from `min` to `max`. */
export const wholeNumberOption =
  (min: number, max: number) =>
  (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max)
      throw new InvalidArgumentError(`use a whole number from ${min} to ${max}.`);
    return number;
  };
