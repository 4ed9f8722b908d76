import { ComplianceCell, ComplianceRule, ComplianceStatus, todayInChina } from '@wb/contracts';
import { MONTH_COLUMNS } from './report-facts';

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
 * opens count them. The database counts per org and kind, month by month (`m1`…`m12`); this adds
 * each count to the orgs on the org's path (`pathOf`).
 */
export function complianceOf(year: number, orgs: Row[], meetings: Row[], pathOf: ReadonlyMap<number, string>, rules: readonly ComplianceRule[], today = todayInChina()): ComplianceCell[] {
  // held.get(category).get(orgId)[month]: meetings of that kind the org and its subtree held
  const held = new Map<string, Map<number, number[]>>();
  const ancestors = new Map<number, number[]>();
  for (const row of meetings) {
    const orgId = Number(row.orgId);
    let path = ancestors.get(orgId);
    if (!path) ancestors.set(orgId, (path = String(pathOf.get(orgId) ?? '').split('/').filter(Boolean).map(Number)));
    let byOrg = held.get(String(row.category));
    if (!byOrg) held.set(String(row.category), (byOrg = new Map()));
    // every org on the path of the meeting's org, itself included, held them
    for (const ancestor of path) {
      let months = byOrg.get(ancestor);
      if (!months) byOrg.set(ancestor, (months = new Array<number>(13).fill(0)));
      for (let month = 1; month <= 12; month++) months[month] += Number(row[MONTH_COLUMNS[month - 1]]);
    }
  }
  const cells: ComplianceCell[] = [];
  for (const rule of rules) {
    const byOrg = held.get(rule.category);
    for (const org of orgs.filter((o) => (rule.orgTypes as string[]).includes(String(o.type)))) {
      const months = byOrg?.get(Number(org.id));
      for (const { period, months: inPeriod } of periodsOf(rule, year)) {
        if (`${year}-${inPeriod[0]}-01` > today) continue; // not begun yet
        const count = months ? inPeriod.reduce((sum, m) => sum + months[Number(m)], 0) : 0;
        cells.push({ orgId: Number(org.id), orgName: String(org.name), category: rule.category, period, required: rule.required, held: count, status: statusOf(count, rule.required) });
      }
    }
  }
  return cells;
}
