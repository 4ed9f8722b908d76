import type { ComplianceCell, ComplianceFrequency, ComplianceRow, ComplianceStatus } from './reports';

/** The periods of a frequency in a year, in order, each with its name (`2021-03`, `2021-Q1`, `2021`) and months (1–12). */
export function compliancePeriods(frequency: ComplianceFrequency, year: number): { period: string; months: number[] }[] {
  if (frequency === 'monthly') return Array.from({ length: 12 }, (_, i) => ({ period: `${year}-${String(i + 1).padStart(2, '0')}`, months: [i + 1] }));
  if (frequency === 'quarterly') return [1, 2, 3, 4].map((q) => ({ period: `${year}-Q${q}`, months: [1, 2, 3].map((k) => (q - 1) * 3 + k) }));
  return [{ period: String(year), months: Array.from({ length: 12 }, (_, i) => i + 1) }];
}

export const complianceStatusOf = (held: number, required: number): ComplianceStatus => (held >= required ? 'met' : held > 0 ? 'partial' : 'missing');

/** A year's 三会一课 rows as one cell per org, kind and period begun: what the grid, the tables and the to-do list show. */
export function complianceCells(year: number, rows: readonly ComplianceRow[]): ComplianceCell[] {
  const periods = new Map<ComplianceFrequency, string[]>();
  const periodsOf = (frequency: ComplianceFrequency) => periods.get(frequency) ?? periods.set(frequency, compliancePeriods(frequency, year).map((p) => p.period)).get(frequency)!;
  return rows.flatMap(({ held, frequency, ...row }) =>
    held.map((count, i) => ({ orgId: row.orgId, orgName: row.orgName, category: row.category, period: periodsOf(frequency)[i], required: row.required, held: count, status: complianceStatusOf(count, row.required) })),
  );
}
