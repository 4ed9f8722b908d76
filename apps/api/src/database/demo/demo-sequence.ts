import { addDays } from '@wb/contracts';

/**
 * `counts` laid out over one sequence, each value spread as evenly as the others allow
 * (largest remainder at every step): spread([['a', 2], ['b', 4]]) → b a b b a b. Exact counts,
 * the same sequence every time.
 */
export function spread<T>(counts: [value: T, count: number][]): T[] {
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  const given = counts.map(() => 0);
  const sequence: T[] = [];
  for (let position = 0; position < total; position++) {
    let best = -1;
    let bestDeficit = -Infinity;
    counts.forEach(([, count], index) => {
      if (given[index] >= count) return;
      const deficit = (count * (position + 1)) / total - given[index];
      if (deficit > bestDeficit) {
        best = index;
        bestDeficit = deficit;
      }
    });
    given[best]++;
    sequence.push(counts[best][0]);
  }
  return sequence;
}

/** `day`, or the nearest workday when it falls on a weekend (Saturday back to Friday, Sunday on to Monday). */
export function workday(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(day, -1) : weekday === 0 ? addDays(day, 1) : day;
}

/** The `index`-th of `count` days spread evenly over `days` days from `first`, moved off weekends. */
export function spreadWorkday(first: string, days: number, index: number, count: number): string {
  return workday(addDays(first, Math.floor((index * days) / count)));
}
