import { createConnection } from 'mysql2/promise';
import { RunningServer, startBuiltServer } from '../support/built-server';

// DATABASE_REPLICA_URLS, with a "replica" that never catches up: a second database on the same
// server, prepared by an API of its own. What the API reads from it shows which statements go
// where — reads outside transactions to the replica, writes and everything in a transaction
// (and refresh-token rotation) to the primary.

const MYSQL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/wb_e2e';
const server = new URL(MYSQL);
const PRIMARY = `wb_replicas_primary_${process.pid}`;
const REPLICA = `wb_replicas_copy_${process.pid}`;
const ADMIN = { username: 'opsadmin', password: 'read-replicas-password' };
const urlOf = (database: string) => Object.assign(new URL(MYSQL), { pathname: `/${database}` }).toString();

jest.setTimeout(240_000);

let api: RunningServer;

async function dropDatabases(): Promise<void> {
  const connection = await createConnection({ host: server.hostname, port: Number(server.port || 3306), user: decodeURIComponent(server.username || 'root'), password: decodeURIComponent(server.password) });
  for (const database of [PRIMARY, REPLICA]) await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await connection.end();
}

beforeAll(async () => {
  await dropDatabases();
  const env = { JWT_SECRET: 'read-replicas-share-this-signing-secret', ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password, DEMO_DATA: 'false' };
  // The replica's schema and administrator (the same id, 1), as replication would have copied them.
  const preparer = await startBuiltServer({ env: { ...env, DATABASE_URL: urlOf(REPLICA) } });
  await preparer.stop();
  api = await startBuiltServer({ env: { ...env, DATABASE_URL: urlOf(PRIMARY), DATABASE_REPLICA_URLS: urlOf(REPLICA) } });
});

afterAll(async () => {
  await api?.stop();
  await dropDatabases();
});

async function call(method: string, path: string, options: { body?: object; token?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${api.url}${path}`, { method, headers, body: options.body && JSON.stringify(options.body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe('read replicas', () => {
  it('write to the primary and read back inside the transaction from it; plain reads come from a replica', async () => {
    const signedIn = await call('POST', '/api/auth/login', { body: ADMIN });
    expect(signedIn.status).toBe(200);
    const token = signedIn.body.accessToken;
    const created = await call('POST', '/api/orgs', { token, body: { name: '只在主库的支部', type: 'party_branch' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '只在主库的支部' });
    // The replica never received it.
    expect((await call('GET', `/api/orgs/${created.body.id}`, { token })).status).toBe(404);
    expect((await call('GET', '/api/orgs', { token })).body).toEqual([]);
    // An update reads the current version inside its transaction: from the primary.
    const edited = await call('PUT', `/api/orgs/${created.body.id}`, { token, body: { name: '改名', type: 'party_branch', version: created.body.version } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: '改名', version: created.body.version + 1 });
  });

  it('rotate refresh tokens on the primary, where they are written', async () => {
    const signedIn = await call('POST', '/api/auth/login', { body: ADMIN });
    const refreshed = await call('POST', '/api/auth/refresh', { body: { refreshToken: signedIn.body.refreshToken } });
    expect(refreshed.status).toBe(200);
    const again = await call('POST', '/api/auth/refresh', { body: { refreshToken: refreshed.body.refreshToken } });
    expect(again.status).toBe(200);
  });
});
