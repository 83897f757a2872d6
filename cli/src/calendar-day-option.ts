import { InvalidArgumentError } from 'commander';
import { isCalendarDay } from '@fulcrum/core';

/** A commander parser for an option that takes a calendar day; `what` says which day is meant. */
export const calendarDayOption =
  (what = 'a calendar day') =>
  (value: string): string => {
    if (!isCalendarDay(value)) {
      throw new InvalidArgumentError(`use ${what} as YYYY-MM-DD, e.g. 2026-03-11.`);
    }
    return value;
  };
