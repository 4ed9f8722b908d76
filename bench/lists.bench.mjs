#!/usr/bin/env node
// Lists at scale: with 1,000,000 meetings across 500 orgs (`npm run bench:data`), every list
// request the admin makes — the default page, an org's subtree, category and date range, text
// search, a deep page — against the best hand-written SQL for the same page and its count, run on
// the same server. BENCH_REPEAT (default 21) sequential runs each, the API and the SQL taking
// turns; the ratio is the median of each pair's. Target: at most 1.5×.
import { connect, login, prepareServer, startApi } from './lib/env.mjs';
import { comparison, report } from './lib/results.mjs';
import { takeTurns } from './lib/turns.mjs';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 21);
const COLUMNS = 'id, createdAt, updatedAt, createdBy, version, orgId, category, session, topic, date, format, host, recorder, expectedCount, attendedCount';

await prepareServer();
const db = await connect();
const [[unit]] = await db.query("SELECT id, path FROM orgs WHERE type = 'unit' AND name LIKE '基准%' ORDER BY id LIMIT 1");
const live = 'deletedAt IS NULL';
const order = 'ORDER BY date DESC, id DESC';
const CASES = [
  {
    name: 'default page',
    query: {},
    sql: [`SELECT ${COLUMNS} FROM meetings WHERE ${live} ${order} LIMIT 10`, `SELECT COUNT(*) FROM meetings WHERE ${live}`],
  },
  {
    name: 'org subtree (a unit and its branches)',
    query: { filter: { orgId: unit.id } },
    // the subtree's ids first (a prefix of the path), then the page and its count over that list
    sql: async () => {
      const [orgs] = await db.query('SELECT id FROM orgs WHERE path LIKE ?', [`${unit.path}%`]);
      const ids = orgs.map((org) => org.id).join(', ');
      await db.query(`SELECT ${COLUMNS} FROM meetings WHERE orgId IN (${ids}) AND ${live} ${order} LIMIT 10`);
      const [[count]] = await db.query(`SELECT COUNT(*) AS n FROM meetings WHERE orgId IN (${ids}) AND ${live}`);
      return Number(count.n);
    },
  },
  {
    name: 'category and date range',
    query: { filter: { category: 'branch_assembly', date_gte: '2021-01-01', date_lte: '2021-12-31' } },
    sql: [
      `SELECT ${COLUMNS} FROM meetings WHERE category = 'branch_assembly' AND ${live} AND date BETWEEN '2021-01-01' AND '2021-12-31' ${order} LIMIT 10`,
      `SELECT COUNT(*) FROM meetings WHERE category = 'branch_assembly' AND ${live} AND date BETWEEN '2021-01-01' AND '2021-12-31'`,
    ],
  },
  {
    name: 'text search (q)',
    query: { filter: { q: '党史' } },
    sql: [
      `SELECT ${COLUMNS} FROM meetings WHERE (topic LIKE '%党史%' OR minutes LIKE '%党史%') AND ${live} ${order} LIMIT 10`,
      `SELECT COUNT(*) FROM meetings WHERE (topic LIKE '%党史%' OR minutes LIKE '%党史%') AND ${live}`,
    ],
  },
  {
    name: 'deep page (offset 100,000)',
    query: { range: [100000, 100009] },
    sql: [
      `SELECT ${COLUMNS} FROM meetings m JOIN (SELECT id AS pageId FROM meetings WHERE ${live} ${order} LIMIT 10 OFFSET 100000) p ON p.pageId = m.id ${order}`,
      `SELECT COUNT(*) FROM meetings WHERE ${live}`,
    ],
  },
];

const api = await startApi();
const token = await login(api.url);
const headers = { authorization: `Bearer ${token}` };

// back to back, as the table reports; also with the machine idle between turns, as when a person
// clicks (reported beside it: small requests come out slower then, the API's more than the SQL's)
const PAUSE_MS = 20;
const paused = [];
const comparisons = [];
for (const item of CASES) {
  const params = new URLSearchParams({ range: JSON.stringify(item.query.range ?? [0, 9]), sort: '["date","DESC"]', filter: JSON.stringify(item.query.filter ?? {}) });
  const url = `${api.url}/api/meetings?${params}`;
  let apiTotal;
  let sqlTotal;
  const apiSide = async () => {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`${item.name}: ${response.status} ${await response.text()}`);
    apiTotal = Number(response.headers.get('x-total-count'));
    await response.arrayBuffer();
  };
  const sqlSide = async () => {
    if (typeof item.sql === 'function') {
      sqlTotal = await item.sql();
      return;
    }
    const [page, count] = item.sql;
    await db.query(page);
    const [[row]] = await db.query(count);
    sqlTotal = Number(Object.values(row)[0]);
  };
  const { ours, theirs, ratio } = await takeTurns(apiSide, sqlSide, { repeat: REPEAT });
  const idle = await takeTurns(apiSide, sqlSide, { repeat: REPEAT, pauseMs: PAUSE_MS });
  paused.push(`${item.name}: ${idle.ours.toFixed(2)} vs ${idle.theirs.toFixed(2)} ms (${idle.ratio.toFixed(2)})`);

  if (apiTotal !== sqlTotal) throw new Error(`${item.name}: the API counts ${apiTotal}, the SQL ${sqlTotal}`);
  comparisons.push(comparison({ name: `${item.name} (${apiTotal.toLocaleString('en-US')} rows)`, measured: ours, baseline: theirs, unit: 'ms', ratio, target: 1.5, better: 'lower' }));
}
await api.stop();
await db.end();
report('Lists at scale', comparisons, [
  `1,000,000 meetings across 500 orgs; signed in as an administrator; ${REPEAT} sequential requests (API, over HTTP) against the same page and count as hand-written SQL on one connection, the two taking turns; times are each side's median, the ratio the median of the ${REPEAT} pairs' ratios`,
  'text search is LIKE over the topic and the minutes: both sides read every live row, twice (page and count)',
  `with the machine idle ${PAUSE_MS} ms before each turn (as between a person's clicks; not the table's figures): ${paused.join('; ')}`,
]);
