import { describe, expect, it } from 'vitest';
import { MEETING_RULES, PAPER_RULES } from '@wb/contracts';
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

  it("refuses a paper's first author longer than the API keeps, before it is sent", () => {
    const authors = ruleValidator(PAPER_RULES, 'authors', 'zh-CN');
    expect(authors('长'.repeat(51), { authors: '长'.repeat(51) }, {})).toBe('第一作者姓名不能超过 50 个字符（多位作者请用“、”分隔）');
    const coAuthored = `${'长'.repeat(50)}、${'短'.repeat(60)}`;
    expect(authors(coAuthored, { authors: coAuthored }, {})).toBeUndefined();
  });

  it('accepts only real calendar dates', () => {
    expect(calendarDate('2021-02-28', {}, {})).toBeUndefined();
    expect(calendarDate('2021-02-30', {}, {})).toBe('app.validation.date_invalid');
    expect(calendarDate('', {}, {})).toBeUndefined();
  });
});
