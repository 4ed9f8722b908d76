import { createConnection } from 'mysql2/promise';
import { RunningServer, startBuiltServer } from '../support/built-server';
import { startupLockName } from '../../apps/api/src/database/ensure-database';
import { RunningRedis, startRedisServer } from './support/redis-server';

// Two built API processes on one MariaDB database and one Redis, as behind a load balancer:
// whatever one instance learns (failed logins, records, sessions) the other knows.

const MYSQL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/wb_e2e';
const server = new URL(MYSQL);
const DATABASE = `wb_two_instances_${process.pid}`;
const ADMIN = { username: 'opsadmin', password: 'two-instances-password' };
const PER_USERNAME = 3;
const PER_IP = 8;

jest.setTimeout(240_000);

let redis: RunningRedis;
let a: RunningServer;
let b: RunningServer;

const serverConnection = () =>
  createConnection({ host: server.hostname, port: Number(server.port || 3306), user: decodeURIComponent(server.username || 'root'), password: decodeURIComponent(server.password) });

async function dropDatabase(): Promise<void> {
  const connection = await serverConnection();
  await connection.query(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
  await connection.end();
}

const ENV = {
  DATABASE_URL: Object.assign(new URL(MYSQL), { pathname: `/${DATABASE}` }).toString(),
  JWT_SECRET: 'two-instances-share-this-signing-secret',
  ADMIN_USERNAME: ADMIN.username,
  ADMIN_PASSWORD: ADMIN.password,
  DEMO_DATA: 'false',
  LOGIN_LIMIT_PER_USERNAME: String(PER_USERNAME),
  LOGIN_LIMIT_PER_IP: String(PER_IP),
  // The test plays the proxy: X-Forwarded-For names the client.
  TRUST_PROXY: 'loopback',
};

/**
 * Both at once on a database that does not exist yet, as an orchestrator starts replicas: one
 * creates the schema while the other waits for it (the migration lock).
 */
async function startPair(env: Record<string, string>): Promise<void> {
  [a, b] = await Promise.all([startBuiltServer({ env }), startBuiltServer({ env })]);
}

const stopPair = () => Promise.all([a?.stop(), b?.stop()]);

beforeAll(() => dropDatabase());
afterAll(() => dropDatabase());

async function call(instance: RunningServer, method: string, path: string, options: { body?: object; token?: string; from?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.from) headers['x-forwarded-for'] = options.from;
  const response = await fetch(`${instance.url}${path}`, { method, headers, body: options.body && JSON.stringify(options.body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const login = (instance: RunningServer, from: string, username: string, password: string) =>
  call(instance, 'POST', '/api/auth/login', { body: { username, password }, from });

describe('two API instances on one database and one Redis', () => {
  beforeAll(async () => {
    redis = await startRedisServer();
    await startPair({ ...ENV, REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await stopPair();
    await redis?.stop();
  });

  it('refuse an address on B after its failed logins for a username on A', async () => {
    const guesser = '203.0.113.5';
    const statuses = [];
    for (const instance of [a, b, a]) statuses.push((await login(instance, guesser, ADMIN.username, 'wrong-password')).status);
    expect(statuses).toEqual([401, 401, 401]);
    const refused = await login(b, guesser, ADMIN.username, ADMIN.password);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(a, guesser, ADMIN.username, ADMIN.password)).status).toBe(429);
    // The owner, from their own address, still signs in on either instance.
    expect((await login(b, '198.51.100.7', ADMIN.username, ADMIN.password)).status).toBe(200);
  });

  it('count the login attempts of one address across both instances', async () => {
    const address = '203.0.113.99';
    const statuses = [];
    for (let i = 0; i < PER_IP; i++) statuses.push((await login(i % 2 ? b : a, address, `nobody${i}`, 'wrong-password')).status);
    // Each instance saw only half of them, yet together they reach the limit.
    expect(statuses).toEqual(Array(PER_IP).fill(401));
    const next = [await login(a, address, 'nobody-else', 'wrong-password'), await login(b, address, 'nobody-else', 'wrong-password')];
    expect(next.map((response) => response.status)).toEqual([429, 429]);
    expect(Number(next[1].headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(b, '203.0.113.100', 'nobody-else', 'wrong-password')).status).toBe(401);
  });

  it('read through B what was written through A, with a token A issued', async () => {
    const signedIn = await login(a, '198.51.100.20', ADMIN.username, ADMIN.password);
    expect(signedIn.status).toBe(200);
    const token = signedIn.body.accessToken;
    const created = await call(a, 'POST', '/api/orgs', { token, body: { name: '第二实例测试支部', type: 'party_branch' } });
    expect(created.status).toBe(201);
    const read = await call(b, 'GET', `/api/orgs/${created.body.id}`, { token });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: created.body.id, name: '第二实例测试支部', version: created.body.version });
    const edited = await call(b, 'PUT', `/api/orgs/${created.body.id}`, { token, body: { name: '改名后的支部', type: 'party_branch', version: read.body.version } });
    expect(edited.status).toBe(200);
    expect((await call(a, 'GET', `/api/orgs/${created.body.id}`, { token })).body).toMatchObject({ name: '改名后的支部', version: created.body.version + 1 });
  });

  it('see an org moved through A in the lists of B at once, by org filter and by scope', async () => {
    const token = (await login(a, '198.51.100.22', ADMIN.username, ADMIN.password)).body.accessToken;
    const post = async (path: string, body: object) => {
      const response = await call(a, 'POST', path, { token, body });
      expect(response.status).toBe(201);
      return response.body;
    };
    const from = await post('/api/orgs', { name: '迁出单位', type: 'unit' });
    const to = await post('/api/orgs', { name: '迁入单位', type: 'unit' });
    const branch = await post('/api/orgs', { name: '随单位调整的支部', type: 'party_branch', parentId: from.id });
    const meeting = await post('/api/meetings', { orgId: branch.id, category: 'branch_assembly', topic: '支部党员大会', date: '2021-03-26', format: 'in_person', host: '刘泽', recorder: '王静', expectedCount: 10, attendedCount: 9 });
    await post('/api/users', { username: 'to-secretary', password: 'to-secretary-password', displayName: '迁入单位书记', role: 'secretary', orgId: to.id });
    const secretary = (await login(b, '198.51.100.23', 'to-secretary', 'to-secretary-password')).body.accessToken;
    const meetingsOnB = async (filter: object, as = token) => {
      const response = await call(b, 'GET', `/api/meetings?filter=${encodeURIComponent(JSON.stringify(filter))}`, { token: as });
      expect(response.status).toBe(200);
      return response.body.map((row: { id: number }) => row.id);
    };
    // B reads (and keeps) the tree as it is…
    expect(await meetingsOnB({ orgId: from.id })).toEqual([meeting.id]);
    expect(await meetingsOnB({ orgId: to.id })).toEqual([]);
    expect(await meetingsOnB({}, secretary)).toEqual([]);
    // …and the next request after a move through A sees the move.
    const moved = await call(a, 'PUT', `/api/orgs/${branch.id}`, { token, body: { name: branch.name, type: 'party_branch', parentId: to.id, version: branch.version } });
    expect(moved.status).toBe(200);
    expect(await meetingsOnB({ orgId: from.id })).toEqual([]);
    expect(await meetingsOnB({ orgId: to.id })).toEqual([meeting.id]);
    expect(await meetingsOnB({}, secretary)).toEqual([meeting.id]);
    // a new org under it counts at once too
    const group = await post('/api/orgs', { name: '新党小组', type: 'party_group', parentId: branch.id });
    const groupMeeting = await post('/api/meetings', { orgId: group.id, category: 'party_group', topic: '党小组会', date: '2021-04-02', format: 'in_person', host: '刘泽', recorder: '王静', expectedCount: 5, attendedCount: 5 });
    expect((await meetingsOnB({ orgId: to.id })).sort()).toEqual([meeting.id, groupMeeting.id].sort());
  });

  it('keep one session across both: a refresh on A, the same token again on B, then the successor on B', async () => {
    const signedIn = await login(b, '198.51.100.21', ADMIN.username, ADMIN.password);
    const first = signedIn.body.refreshToken as string;
    const onA = await call(a, 'POST', '/api/auth/refresh', { body: { refreshToken: first } });
    expect(onA.status).toBe(200);
    // A second tab presenting the same token on the other instance gets the same successor.
    const onB = await call(b, 'POST', '/api/auth/refresh', { body: { refreshToken: first } });
    expect(onB.status).toBe(200);
    expect(onB.body.refreshToken).toBe(onA.body.refreshToken);
    const next = await call(b, 'POST', '/api/auth/refresh', { body: { refreshToken: onA.body.refreshToken } });
    expect(next.status).toBe(200);
    expect((await call(a, 'GET', '/api/auth/me', { token: next.body.accessToken })).status).toBe(200);
    // Signing out on A ends the session on B as well.
    expect((await call(a, 'POST', '/api/auth/logout', { body: { refreshToken: next.body.refreshToken } })).status).toBeLessThan(300);
    expect((await call(b, 'POST', '/api/auth/refresh', { body: { refreshToken: next.body.refreshToken } })).status).toBe(401);
  });
});

describe('two API instances without REDIS_URL', () => {
  beforeAll(() => startPair(ENV));
  afterAll(stopPair);

  it('count failed logins each on its own', async () => {
    const guesser = '203.0.113.77';
    for (let i = 0; i < PER_USERNAME; i++) expect((await login(a, guesser, ADMIN.username, 'wrong-password')).status).toBe(401);
    expect((await login(a, guesser, ADMIN.username, ADMIN.password)).status).toBe(429);
    // B never heard of those failures: this is what REDIS_URL is for.
    expect((await login(b, guesser, ADMIN.username, ADMIN.password)).status).toBe(200);
  });
});

describe('an instance starting while another sets the database up', () => {
  it('waits for the startup lock, then starts', async () => {
    const holder = await serverConnection();
    try {
      const [[held]] = (await holder.query('SELECT GET_LOCK(?, 0) AS got', [startupLockName(DATABASE)])) as unknown as [{ got: number }[]];
      expect(Number(held.got)).toBe(1);
      let started: RunningServer | undefined;
      const starting = startBuiltServer({ env: ENV }).then((instance) => (started = instance));
      await new Promise((resolve) => setTimeout(resolve, 4000));
      // still waiting: it has not run its migrations or listened yet
      expect(started).toBeUndefined();
      const [waiting] = (await holder.query("SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT GET_LOCK%' AND ID <> CONNECTION_ID()")) as unknown as [{ n: number }[]];
      expect(Number(waiting[0].n)).toBe(1);
      await holder.query('DO RELEASE_LOCK(?)', [startupLockName(DATABASE)]);
      const instance = await starting;
      expect((await call(instance, 'GET', '/api/health')).status).toBe(200);
      await instance.stop();
    } finally {
      await holder.end();
    }
  });
});
