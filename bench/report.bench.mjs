#!/usr/bin/env node
// Annual report at scale: GET /api/reports/annual for the whole society (1,500,000 records of every
// kind across 500 orgs, `npm run bench:data`) against hand-written SQL for the same totals, this
// year and last: the subtree's org ids, then one statement reading each table's two years once
// (conditional sums). Median of BENCH_REPEAT (default 7) sequential runs each, the two taking turns.
// The API reads kept counts (report_facts, see apps/api/src/reports/report-facts.ts); the baseline the records.
// Target: at most 1.25×.
import { connect, login, prepareServer, startApi } from './lib/env.mjs';
import { comparison, report } from './lib/results.mjs';
import { takeTurns } from './lib/turns.mjs';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 7);
const YEAR = Number(process.env.BENCH_YEAR ?? 2021);
await prepareServer();
const db = await connect();
const [[root]] = await db.query('SELECT id, path FROM orgs WHERE parentId IS NULL ORDER BY id LIMIT 1');

const start = `${YEAR}-01-01`;
const lastStart = `${YEAR - 1}-01-01`;
const end = `${YEAR}-12-31`;
const STAGES = ['applicationDate', 'talkDate', 'activistDate', 'lastReviewDate', 'candidateDate', 'probationaryDate', 'fullMemberDate'];
const activeIn = (from, to) => `(${STAGES.map((c) => `(${c} BETWEEN '${from}' AND '${to}')`).join(' OR ')})`;
/**
 * The totals of this year and last, one pass per table over the two years' rows of the subtree (its
 * org ids written out: faster here than a subquery), each total a conditional sum. Columns: k, then
 * cur and prev for up to two totals of the table.
 */
function totalsSql(orgIds) {
  const live = `deletedAt IS NULL AND orgId IN (${orgIds.join(', ')})`;
  const pair = (when, measure = '1') => [`SUM(CASE WHEN ${when} AND ${STARTED} THEN ${measure} ELSE 0 END)`, `SUM(CASE WHEN ${when} AND NOT ${STARTED} THEN ${measure} ELSE 0 END)`];
  let STARTED;
  const dated = (table, column, second) => {
    STARTED = `${column} >= '${start}'`;
    const [cur, prev] = pair('1 = 1');
    const [cur2, prev2] = second ? pair(second.when ?? '1 = 1', second.measure) : ['NULL', 'NULL'];
    return `SELECT '${table}' AS k, ${cur} AS cur, ${prev} AS prev, ${cur2} AS cur2, ${prev2} AS prev2 FROM ${table} WHERE ${live} AND ${column} BETWEEN '${lastStart}' AND '${end}'`;
  };
  return [
    dated('meetings', 'date'),
    dated('research_trips', 'startDate'),
    dated('deeds', 'plannedStart', { when: "status = 'completed'" }),
    dated('recruitments', 'date'),
    `SELECT 'development_records' AS k, SUM(${activeIn(start, end)}) AS cur, SUM(${activeIn(lastStart, `${YEAR - 1}-12-31`)}) AS prev, NULL AS cur2, NULL AS prev2 FROM development_records WHERE ${live}`,
    `SELECT 'papers' AS k, SUM(year = ${YEAR}) AS cur, SUM(year = ${YEAR - 1}) AS prev, SUM(year = ${YEAR} AND award = 'national_excellent') AS cur2, SUM(year = ${YEAR - 1} AND award = 'national_excellent') AS prev2 FROM papers WHERE ${live} AND year IN (${YEAR}, ${YEAR - 1})`,
    dated('outreach_activities', 'date', { measure: 'items' }),
    dated('journal_posts', 'publishedDate', { when: "kind = 'public_response'" }),
    dated('writer_contacts', 'date'),
    dated('volunteer_services', 'date'),
  ].join('\nUNION ALL\n');
}
/** Which total each table's first and second pair of columns hold. */
const KEYS = {
  meetings: ['meetings'],
  research_trips: ['researchTrips'],
  deeds: ['deeds', 'deedsCompleted'],
  recruitments: ['recruitments'],
  development_records: ['developmentRecords'],
  papers: ['papers', 'excellentPapers'],
  outreach_activities: ['outreachActivities', 'outreachItems'],
  journal_posts: ['journalPosts', 'publicResponses'],
  writer_contacts: ['writerContacts'],
  volunteer_services: ['volunteerServices'],
};

