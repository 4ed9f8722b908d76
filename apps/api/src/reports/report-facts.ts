import { EntityManager } from 'typeorm';
import { FACT_TABLES, FactTable } from './annual-sql';

/**
 * `report_facts`: the live records of every table an annual report counts, already counted per
 * org, year and coded columns, with the year's count (`n`), the summed measure (`items`, 科普) and
 * the count of each month (`m1`…`m12`; zero for papers, placed by year only). A year's report
 * reads these rows — 7,000 for a million meetings — instead of walking a year of each table's
 * index twice (this year's figures, last year's totals) and holding 80,000 rows of counts.
 *
 * Every write of such a record moves the counts in the same transaction (`countFacts`); tables
 * filled or emptied by hand (demo data, the benchmarks' data, changes in SQL) are counted again
 * by `recountFacts` (`npm run facts:recount`).
 * The coded columns are c1…c3 in the order of the table's `columns`; a table with fewer has ''.
 */
export const FACTS_TABLE = 'report_facts';

/** The month columns, January first. */
export const MONTH_COLUMNS = Array.from({ length: 12 }, (_, i) => `m${i + 1}`);

/** The most coded columns a fact table has (科普: venue, audience, aspect). */
const CODES = 3;
const KEY_COLUMNS = ['tbl', 'orgId', 'year', 'c1', 'c2', 'c3'];
const COUNT_COLUMNS = ['n', 'items', ...MONTH_COLUMNS];
/** Rows per upsert: 20 values each, well within both databases' limits. */
const ROWS_PER_STATEMENT = 500;

type Row = Record<string, unknown>;

const byTable = new Map(FACT_TABLES.map((fact) => [fact.table, fact]));
for (const fact of FACT_TABLES) if (fact.columns.length > CODES) throw new Error(`${fact.table}: ${FACTS_TABLE} holds ${CODES} coded columns, not ${fact.columns.length}`);

/** How a table's records are counted, or undefined for a table no report counts. */
export function factTableOf(table: string): FactTable | undefined {
  return byTable.get(table);
}

/** The column of `report_facts` holding a fact table's coded column. */
export function codeColumn(fact: FactTable, column: string): string {
  const index = fact.columns.indexOf(column);
  if (index < 0) throw new Error(`${fact.table}.${column} is not counted in ${FACTS_TABLE}`);
  return `c${index + 1}`;
}

/** Records that stopped counting (deleted, or as they were before an edit) and records that started (created, restored, as edited). */
export interface FactChange {
  removed?: readonly Row[];
  added?: readonly Row[];
}

/**
 * Moves the counts of one table's records by a change, in the caller's transaction: a created
 * record adds one under its key, a deleted one takes one away, an edit that moves a record to
 * another org, month or code does both. Keys in order, so two writers lock them in the same order.
 */
export async function countFacts(manager: EntityManager, fact: FactTable, { removed = [], added = [] }: FactChange): Promise<void> {
  // per key: org, year and the codes c1, c2, c3 (CODES) joined by a character no code holds
  const deltas = new Map<string, { key: unknown[]; counts: number[] }>();
  const [k1, k2, k3] = fact.columns;
  const code = (record: Row, column: string | undefined) => (column === undefined ? '' : String(record[column] ?? ''));
  const add = (record: Row, sign: 1 | -1) => {
    if (record.deletedAt) return;
    const placed = String(record[fact.placedBy]);
    const orgId = Number(record.orgId);
    const year = Number(placed.slice(0, 4));
    const c1 = code(record, k1);
    const c2 = code(record, k2);
    const c3 = code(record, k3);
    const id = `${orgId}\u0000${year}\u0000${c1}\u0000${c2}\u0000${c3}`;
    let delta = deltas.get(id);
    if (!delta) deltas.set(id, (delta = { key: [fact.table, orgId, year, c1, c2, c3], counts: new Array<number>(COUNT_COLUMNS.length).fill(0) }));
    // n, items, m1…m12
    delta.counts[0] += sign;
    if (fact.sum) delta.counts[1] += sign * Number(record[fact.sum] ?? 0);
    if (fact.monthly) delta.counts[1 + Number(placed.slice(5, 7))] += sign;
  };
  for (const record of removed) add(record, -1);
  for (const record of added) add(record, 1);
  const moved = [...deltas.entries()]
    .filter(([, delta]) => delta.counts.some((count) => count !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, delta]) => [...delta.key, ...delta.counts]);
  const sqlite = manager.connection.options.type === 'better-sqlite3';
  const columns = [...KEY_COLUMNS, ...COUNT_COLUMNS];
  const upsert = sqlite
    ? `ON CONFLICT (${KEY_COLUMNS.join(', ')}) DO UPDATE SET ${COUNT_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`
    : `ON DUPLICATE KEY UPDATE ${COUNT_COLUMNS.map((c) => `${c} = ${c} + VALUES(${c})`).join(', ')}`;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < moved.length; i += ROWS_PER_STATEMENT) {
    const part = moved.slice(i, i + ROWS_PER_STATEMENT);
    await manager.query(`INSERT INTO ${FACTS_TABLE} (${columns.join(', ')}) VALUES ${part.map(() => tuple).join(', ')} ${upsert}`, part.flat());
  }
}

/** Counts every table's live records again from scratch: after rows were written or removed without `countFacts`. */
export async function recountFacts(manager: EntityManager): Promise<void> {
  await manager.query(`DELETE FROM ${FACTS_TABLE}`);
  for (const fact of FACT_TABLES) {
    const placed = `t.${fact.placedBy}`;
    // SUBSTR reads a date as 'YYYY-MM-DD' text on both databases; `+ 0` makes the year a number on both
    const year = fact.placedBy === 'year' ? placed : `SUBSTR(${placed}, 1, 4) + 0`;
    const codes = Array.from({ length: CODES }, (_, i) => (i < fact.columns.length ? `t.${fact.columns[i]}` : "''"));
    const months = MONTH_COLUMNS.map((_, i) => (fact.monthly ? `SUM(CASE WHEN SUBSTR(${placed}, 6, 2) = '${String(i + 1).padStart(2, '0')}' THEN 1 ELSE 0 END)` : '0'));
    await manager.query(
      `INSERT INTO ${FACTS_TABLE} (${[...KEY_COLUMNS, ...COUNT_COLUMNS].join(', ')})
       SELECT '${fact.table}', t.orgId, ${year}, ${codes.join(', ')}, COUNT(*), ${fact.sum ? `COALESCE(SUM(t.${fact.sum}), 0)` : '0'}, ${months.join(', ')}
       FROM ${fact.table} t WHERE t.deletedAt IS NULL GROUP BY t.orgId, ${year}${fact.columns.map((column) => `, t.${column}`).join('')}`,
    );
  }
}
