#!/usr/bin/env node
// Issue 12: an import of 10,000 meetings from .xlsx, end to end through the API, against the same
// rows inserted raw (mysql2 multi-row INSERTs in one transaction). Target: at most 3× the raw time.
// Runs on a database of its own (BENCH_IMPORT_DATABASE, default wb_bench_import), made fresh.
// For looking into it: BENCH_PROFILE=<dir> (a CPU profile of the API), BENCH_NODE_ARGS="--trace-gc …"
// (more flags for the API's node), BENCH_API_OUTPUT=1 (print what the API wrote).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { comparison, report } from './lib/results.mjs';
import { connect, login, SERVER_URL, startApi } from './lib/env.mjs';
import { median } from './lib/turns.mjs';

const DATABASE = process.env.BENCH_IMPORT_DATABASE ?? 'wb_bench_import';
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const REPEATS = Number(process.env.BENCH_IMPORT_REPEATS ?? 7);
const TARGET = 3;
/** Rows per raw INSERT statement. */
const RAW_CHUNK = 1000;
/** The columns an import writes (the rest are the table's defaults, as for the API). */
const STORED = ['createdBy', 'version', 'orgId', 'category', 'session', 'topic', 'date', 'format', 'host', 'recorder', 'expectedCount', 'attendedCount', 'minutes', 'resolutions'];

