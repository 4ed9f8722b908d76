#!/usr/bin/env node
// Issue 12: 100 connections for 60 seconds (BENCH_LOAD_SECONDS) of mixed, authenticated reads and
// writes on the large database — list pages with filters, reads by id, a branch's dashboard report,
// creates and versioned updates — by several users at once. Target: zero errors (non-2xx, socket
// errors, timeouts); p50, p99 and requests/s reported. The meetings it creates are removed after.
import autocannon from 'autocannon';
import { comparison, report } from './lib/results.mjs';
import { ADMIN, connect, login, recountReportFacts, startApi } from './lib/env.mjs';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 100);
const TOPIC = '负载基准会议';
/** Users signed in at once: an admin over the whole society, two branch secretaries, a read-only leader. */
const USERS = [
  { ...ADMIN, writes: true },
  { username: 'secretary', password: 'demo-secretary-2021', writes: true },
  { username: 'urban-secretary', password: 'demo-secretary-2021', writes: true },
  { username: 'leader', password: 'demo-leader-2021', writes: false },
];

const log = (...args) => console.log('load ·', ...args);
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const query = (params) => new URLSearchParams(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))).toString();

async function getJson(url, token) {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Signs a user in and finds what they will work on: branches in their scope, meetings they may read. */
async function prepare(api, user, branches, year) {
  const token = await login(api.url, user);
  const me = await getJson(`${api.url}/api/auth/me`, token);
  const orgId = me.user?.orgId ?? me.orgId ?? null;
  const orgs = orgId ? [orgId] : branches;
  const meetings = await getJson(`${api.url}/api/meetings?${query({ range: [0, 199], filter: { orgId: orgs[0] } })}`, token);
  if (meetings.length === 0) throw new Error(`${user.username} sees no meetings`);
  return { ...user, token, orgs, ids: meetings.map((m) => m.id), year };
}

function meetingBody(orgId, n) {
  return { orgId, category: 'party_lecture', topic: `${TOPIC}${n}`, date: '2022-05-20', format: 'in_person', host: '刘泽', recorder: '王静', expectedCount: 12, attendedCount: 10 };
}

/** One cycle of a connection, as one user (chosen at the cycle's start): reads, then a create and its update. */
function cycle(users) {
  let turn = 0;
  let created = 0;
  const as = (context) => context.user;
  const headers = (user, json) => ({ authorization: `Bearer ${user.token}`, ...(json ? { 'content-type': 'application/json' } : {}) });
  const get = (path) => (req, context) => ({ ...req, method: 'GET', path: path(as(context)), headers: headers(as(context)) });
  return [
    {
      label: 'list by org and year',
      setupRequest: (req, context) => {
        context.user = users[turn++ % users.length];
        const user = as(context);
        const filter = { orgId: pick(user.orgs), date_gte: `${user.year}-01-01`, date_lte: `${user.year}-12-31` };
        return { ...req, method: 'GET', path: `/api/meetings?${query({ sort: ['date', 'DESC'], range: [0, 24], filter })}`, headers: headers(user) };
      },
    },
    { label: 'read by id', setupRequest: get((user) => `/api/meetings/${pick(user.ids)}`) },
    {
      label: 'create',
      setupRequest: (req, context) => {
        const user = as(context);
        if (!user.writes) return get((u) => `/api/meetings?${query({ range: [0, 24], filter: { category: ['party_lecture', 'theme_day'], orgId: pick(u.orgs) } })}`)(req, context);
        context.body = meetingBody(pick(user.orgs), ++created);
        return { ...req, method: 'POST', path: '/api/meetings', headers: headers(user, true), body: JSON.stringify(context.body) };
      },
      onResponse: (status, body, context) => {
        if (status === 201 || status === 200) context.created = context.user.writes ? JSON.parse(body) : undefined;
      },
    },
    { label: 'list by category, page 2', setupRequest: get((user) => `/api/meetings?${query({ range: [25, 49], filter: { category: ['branch_assembly', 'branch_committee'], orgId: pick(user.orgs) } })}`) },
    {
      label: 'update',
      setupRequest: (req, context) => {
        const user = as(context);
        // only the record this connection just made: no two connections update the same one
        if (!context.created) return get((u) => `/api/meetings/${pick(u.ids)}`)(req, context);
        const { id, version } = context.created;
        return { ...req, method: 'PUT', path: `/api/meetings/${id}`, headers: headers(user, true), body: JSON.stringify({ ...context.body, attendedCount: 11, version }) };
      },
    },
    { label: 'branch dashboard report', setupRequest: get((user) => `/api/reports/annual?${query({ year: String(user.year), orgId: String(pick(user.orgs)) })}`) },
    { label: 'members of a branch', setupRequest: get((user) => `/api/members?${query({ range: [0, 24], filter: { orgId: pick(user.orgs) } })}`) },
    { label: 'read by id again', setupRequest: get((user) => `/api/meetings/${pick(user.ids)}`) },
  ];
}

async function main() {
  const db = await connect();
  const [branches] = await db.query("SELECT id FROM orgs WHERE type = 'party_branch' AND deletedAt IS NULL AND name LIKE '基准%' ORDER BY id LIMIT 50");
  const [[{ maxMeeting }]] = await db.query('SELECT COALESCE(MAX(id), 0) AS maxMeeting FROM meetings');
  const [[{ maxAudit }]] = await db.query('SELECT COALESCE(MAX(id), 0) AS maxAudit FROM audit_logs');
  const api = await startApi();
  try {
    const year = 2021;
    const users = [];
    for (const user of USERS) users.push(await prepare(api, user, branches.map((b) => b.id), year));
    const url = new URL(api.url);
    const statuses = new Map();
    // per kind of request, for the notes: how long each took (sent at build time: one request at a time per connection)
    const durations = new Map();
    log(`${CONNECTIONS} connections for ${SECONDS} s as ${users.map((u) => u.username).join(', ')}`);
    const run = autocannon({
      url: api.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: cycle(users).map((request) => ({
        ...request,
        setupRequest: (req, context) => {
          context.sentAt = performance.now();
          return request.setupRequest(req, context);
        },
        onResponse: (status, body, context) => {
          durations.set(request.label, [...(durations.get(request.label) ?? []), performance.now() - context.sentAt]);
          if (status < 200 || status > 299) statuses.set(`${request.label} → ${status}`, (statuses.get(`${request.label} → ${status}`) ?? 0) + 1);
          request.onResponse?.(status, body, context);
        },
      })),
      hostname: url.hostname,
    });
    const socketErrors = new Map();
    run.on('reqError', (error) => socketErrors.set(error.code ?? error.message, (socketErrors.get(error.code ?? error.message) ?? 0) + 1));
    const result = await run;
    // autocannon counts a timeout among its errors too
    const errors = result.non2xx + result.errors;
    const total = result.requests.total;
    log(`requests ${total}, non-2xx ${result.non2xx}, socket errors ${result.errors} (of which timeouts ${result.timeouts})`);
    for (const [what, n] of [...statuses, ...socketErrors]) log(`  ${what}: ${n}`);
    const byKind = [...durations].map(([label, times]) => {
      const sorted = times.sort((a, b) => a - b);
      const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(0);
      return `${label}: ${sorted.length} answered, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`;
    });
    for (const line of byKind) log(`  ${line}`);
    log(`latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ${result.requests.average} requests/s`);
    report(
      'load',
      [comparison({ name: `errors in ${CONNECTIONS} connections × ${SECONDS} s (non-2xx + socket errors + timeouts) / requests`, measured: errors, baseline: total, unit: 'requests', ratio: total ? errors / total : 1, target: 0, better: 'lower' })],
      [
        total
          ? `Latency p50 **${result.latency.p50} ms**, p99 **${result.latency.p99} ms** (mean ${result.latency.average} ms, max ${result.latency.max} ms); **${result.requests.average} requests/s** on average, ${total.toLocaleString('en-US')} requests answered in ${SECONDS} s.`
          : `No request was answered within autocannon's 10 s timeout: p50, p99 and requests/s have no value (0 requests/s).`,
        `Errors: ${result.non2xx} non-2xx${statuses.size ? ` (${[...statuses].map(([what, n]) => `${what}: ${n}`).join('; ')})` : ''}, ${result.errors} socket errors of which ${result.timeouts} timeouts (no answer within 10 s).`,
        ...(byKind.length ? [`By kind (answered requests only): ${byKind.join('; ')}.`] : []),
        `Each connection cycles through: meetings of a branch in ${year} (page 1), a meeting by id, a create (POST), meetings by category (page 2), an update of the meeting it just created (PUT with its version), the branch's annual report (the dashboard), the branch's members, a meeting by id — as ${users.map((u) => u.username).join(', ')} in turn (the leader reads instead of writing). On ${process.env.BENCH_DATABASE ?? 'wb_bench'} (1,000,000 meetings); the meetings created are deleted afterwards.`,
      ],
    );
  } finally {
    await api.stop();
    // the database stays as bench:data made it
    await db.query('DELETE FROM meetings WHERE id > ? AND topic LIKE ?', [maxMeeting, `${TOPIC}%`]);
    await db.query("DELETE FROM audit_logs WHERE id > ? AND resource = 'meetings'", [maxAudit]);
    // deleted around the API: the report's counts are made again
    await recountReportFacts(db);
    await db.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
