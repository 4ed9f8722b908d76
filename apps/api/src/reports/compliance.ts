import { ComplianceCell, ComplianceRule, ComplianceStatus, todayInChina } from '@wb/contracts';

type Row = Record<string, unknown>;

/** The periods of a rule in a year: each with its name and months ('01'…'12'). */
function periodsOf(rule: ComplianceRule, year: number): { period: string; months: string[] }[] {
  const month = (m: number) => String(m).padStart(2, '0');
  if (rule.frequency === 'monthly') return Array.from({ length: 12 }, (_, i) => ({ period: `${year}-${month(i + 1)}`, months: [month(i + 1)] }));
  if (rule.frequency === 'quarterly') return [1, 2, 3, 4].map((q) => ({ period: `${year}-Q${q}`, months: [1, 2, 3].map((k) => month((q - 1) * 3 + k)) }));
  return [{ period: String(year), months: Array.from({ length: 12 }, (_, i) => month(i + 1)) }];
}

const statusOf = (held: number, required: number): ComplianceStatus => (held >= required ? 'met' : held > 0 ? 'partial' : 'missing');

/**
 * 三会一课: for every org a rule applies to and every period of the year that has begun, the
 * meetings required against those held by the org and the orgs under it (a party lecture a group of
 * the branch holds counts for the branch), as every other figure of the report and the list a cell
 * opens count them. The database counts per org (its path), kind and month; this adds each count to the orgs on the path.
 */
export function complianceOf(year: number, orgs: Row[], meetings: Row[], rules: readonly ComplianceRule[], today = todayInChina()): ComplianceCell[] {
  const held = new Map<string, number>();
  for (const row of meetings) {
    // every org on the path of the meeting's org, itself included, held it
    for (const ancestor of String(row.path).split('/').filter(Boolean)) {
      const key = `${ancestor}|${row.category}|${row.month}`;
      held.set(key, (held.get(key) ?? 0) + Number(row.n));
    }
  }
  const cells: ComplianceCell[] = [];
  for (const rule of rules) {
    for (const org of orgs.filter((o) => (rule.orgTypes as string[]).includes(String(o.type)))) {
      for (const { period, months } of periodsOf(rule, year)) {
        if (`${year}-${months[0]}-01` > today) continue; // not begun yet
        const count = months.reduce((sum, m) => sum + (held.get(`${org.id}|${rule.category}|${m}`) ?? 0), 0);
        cells.push({ orgId: Number(org.id), orgName: String(org.name), category: rule.category, period, required: rule.required, held: count, status: statusOf(count, rule.required) });
      }
    }
  }
  return cells;
}
