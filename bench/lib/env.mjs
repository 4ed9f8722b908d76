// Where the benchmarks find MariaDB and the built API, and how they start it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mysql from 'mysql2/promise';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MAIN = join(ROOT, 'apps/api/dist/main.js');

/** The server the benchmarks use (its database is made by `npm run bench:data`). */
export const SERVER_URL = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
export const DATABASE = process.env.BENCH_DATABASE ?? 'wb_bench';
export const DATABASE_URL = `${SERVER_URL}/${DATABASE}`;
export const ADMIN = { username: 'bench-admin', password: 'bench-admin-password' };
/** Shared by the API and the baselines, so both verify the same tokens. */
export const JWT_SECRET = 'bench-only-secret-0123456789abcdef0123456789';

export function connect(database = DATABASE, options = {}) {
  const url = new URL(SERVER_URL);
  return mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database,
    dateStrings: true,
    multipleStatements: false,
    ...options,
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the built API on the benchmark database; resolves once healthy. */
export async function startApi({ env = {}, nodeArgs = [] } = {}) {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL,
      DEMO_DATA: 'false',
      JWT_SECRET,
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      // a benchmark signs in often and from one address
      LOGIN_LIMIT_PER_IP: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`API did not become healthy:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function login(url, { username, password } = ADMIN) {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  return (await response.json()).accessToken;
}

/** What a database server holding the benchmark data would be given: room for the data in memory. */
export const BUFFER_POOL_BYTES = 2 * 1024 ** 3;

/**
 * Raises InnoDB's buffer pool to BUFFER_POOL_BYTES if it is smaller (MariaDB's default, 128 MiB,
 * holds a tenth of the million meetings: every benchmark would measure the disk). Online, until
 * the server restarts.
 */
export async function prepareServer() {
  const db = await connect('');
  try {
    const [[{ size }]] = await db.query('SELECT @@innodb_buffer_pool_size AS size');
    if (Number(size) < BUFFER_POOL_BYTES) await db.query(`SET GLOBAL innodb_buffer_pool_size = ${BUFFER_POOL_BYTES}`);
    const [[{ now }]] = await db.query('SELECT @@innodb_buffer_pool_size AS now');
    return Number(now);
  } finally {
    await db.end();
  }
}

/**
 * Counts the annual report's facts again (`report_facts`), with the API's own code: after rows
 * were written or removed in SQL, around the API.
 */
export async function recountReportFacts(db) {
  const { recountFacts } = (await import(pathToFileURL(join(ROOT, 'apps/api/dist/reports/report-facts.js')).href)).default;
  await recountFacts({ query: async (sql, params) => (await db.query(sql, params))[0], connection: { options: { type: 'mysql' } } });
}
