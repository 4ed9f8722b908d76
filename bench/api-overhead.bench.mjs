#!/usr/bin/env node
// API overhead: requests/s of the API against a bare node:http + mysql2 server that verifies the
// same token and runs the same SQL statements (captured from the API itself), for a read by id
// and for a list page with its count and two filters. Target: at least 0.7 of the baseline.
// BENCH_SECONDS sets each run's length (default 10); BENCH_PROFILE=1 writes a CPU profile of the
// API to bench/.tmp/profiles.
import { fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { captureStatements } from './lib/sql-capture.mjs';
import { connect, DATABASE_URL, freePort, JWT_SECRET, login, prepareServer, ROOT, startApi } from './lib/env.mjs';
import { comparison, report } from './lib/results.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const ROUNDS = 2;

const profileDir = join(ROOT, 'bench/.tmp/profiles');
const nodeArgs = process.env.BENCH_PROFILE ? (mkdirSync(profileDir, { recursive: true }), ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]) : [];

await prepareServer();
const db = await connect();
const [[{ meetingId }]] = await db.query('SELECT MIN(meetingId) AS meetingId FROM meeting_attendance');
// a branch's page of one category: what a secretary opens all year (the database's share stays small, so the layers above show)
const [[{ branchId }]] = await db.query("SELECT MIN(id) AS branchId FROM orgs WHERE type = 'party_branch' AND name LIKE '基准%'");
await db.end();
const filter = { orgId: branchId, category: 'branch_assembly' };
const ROUTES = {
  '/read-by-id': `/api/meetings/${meetingId}`,
  '/list-page': `/api/meetings?${new URLSearchParams({ filter: JSON.stringify(filter), range: '[0,9]', sort: '["date","DESC"]' })}`,
};
const NAMES = { '/read-by-id': 'read a meeting by id', '/list-page': 'list page, count and two filters' };

const api = await startApi({ nodeArgs });
const token = await login(api.url);
const headers = { authorization: `Bearer ${token}` };

const load = async (url) => {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad) throw new Error(`${url}: ${bad} failed requests`);
  return result.requests.average;
};

// warm both: pool connections open, caches filled, code optimised; then let the last requests finish
for (const path of Object.values(ROUTES)) await autocannon({ url: api.url + path, connections: CONNECTIONS, duration: 3, headers });
await new Promise((resolve) => setTimeout(resolve, 2000));

const statements = {};
for (const [key, path] of Object.entries(ROUTES)) {
  statements[key] = await captureStatements(async () => {
    const response = await fetch(api.url + path, { headers });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    await response.arrayBuffer();
  });
  console.log(`${NAMES[key]}: ${statements[key].length} statements\n  ${statements[key].join('\n  ')}`);
}

const baselinePort = await freePort();
const baseline = fork(join(ROOT, 'bench/lib/baseline-server.mjs'), [], {
  env: { ...process.env, PORT: String(baselinePort), DATABASE_URL, JWT_SECRET, BASELINE_STATEMENTS: JSON.stringify(statements) },
});
await new Promise((resolve) => baseline.once('message', resolve));
const baselineUrl = `http://127.0.0.1:${baselinePort}`;
for (const key of Object.keys(ROUTES)) await autocannon({ url: baselineUrl + key, connections: CONNECTIONS, duration: 3, headers });

const comparisons = [];
for (const [key, path] of Object.entries(ROUTES)) {
  // alternating rounds, best of each: a noisy neighbour slows one round, not the comparison
  const ours = [];
  const theirs = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(await load(api.url + path));
    theirs.push(await load(baselineUrl + key));
  }
  const measured = Math.max(...ours);
  const base = Math.max(...theirs);
  comparisons.push(comparison({ name: NAMES[key], measured, baseline: base, unit: 'req/s', ratio: measured / base, target: 0.7, better: 'higher' }));
}

baseline.kill();
await api.stop();
report('API overhead', comparisons, [
  `${CONNECTIONS} connections, ${SECONDS} s per run, best of ${ROUNDS} alternating runs each; signed in as an administrator`,
  `baseline: node:http + mysql2 pool verifying the same HS256 token and running the statements the API ran (read by id: ${statements['/read-by-id'].length}, list page: ${statements['/list-page'].length})`,
]);
