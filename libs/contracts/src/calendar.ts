
const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a UTC date. */
export function dayOf(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The calendar day `months` months after `day`; the 31st of a short month becomes its last day (01-31 + 1 month = 02-28). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return dayOf(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay))));
}

/** The calendar day `days` days after `day`. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return dayOf(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Today in China (UTC+8), where the branches are: the day a due date is measured against. */
export function todayInChina(now: Date = new Date()): string {
  return dayOf(new Date(now.getTime() + 8 * 3600 * 1000));
}
