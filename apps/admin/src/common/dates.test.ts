import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay } from './dates';

describe('dates', () => {
  const local = new Date(2026, 10, 28, 14, 35, 58); // 28 Nov 2026, 14:35:58 in the test's own time zone

  it('writes instants the Chinese way in Chinese, to the minute', () => {
    expect(formatDateTime(local.toISOString(), 'zh')).toBe('2026-11-28 14:35');
    expect(formatDateTime(local, 'zh-CN')).toBe('2026-11-28 14:35');
    expect(formatDateTime(new Date(2021, 0, 5, 9, 7), 'zh')).toBe('2021-01-05 09:07');
  });

  it('writes them the English way in English', () => {
    expect(formatDateTime(local.toISOString(), 'en')).toBe('Nov 28, 2026, 2:35 PM');
  });

  it('keeps calendar days as they are in Chinese and spells them out in English, whatever the time zone', () => {
    expect(formatDay('2021-03-26', 'zh')).toBe('2021-03-26');
    expect(formatDay('2021-03-26', 'en')).toBe('Mar 26, 2021');
    expect(formatDay('2021-12-31', 'en')).toBe('Dec 31, 2021');
  });

  it('leaves empty and unreadable values alone', () => {
    expect(formatDateTime(null, 'zh')).toBe('');
    expect(formatDateTime('not a date', 'zh')).toBe('not a date');
    expect(formatDay(undefined, 'en')).toBe('');
  });
});