const api = await startApi();
const token = await login(api.url);
let fromApi;
const ourReport = async () => {
  const response = await fetch(`${api.url}/api/reports/annual?year=${YEAR}&orgId=${root.id}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`report: ${response.status} ${await response.text()}`);
  fromApi = await response.json();
};
let fromSql;
const theirTotals = async () => {
  // the subtree's orgs (deleted ones too: their records count), then the totals
  const [orgs] = await db.query(`SELECT id FROM orgs WHERE path LIKE '${root.path}%'`);
  const [rows] = await db.query(totalsSql(orgs.map((org) => org.id)));
  fromSql = {};
  for (const row of rows) {
    const [first, second] = KEYS[row.k];
    fromSql[first] = { cur: Number(row.cur ?? 0), prev: Number(row.prev ?? 0) };
    if (second) fromSql[second] = { cur: Number(row.cur2 ?? 0), prev: Number(row.prev2 ?? 0) };
  }
};
// a pause before each turn: what the API still does after answering (freeing a 2 MB answer) is not
// charged to the SQL's turn
const { ours, theirs, ratio } = await takeTurns(ourReport, theirTotals, { repeat: REPEAT, pauseMs: 300 });
// Not the target's comparison, said alongside it: the same totals written by hand over the counts
// the API keeps (report_facts), so a reader sees what reading kept counts is worth on its own.
const keptTotals = async () => {
  const [orgs] = await db.query(`SELECT id FROM orgs WHERE path LIKE '${root.path}%'`);
  await db.query(
    `SELECT tbl, year, SUM(n) AS n, SUM(items) AS items, SUM(CASE WHEN (tbl = 'deeds' AND c2 = 'completed') OR (tbl = 'papers' AND c2 = 'national_excellent') OR (tbl = 'journal_posts' AND c2 = 'public_response') THEN n ELSE 0 END) AS marked
     FROM report_facts WHERE orgId IN (${orgs.map((org) => org.id).join(', ')}) AND year IN (${YEAR}, ${YEAR - 1}) GROUP BY tbl, year`,
  );
};
const kept = (await takeTurns(keptTotals, keptTotals, { repeat: REPEAT })).ours;
// the same figures, or the comparison means nothing
for (const [key, { cur, prev }] of Object.entries(fromSql)) {
  if (fromApi.totals[key] !== cur || fromApi.previous.totals[key] !== prev) {
    throw new Error(`${key}: API ${fromApi.totals[key]} / ${fromApi.previous.totals[key]}, SQL ${cur} / ${prev}`);
  }
}
await api.stop();
await db.end();
const records = Object.values(fromApi.totals).reduce((sum, n) => sum + n, 0);
report('Annual report', [comparison({ name: `society ${YEAR}, totals this year and last`, measured: ours, baseline: theirs, unit: 'ms', ratio, target: 1.25, better: 'lower' })], [
  `1,500,000 records of every kind across 500 orgs; the ${YEAR} figures add up to ${records.toLocaleString('en-US')}; ${REPEAT} sequential runs each (times: each side's median; ratio: the median of the pairs' ratios), the API and the SQL taking turns with 300 ms of quiet before each (what the API still does after answering, freeing its answer, is not charged to the SQL)`,
  'the API answers with the totals and also every breakdown, the child orgs, 三会一课 compliance and the development table; the baseline computes the totals only',
  "the API reads the counts it keeps as records are written (report_facts: per table, org, year and codes, with each month's count; about 25,000 rows for the year) and development records from their table, side by side on the pool; its answer (0.2 MB of JSON with the society's 三会一课, one row per org and kind) goes gzipped, as fetch asks; the baseline reads each table's two years of records once with plain sums",
  `for comparison only: the same totals written by hand over report_facts take ${Math.round(kept)} ms (median of ${REPEAT}; no breakdowns, no 三会一课)`,
]);
