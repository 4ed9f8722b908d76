import { describe, expect, it } from 'vitest';
import { MEETING_RULES } from '@wb/contracts';
import { calendarDate, ruleValidator } from './validation';

describe('form validation from the shared rules', () => {
  const attended = (locale: string) => ruleValidator(MEETING_RULES, 'attendedCount', locale);

  it('refuses more attendees than expected, in the UI language, as the API does', () => {
    expect(attended('zh-CN')(11, { expectedCount: 10, attendedCount: 11 }, {})).toBe('实到人数不能超过应到人数');
    expect(attended('en')(11, { expectedCount: '10', attendedCount: '11' }, {})).toBe('Attendance cannot exceed the expected number');
    expect(attended('zh-CN')(10, { expectedCount: 10, attendedCount: 10 }, {})).toBeUndefined();
    expect(attended('zh-CN')(3, { expectedCount: '', attendedCount: 3 }, {})).toBeUndefined();
    expect(attended('zh-CN')(null, { expectedCount: 5, attendedCount: null }, {})).toBeUndefined();
  });

  it('accepts only real calendar dates', () => {
    expect(calendarDate('2021-02-28', {}, {})).toBeUndefined();
    expect(calendarDate('2021-02-30', {}, {})).toBe('app.validation.date_invalid');
    expect(calendarDate('', {}, {})).toBeUndefined();
  });
});
