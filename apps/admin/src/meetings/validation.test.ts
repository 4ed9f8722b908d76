import { describe, expect, it } from 'vitest';
import { attendedNotAboveExpected, calendarDate } from './validation';

describe('meeting validation', () => {
  it('rejects more attendees than expected', () => {
    expect(attendedNotAboveExpected(11, { expectedCount: 10 }, {})).toBe('app.validation.attended_exceeds_expected');
    expect(attendedNotAboveExpected(10, { expectedCount: 10 }, {})).toBeUndefined();
    expect(attendedNotAboveExpected(3, { expectedCount: '' }, {})).toBeUndefined();
    expect(attendedNotAboveExpected(null, { expectedCount: 5 }, {})).toBeUndefined();
  });

  it('accepts only real calendar dates', () => {
    expect(calendarDate('2021-02-28', {}, {})).toBeUndefined();
    expect(calendarDate('2021-02-30', {}, {})).toBe('app.validation.date_invalid');
    expect(calendarDate('', {}, {})).toBeUndefined();
  });
});
