import type { Validator } from 'react-admin';
import { isCalendarDate } from '@wb/contracts';

/** attendedCount must not exceed expectedCount (the API checks the same rule). */
export const attendedNotAboveExpected: Validator = (value, allValues) => {
  const expected = allValues?.expectedCount;
  if (value == null || expected == null || value === '' || expected === '') return undefined;
  return Number(value) > Number(expected) ? 'app.validation.attended_exceeds_expected' : undefined;
};

/** A calendar date `YYYY-MM-DD` that exists. */
export const calendarDate: Validator = (value) =>
  value == null || value === '' || isCalendarDate(value) ? undefined : 'app.validation.date_invalid';
