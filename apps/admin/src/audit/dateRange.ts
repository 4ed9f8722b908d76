/**
 * `at` is a UTC instant while the date filter is a day on the user's calendar: send the first and
 * the last millisecond of that local day, so a log written at 07:00 in Beijing counts on its own day.
 */
export function startOfLocalDay(date: string): string {
  return localDay(date, 0, 0, 0, 0);
}

export function endOfLocalDay(date: string): string {
  return localDay(date, 23, 59, 59, 999);
}

function localDay(date: string, ...time: [number, number, number, number]): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!match) return date;
  const [, y, m, d] = match.map(Number);
  return new Date(y, m - 1, d, ...time).toISOString();
}
