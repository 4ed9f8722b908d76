import { QueryRunner } from 'typeorm';
import { ComplianceCell, complianceCells, ComplianceFrequency, ComplianceRow } from '@wb/contracts';

/** Which rule a stored cell's period belongs to: `2021-Q1` quarterly, `2021-03` monthly, `2021` yearly. */
const frequencyOf = (period: string): ComplianceFrequency => (/-Q\d$/.test(period) ? 'quarterly' : /-\d\d$/.test(period) ? 'monthly' : 'yearly');

/** A report's 三会一课 as cells (one per org, kind and period begun, in period order) turned into rows (one per org and kind). */
function rowsOf(cells: ComplianceCell[]): ComplianceRow[] {
  const rows = new Map<string, ComplianceRow>();
  for (const cell of cells) {
    const key = `${cell.orgId}|${cell.category}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { orgId: cell.orgId, orgName: cell.orgName, category: cell.category, frequency: frequencyOf(cell.period), required: cell.required, held: [] }));
    row.held.push(cell.held);
  }
  return [...rows.values()];
}

/**
 * Rewrites the 三会一课 of every finalised report (`report_snapshots.report`, JSON) between the
 * two shapes: `toRows` from cells to rows, otherwise back. MariaDB hands JSON back as text.
 */
export async function rewriteSnapshotCompliance(runner: QueryRunner, toRows: boolean): Promise<void> {
  const snapshots: { id: number; report: unknown }[] = await runner.query('SELECT id, report FROM report_snapshots');
  for (const { id, report: stored } of snapshots) {
    const report = (typeof stored === 'string' ? JSON.parse(stored) : stored) as { year: number; compliance?: unknown[] };
    const entries = report.compliance ?? [];
    const isCells = entries.some((entry) => typeof entry === 'object' && entry !== null && 'period' in entry);
    if (toRows === isCells && entries.length) {
      report.compliance = toRows ? rowsOf(entries as ComplianceCell[]) : complianceCells(report.year, entries as ComplianceRow[]);
      await runner.query('UPDATE report_snapshots SET report = ? WHERE id = ?', [JSON.stringify(report), id]);
    }
  }
}
