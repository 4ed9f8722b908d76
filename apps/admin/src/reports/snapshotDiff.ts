import { BREAKDOWN_KEYS, BreakdownName, TOTAL_KEYS, TotalName, type AnnualReport, type Locale } from '@wb/contracts';

export interface FigureChange {
  label: string;
  then: number;
  now: number;
}

/**
 * How today's figures differ from a finalised year's: every total, and every breakdown entry
 * (a meeting category, a month…) whose count moved, named as the report names them.
 */
export function snapshotChanges(then: AnnualReport, now: AnnualReport, locale: Locale = 'zh'): FigureChange[] {
  const changes: FigureChange[] = [];
  for (const key of TOTAL_KEYS) {
    if (then.totals[key] !== now.totals[key]) changes.push({ label: TotalName.label(key, locale), then: then.totals[key], now: now.totals[key] });
  }
  // byOrg's counts are a sum of all of an org's figures, no figure anyone reads; its totals are compared above.
  for (const key of BREAKDOWN_KEYS.filter((key) => key !== 'byOrg')) {
    const before = new Map((then.breakdowns[key] ?? []).map((entry) => [entry.key, entry]));
    const after = new Map((now.breakdowns[key] ?? []).map((entry) => [entry.key, entry]));
    for (const entryKey of new Set([...before.keys(), ...after.keys()])) {
      const a = before.get(entryKey)?.count ?? 0;
      const b = after.get(entryKey)?.count ?? 0;
      const label = after.get(entryKey)?.label ?? before.get(entryKey)?.label ?? entryKey;
      if (a !== b) changes.push({ label: `${BreakdownName.label(key, locale)} · ${label}`, then: a, now: b });
    }
  }
  return changes;
}
