import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';
import { startBuiltServer } from '../support/built-server';

// `npm run facts:recount`: after records were changed in SQL, around the API, the annual report's
// kept counts are made again from the records.

const MYSQL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/wb_e2e';
const server = new URL(MYSQL);
const DATABASE = `wb_recount_${process.pid}`;
const url = Object.assign(new URL(MYSQL), { pathname: `/${DATABASE}` }).toString();
const CLI = join(resolve(__dirname, '../..'), 'apps/api/dist/database/recount-cli.js');

jest.setTimeout(120_000);

const connect = (database?: string) =>
  createConnection({ host: server.hostname, port: Number(server.port || 3306), user: decodeURIComponent(server.username || 'root'), password: decodeURIComponent(server.password), database });

afterAll(async () => {
  const connection = await connect();
  await connection.query(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
  await connection.end();
});

it('counts the report afresh from the records after they were changed in SQL', async () => {
  const env = { DATABASE_URL: url, JWT_SECRET: 'recount-test-signing-secret-0123456789abcdef', DEMO_DATA: 'true' };
  const api = await startBuiltServer({ env });
  await api.stop();
  const db = await connect(DATABASE);
  try {
    const facts = async () => (await db.query('SELECT * FROM report_facts WHERE n <> 0 ORDER BY tbl, orgId, year, c1, c2, c3'))[0];
    const meetings = async () => Number(((await db.query("SELECT SUM(n) AS n FROM report_facts WHERE tbl = 'meetings'"))[0] as { n: string }[])[0].n);
    const before = await facts();
    const counted = await meetings();
    // records removed and the counts spoilt, both around the API
    await db.query("UPDATE report_facts SET n = n + 5 WHERE tbl = 'papers'");
    const [removed] = (await db.query('DELETE FROM meeting_attendance WHERE meetingId IN (SELECT id FROM (SELECT id FROM meetings ORDER BY id LIMIT 2) m)'), await db.query('DELETE FROM meetings ORDER BY id LIMIT 2'));
    expect((removed as { affectedRows: number }).affectedRows).toBe(2);

    await promisify(execFile)(process.execPath, [CLI], { env: { ...process.env, ...env } });

    expect(await meetings()).toBe(counted - 2);
    const after = (await facts()) as { tbl: string }[];
    expect(after.filter((row) => row.tbl !== 'meetings')).toEqual((before as { tbl: string }[]).filter((row) => row.tbl !== 'meetings'));
  } finally {
    await db.end();
  }
});
