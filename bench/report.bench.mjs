#!/usr/bin/env node
// Annual report at scale: GET /api/reports/annual for the whole society (1,500,000 records of every
// kind across 500 orgs, `npm run bench:data`) against hand-written SQL for the same totals, this
// year and last, in one statement (a conditional sum per table over the two years' rows). Median of
// BENCH_REPEAT (default 5) sequential runs. Target: at most 1.25×.
import { connect, login, prepareServer, startApi } from './lib/env.mjs';
import { comparison, report } from './lib/results.mjs';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const YEAR = Number(process.env.BENCH_YEAR ?? 2021);
await prepareServer();
const db = await connect();
const [[root]] = await db.query('SELECT id, path FROM orgs WHERE parentId IS NULL ORDER BY id LIMIT 1');

const start = `${YEAR}-01-01`;
const lastStart = `${YEAR - 1}-01-01`;
const end = `${YEAR}-12-31`;
const subtree = `orgId IN (SELECT id FROM orgs WHERE path LIKE '${root.path}%')`;
/** A total over a dated table: rows of this year and of last year, with an optional condition and measure. */
const dated = (key, table, column, { where = '1 = 1', measure = '1' } = {}) =>
  `SELECT '${key}' AS k, SUM(CASE WHEN ${column} >= '${start}' THEN ${measure} ELSE 0 END) AS cur, SUM(CASE WHEN ${column} < '${start}' THEN ${measure} ELSE 0 END) AS prev ` +
  `FROM ${table} WHERE deletedAt IS NULL AND ${subtree} AND ${column} BETWEEN '${lastStart}' AND '${end}' AND ${where}`;
const STAGES = ['applicationDate', 'talkDate', 'activistDate', 'lastReviewDate', 'candidateDate', 'probationaryDate', 'fullMemberDate'];
const activeIn = (from, to) => `(${STAGES.map((c) => `(${c} BETWEEN '${from}' AND '${to}')`).join(' OR ')})`;
const TOTALS_SQL = [
  dated('meetings', 'meetings', 'date'),
  dated('researchTrips', 'research_trips', 'startDate'),
  dated('deeds', 'deeds', 'plannedStart'),
  dated('deedsCompleted', 'deeds', 'plannedStart', { where: "status = 'completed'" }),
  dated('recruitments', 'recruitments', 'date'),
  `SELECT 'developmentRecords' AS k, SUM(${activeIn(start, end)}) AS cur, SUM(${activeIn(lastStart, `${YEAR - 1}-12-31`)}) AS prev FROM development_records WHERE deletedAt IS NULL AND ${subtree}`,
  `SELECT 'papers' AS k, SUM(year = ${YEAR}) AS cur, SUM(year = ${YEAR - 1}) AS prev FROM papers WHERE deletedAt IS NULL AND ${subtree} AND year IN (${YEAR}, ${YEAR - 1})`,
  `SELECT 'excellentPapers' AS k, SUM(year = ${YEAR}) AS cur, SUM(year = ${YEAR - 1}) AS prev FROM papers WHERE deletedAt IS NULL AND ${subtree} AND year IN (${YEAR}, ${YEAR - 1}) AND award = 'national_excellent'`,
  dated('outreachActivities', 'outreach_activities', 'date'),
  dated('outreachItems', 'outreach_activities', 'date', { measure: 'items' }),
  dated('journalPosts', 'journal_posts', 'publishedDate'),
  dated('publicResponses', 'journal_posts', 'publishedDate', { where: "kind = 'public_response'" }),
  dated('writerContacts', 'writer_contacts', 'date'),
  dated('volunteerServices', 'volunteer_services', 'date'),
].join('\nUNION ALL\n');

const api = await startApi();
const token = await login(api.url);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
async function timed(work) {
  await work();
  const times = [];
  for (let i = 0; i < REPEAT; i++) {
    const begin = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - begin) / 1e6);
  }
  return median(times);
}

let fromApi;
const ours = await timed(async () => {
  const response = await fetch(`${api.url}/api/reports/annual?year=${YEAR}&orgId=${root.id}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`report: ${response.status} ${await response.text()}`);
  fromApi = await response.json();
});
let fromSql;
const theirs = await timed(async () => {
  const [rows] = await db.query(TOTALS_SQL);
  fromSql = Object.fromEntries(rows.map((row) => [row.k, { cur: Number(row.cur ?? 0), prev: Number(row.prev ?? 0) }]));
});
// the same figures, or the comparison means nothing
for (const [key, { cur, prev }] of Object.entries(fromSql)) {
  if (fromApi.totals[key] !== cur || fromApi.previous.totals[key] !== prev) {
    throw new Error(`${key}: API ${fromApi.totals[key]} / ${fromApi.previous.totals[key]}, SQL ${cur} / ${prev}`);
  }
}
await api.stop();
await db.end();
const records = Object.values(fromApi.totals).reduce((sum, n) => sum + n, 0);
report('Annual report', [comparison({ name: `society ${YEAR}, totals this year and last`, measured: ours, baseline: theirs, unit: 'ms', ratio: ours / theirs, target: 1.25, better: 'lower' })], [
  `1,500,000 records of every kind across 500 orgs; the ${YEAR} figures add up to ${records.toLocaleString('en-US')}; median of ${REPEAT} sequential runs`,
  'the API answers with the totals and also every breakdown, the child orgs, 三会一课 compliance and the development table; the baseline computes the totals only',
]);
