import { FACTS_TABLE, MONTH_COLUMNS, recountFacts } from '../../../apps/api/src/reports/report-facts';
import { TestApp } from './test-app';

/** The report's counts as kept (rows that count something), in key order. */
async function keptFacts(t: TestApp): Promise<Record<string, unknown>[]> {
  const counts = ['n', 'items', ...MONTH_COLUMNS];
  const rows: Record<string, unknown>[] = await t.dataSource.query(
    `SELECT * FROM ${FACTS_TABLE} WHERE ${counts.map((c) => `${c} <> 0`).join(' OR ')} ORDER BY tbl, orgId, year, c1, c2, c3`,
  );
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'string' && counts.includes(key) ? Number(value) : value])));
}

/** `report_facts`, kept in step with every write, holds what counting the records afresh gives. */
export async function expectFactsInStep(t: TestApp): Promise<void> {
  const kept = await keptFacts(t);
  await t.dataSource.transaction((manager) => recountFacts(manager));
  expect(kept).toEqual(await keptFacts(t));
}
