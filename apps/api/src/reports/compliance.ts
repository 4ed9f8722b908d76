import { ComplianceRow, ComplianceRule, compliancePeriods, todayInChina } from '@wb/contracts';
import { MONTH_COLUMNS } from './report-facts';

type Row = Record<string, unknown>;

/**
 * 三会一课: for every org a rule applies to, in every period of the year that has begun, the
 * meetings required against those held by the org and the orgs under it (a party lecture a group of
 * the branch holds counts for the branch), as every other figure of the report and the list a cell
 * opens count them. The database counts per org and kind, month by month (`m1`…`m12`); this adds
 * each count to the orgs on the org's path (`pathOf`).
 */
export function complianceOf(year: number, orgs: Row[], meetings: Row[], pathOf: ReadonlyMap<number, string>, rules: readonly ComplianceRule[], today = todayInChina()): ComplianceRow[] {
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
  const rows: ComplianceRow[] = [];
  for (const rule of rules) {
    const byOrg = held.get(rule.category);
    const begun = compliancePeriods(rule.frequency, year).filter(({ months }) => `${year}-${String(months[0]).padStart(2, '0')}-01` <= today);
    if (!begun.length) continue;
    for (const org of orgs.filter((o) => (rule.orgTypes as string[]).includes(String(o.type)))) {
      const months = byOrg?.get(Number(org.id));
      const counts = begun.map(({ months: inPeriod }) => (months ? inPeriod.reduce((sum, m) => sum + months[m], 0) : 0));
      rows.push({ orgId: Number(org.id), orgName: String(org.name), category: rule.category, frequency: rule.frequency, required: rule.required, held: counts });
    }
  }
  return rows;
}
