import { todayInChina } from '@wb/contracts';

/** This year in China. */
export const thisYear = (today = todayInChina()) => Number(today.slice(0, 4));

/**
 * The year a report opens on: the one in the address if any, else the latest year with records
 * up to this one (a branch's first weeks of January still show last year's work), else this year.
 */
export function chooseYear(requested: number | undefined, yearsWithRecords: readonly number[], today = todayInChina()): number {
  if (requested) return requested;
  const current = thisYear(today);
  return yearsWithRecords.filter((year) => year <= current).sort((a, b) => b - a)[0] ?? current;
}

/** The years to offer: those with records, this year, and the one chosen, newest first. */
export function yearOptions(yearsWithRecords: readonly number[], chosen: number, today = todayInChina()): number[] {
  return [...new Set([...yearsWithRecords, thisYear(today), chosen])].sort((a, b) => b - a);
}

/** A positive integer from the address, or undefined. */
export function readNumber(value: string | null): number | undefined {
  return value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined;
}

/** "▲3", "▼2", "持平": the change from last year, or nothing when last year had none. */
export function changeOf(current: number, previous: number): { sign: 'up' | 'down' | 'same'; amount: number } | null {
  if (previous === 0 && current === 0) return null;
  if (current === previous) return { sign: 'same', amount: 0 };
  return { sign: current > previous ? 'up' : 'down', amount: Math.abs(current - previous) };
}