/** CPU seconds a process has used (user + system), from /proc: what the import costs whatever else runs. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const log = (...args) => console.log('import ·', ...args);

async function freshDatabase() {
  const server = await connect('');
  await server.query(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
  await server.query(`CREATE DATABASE \`${DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await server.end();
}

/** The template's headers, as a person downloading it gets them. */
async function templateHeaders(url, token) {
  const response = await fetch(`${url}/api/meetings/import-template`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`template: ${response.status}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0];
  return sheet.getRow(1).values.slice(1).map(String);
}

/** A varied, valid row per meeting, keyed by the template's headers (by field, whatever the mark). */
function meetingRows(orgNames) {
  const categories = ['支部党员大会', '支部委员会', '党小组会', '党课', '主题党日', '组织生活会', '理事会', '其他'];
  const formats = ['现场', '视频', '线上线下'];
  const people = ['刘泽', '王静', '张伟', '李娜', '陈磊', '杨洋'];
  return Array.from({ length: ROWS }, (_, i) => {
    const expected = 5 + (i % 20);
    const day = new Date(Date.UTC(2016 + (i % 7), i % 12, 1 + (i % 28)));
    return {
      date: day,
      topic: `导入基准会议第${i + 1}次：学习贯彻党的创新理论`,
      category: categories[i % categories.length],
      session: i % 3 === 0 ? `第${(i % 9) + 1}届第${(i % 5) + 1}次` : null,
      format: formats[i % formats.length],
      host: people[i % people.length],
      recorder: people[(i + 1) % people.length],
      expectedCount: expected,
      attendedCount: expected - (i % 4),
      minutes: `会议由${people[i % people.length]}主持，传达学习上级文件精神，讨论本支部下一阶段工作安排（第${i + 1}条记录）。`,
      resolutions: i % 2 === 0 ? '一致同意上述安排，会后抓好落实。' : null,
      orgId: orgNames[i % orgNames.length],
    };
  });
}

const FIELD_OF_HEADER = {
  会议日期: 'date', 会议主题: 'topic', 会议类别: 'category', 届次: 'session', 会议形式: 'format', 主持人: 'host',
  记录人: 'recorder', 应到人数: 'expectedCount', 实到人数: 'attendedCount', 会议记录: 'minutes', 会议决议: 'resolutions', 所属组织: 'orgId',
};

async function workbookOf(headers, rows) {
  const fields = headers.map((header) => FIELD_OF_HEADER[header.replace(/\*$/, '')]);
  if (fields.some((field) => !field)) throw new Error(`unknown template header among ${headers.join(', ')}`);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('会议');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(fields.map((field) => row[field]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function importThroughApi(url, token, file) {
  const form = new FormData();
  form.append('file', new Blob([file], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), '会议台账.xlsx');
  const started = performance.now();
  const response = await fetch(`${url}/api/meetings/import`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const answer = await response.json();
  const ms = performance.now() - started;
  if (!response.ok || answer.created !== ROWS) throw new Error(`import: ${response.status} ${JSON.stringify(answer).slice(0, 500)}`);
  return ms;
}

async function insertRaw(db, rows) {
  const started = performance.now();
  await db.beginTransaction();
  for (let i = 0; i < rows.length; i += RAW_CHUNK) {
    await db.query(`INSERT INTO meetings (${STORED.map((c) => `\`${c}\``).join(', ')}) VALUES ?`, [rows.slice(i, i + RAW_CHUNK).map((row) => STORED.map((c) => row[c]))]);
  }
  await db.commit();
  return performance.now() - started;
}

/**
 * Back to the demo data: the rows (and audit entries) a round added go. Then the server is let
 * finish purging them (InnoDB's history list, up to 10 s) and rest a moment: purging 20,000 rows in
 * the background would otherwise fall in the next measured round, whichever side it is.
 */
async function resetTables(db, demoMaxId, demoMaxAuditId) {
  await db.query('DELETE FROM meetings WHERE id > ?', [demoMaxId]);
  await db.query('DELETE FROM audit_logs WHERE id > ?', [demoMaxAuditId]);
  for (let waited = 0; waited < 10_000; waited += 100) {
    const [[{ length }]] = await db.query("SELECT COUNT AS length FROM information_schema.INNODB_METRICS WHERE NAME = 'trx_rseg_history_len'");
    if (Number(length) < 100) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function main() {
  await freshDatabase();
  // BENCH_PROFILE=<dir>: the API writes a CPU profile there when it stops
  const nodeArgs = [...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []), ...(process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : [])];
  const api = await startApi({ env: { DATABASE_URL: `${SERVER_URL}/${DATABASE}`, DEMO_DATA: 'true' }, nodeArgs });
  const db = await connect(DATABASE);
  try {
    const token = await login(api.url);
    const [orgs] = await db.query("SELECT name FROM orgs WHERE deletedAt IS NULL AND type = 'party_branch' GROUP BY name HAVING COUNT(*) = 1 ORDER BY name");
    const headers = await templateHeaders(api.url, token);
    const file = await workbookOf(headers, meetingRows(orgs.map((org) => org.name)));
    log(`${ROWS.toLocaleString('en-US')} rows, ${(file.length / 2 ** 20).toFixed(1)} MiB, headers: ${headers.join(' ')}`);
    const [[{ maxId }]] = await db.query('SELECT COALESCE(MAX(id), 0) AS maxId FROM meetings');
    const [[{ maxAudit }]] = await db.query('SELECT COALESCE(MAX(id), 0) AS maxAudit FROM audit_logs');

    // one untimed round each first: a server that has been up a while has its code compiled (JIT)
    // and its pools open; the baseline inserts exactly what the API stored
    await importThroughApi(api.url, token, file);
    const [stored] = await db.query(`SELECT ${STORED.map((c) => `\`${c}\``).join(', ')} FROM meetings WHERE id > ? ORDER BY id`, [maxId]);
    await resetTables(db, maxId, maxAudit);
    await insertRaw(db, stored);
    const apiTimes = [];
    const apiCpu = [];
    const rawTimes = [];
    for (let round = 0; round < REPEATS; round++) {
      await resetTables(db, maxId, maxAudit);
      const cpuBefore = cpuSeconds(api.pid);
      apiTimes.push(await importThroughApi(api.url, token, file));
      apiCpu.push(cpuSeconds(api.pid) - cpuBefore);
      await resetTables(db, maxId, maxAudit);
      rawTimes.push(await insertRaw(db, stored));
      log(`round ${round + 1}: API ${apiTimes.at(-1).toFixed(0)} ms (API process CPU ${(apiCpu.at(-1) * 1000).toFixed(0)} ms), raw ${rawTimes.at(-1).toFixed(0)} ms`);
    }
    await resetTables(db, maxId, maxAudit);
    const apiMs = median(apiTimes);
    const rawMs = median(rawTimes);
    // as the other benchmarks: the median of the rounds' ratios (a slow spell moves both halves of a round)
    const ratio = median(apiTimes.map((t, i) => t / rawTimes[i]));
    report(
      'import',
      [comparison({ name: `import of ${ROWS.toLocaleString('en-US')} meetings (.xlsx, median of ${REPEATS})`, measured: apiMs, baseline: rawMs, unit: 'ms', ratio, target: TARGET, better: 'lower' })],
      [
        `POST /api/meetings/import end to end (upload, parse, checks, rows and their audit entries in one transaction) on MariaDB, each side after one untimed warm-up round; the file is ${(file.length / 2 ** 20).toFixed(1)} MiB with the template's headers.`,
        `Baseline: the ${ROWS.toLocaleString('en-US')} meeting rows exactly as the API stored them, ${RAW_CHUNK} per INSERT, one transaction (no audit entries).`,
        `CPU time of the API process per import (median): ${(median(apiCpu) * 1000).toFixed(0)} ms.`,
        `Times: each side's median; ratio: the median of the rounds' ratios. Rounds (API / raw, ms): ${apiTimes.map((t, i) => `${t.toFixed(0)} / ${rawTimes[i].toFixed(0)}`).join(', ')}.`,
      ],
    );
  } finally {
    await db.end();
    await api.stop();
    if (process.env.BENCH_API_OUTPUT) console.log(api.output());
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
