import { isCalendarDate } from '@wb/contracts';
import { toContractLocale } from './choices';

/**
 * How dates read on screen, decided here and nowhere else. Chinese: `2026-11-28 14:35` and
 * `2021-03-26`, the way the branch's own documents write them; English: `Nov 28, 2026, 2:35 PM`
 * and `Mar 26, 2021`. Instants show in the browser's time zone; calendar days are days, with no
 * zone to shift them.
 */
const pad = (n: number) => String(n).padStart(2, '0');

const englishDay = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const englishDateTime = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

/** A calendar day (`YYYY-MM-DD`) as the UI language writes it. */
export function formatDay(value: unknown, locale: string): string {
  if (!isCalendarDate(value)) return value == null ? '' : String(value);
  if (toContractLocale(locale) === 'zh') return value;
  const [y, m, d] = value.split('-').map(Number);
  return englishDay.format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant (ISO string or Date) in local time, to the minute, as the UI language writes it. */
export function formatDateTime(value: unknown, locale: string): string {
  if (value === null || value === undefined || value === '') return '';
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) return String(value);
  if (toContractLocale(locale) === 'en') return englishDateTime.format(date);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
