#!/usr/bin/env node
// `npm run bench:data`: the large data sets the benchmarks read — the demo data multiplied into
// 500 orgs, 1,000,000 meetings and half a million records of the other kinds, on MariaDB (its
// sequence tables, seq_1_to_N, make the rows). The API creates the schema (its migrations) and
// the demo records; every other row is a copy of a demo record moved to another org and year, so
// all of it is valid data the API itself could have written. Skips the work when already made.
import { ADMIN, connect, DATABASE, prepareServer, recountReportFacts, startApi } from './lib/env.mjs';

const ORGS = 500;
/** Rows per table when done: meetings for the list benchmark, every kind for the annual report. */
export const TARGETS = {
  meetings: 1_000_000,
  research_trips: 60_000,
  deeds: 60_000,
  volunteer_services: 40_000,
  recruitments: 20_000,
  development_records: 20_000,
  papers: 100_000,
  outreach_activities: 20_000,
  journal_posts: 150_000,
  writer_contacts: 30_000,
};
const SPEC = JSON.stringify({ ORGS, TARGETS, v: 1 });
/** Copies of a table's demo rows made per statement (keeps each transaction moderate). */
const ROWS_PER_STATEMENT = 100_000;

const log = (...args) => console.log(new Date().toISOString().slice(11, 19), ...args);

async function main() {
  await prepareServer();
  const fresh = process.argv.includes('--fresh');
  const server = await connect('');
  const [[exists]] = await server.query('SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?', [DATABASE, 'bench_info']);
  if (exists.n && !fresh) {
    const [[info]] = await server.query(`SELECT spec FROM \`${DATABASE}\`.bench_info`);
    if (info?.spec === SPEC) {
      log(`${DATABASE} is ready (npm run bench:data -- --fresh to make it again)`);
      await server.end();
      return;
    }
  }
  log(`making ${DATABASE} from scratch`);
  await server.query(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
  await server.query(`CREATE DATABASE \`${DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await server.end();

  // the schema and the demo records, by the API itself
  const api = await startApi({ env: { DEMO_DATA: 'true' } });
  await api.stop();
  log('schema and demo data in place');

  const db = await connect();
  await makeOrgs(db);
  for (const [table, target] of Object.entries(TARGETS)) await multiply(db, table, target);
  for (const table of ['orgs', ...Object.keys(TARGETS)]) await db.query(`ANALYZE TABLE \`${table}\``);
  // the copies were written around the API: the report's counts are made again from the tables
  await recountReportFacts(db);
  await db.query('ANALYZE TABLE report_facts');
  await db.query('CREATE TABLE bench_info (spec text NOT NULL)');
  await db.query('INSERT INTO bench_info (spec) VALUES (?)', [SPEC]);
  await db.end();
  log(`done: ${DATABASE}, signed in as ${ADMIN.username} by the benchmarks`);
}

/** Units under the root, branches under the units, until there are ORGS orgs; `bench_orgs` numbers those that hold records. */
async function makeOrgs(db) {
  const [[root]] = await db.query('SELECT id, path FROM orgs WHERE parentId IS NULL AND deletedAt IS NULL ORDER BY id LIMIT 1');
  const [[{ n: existing }]] = await db.query('SELECT COUNT(*) AS n FROM orgs');
  const add = async (name, type, parent) => {
    const [row] = await db.query("INSERT INTO orgs (version, name, type, parentId, path) VALUES (1, ?, ?, ?, '')", [name, type, parent.id]);
    const path = `${parent.path}${row.insertId}/`;
    await db.query('UPDATE orgs SET path = ? WHERE id = ?', [path, row.insertId]);
    return { id: row.insertId, path };
  };
  let total = existing;
  for (let u = 1; total < ORGS; u++) {
    const unit = await add(`基准分公司${u}`, 'unit', root);
    total++;
    for (let b = 1; b <= 9 && total < ORGS; b++, total++) await add(`基准分公司${u}第${b}党支部`, 'party_branch', unit);
  }
  await db.query('DROP TABLE IF EXISTS bench_orgs');
  await db.query('CREATE TABLE bench_orgs (n int NOT NULL PRIMARY KEY, id int NOT NULL)');
  await db.query('INSERT INTO bench_orgs (n, id) SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM orgs WHERE parentId IS NOT NULL');
  log(`orgs: ${total}`);
}

/**
 * Copies the table's demo rows until it holds `target`: copy k of a row goes to an org picked from
 * the row and k, and k % 6 - 4 years away (its dates move together, so their order holds); a
 * title gets the copy's number, so titles stay distinct and searchable.
 */
async function multiply(db, table, target) {
  const [[{ n: demo, maxId }]] = await db.query(`SELECT COUNT(*) AS n, MAX(id) AS maxId FROM \`${table}\``);
  if (!demo) throw new Error(`${table} has no demo rows to copy`);
  const [columns] = await db.query(
    "SELECT COLUMN_NAME AS name, DATA_TYPE AS type FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND EXTRA NOT LIKE '%auto_increment%' ORDER BY ORDINAL_POSITION",
    [table],
  );
  const [[{ n: orgCount }]] = await db.query('SELECT COUNT(*) AS n FROM bench_orgs');
  const shift = 'CAST(s.seq % 6 AS SIGNED) - 4';
  const expression = ({ name, type }) => {
    if (name === 'orgId') return 'o.id';
    if (type === 'date') return `DATE_ADD(d.\`${name}\`, INTERVAL ${shift} YEAR)`;
    if (name === 'year') return `d.\`year\` + ${shift}`;
    if (name === 'title' || name === 'topic') return `CONCAT(d.\`${name}\`, '·', s.seq)`;
    return `d.\`${name}\``;
  };
  const names = columns.map((c) => `\`${c.name}\``).join(', ');
  const values = columns.map(expression).join(', ');
  const copies = Math.ceil((target - demo) / demo);
  const copiesPerStatement = Math.max(1, Math.floor(ROWS_PER_STATEMENT / demo));
  // the demo rows in a table of their own: reading the table being filled would go through a temporary copy
  await db.query('DROP TABLE IF EXISTS bench_source');
  await db.query(`CREATE TABLE bench_source AS SELECT * FROM \`${table}\``);
  for (let first = 1; first <= copies; first += copiesPerStatement) {
    const last = Math.min(copies, first + copiesPerStatement - 1);
    await retried(() =>
      db.query(
        `INSERT INTO \`${table}\` (${names}) SELECT ${values} FROM bench_source d JOIN seq_1_to_${copies} s ON s.seq BETWEEN ? AND ? ` +
          'JOIN bench_orgs o ON o.n = (d.id * 31 + s.seq * 7) % ?',
        [first, last, orgCount],
      ),
    );
  }
  await db.query('DROP TABLE bench_source');
  // exactly the target: the last copies go
  await db.query(`DELETE FROM \`${table}\` WHERE id > ? ORDER BY id DESC LIMIT ?`, [maxId, Math.max(0, demo + copies * demo - target)]);
  const [[{ n }]] = await db.query(`SELECT COUNT(*) AS n FROM \`${table}\``);
  log(`${table}: ${n.toLocaleString('en-US')} rows`);
}

/** A failed statement changed nothing (InnoDB): try it again, twice at most. */
async function retried(work) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= 3) throw error;
      log(`retrying after ${error.code ?? error.message}`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
