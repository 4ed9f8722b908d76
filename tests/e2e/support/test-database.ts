import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DatabaseConfig, parseDatabaseUrl } from '../../../apps/api/src/config/config';

/** Which database the end-to-end run uses: TEST_DB=sqlite (default) or TEST_DB=mysql. */
export const TEST_DB = (process.env.TEST_DB ?? 'sqlite') as 'sqlite' | 'mysql';

/**
 * A fresh, empty database for one test file. MySQL/MariaDB: a database per Jest worker on the
 * server at TEST_MYSQL_URL (default root@127.0.0.1:3306), dropped and recreated; an unreachable
 * server fails the run rather than skipping it.
 */
export async function freshTestDatabase(): Promise<DatabaseConfig> {
  if (TEST_DB === 'sqlite') {
    return { kind: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'wb-e2e-')), 'test.sqlite') };
  }
  if (TEST_DB !== 'mysql') throw new Error(`TEST_DB must be sqlite or mysql, not "${TEST_DB}"`);
  const base = parseDatabaseUrl(process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/wb_e2e');
  if (base.kind !== 'mysql') throw new Error('TEST_MYSQL_URL must be a mysql:// URL');
  const database = `${base.database}_${process.env.JEST_WORKER_ID ?? '1'}`;
  let connection;
  try {
    connection = await createConnection({ host: base.host, port: base.port, user: base.username, password: base.password });
  } catch (error) {
    throw new Error(`MariaDB/MySQL at ${base.host}:${base.port} is required for TEST_DB=mysql: ${(error as Error).message}`);
  }
  await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await connection.end();
  return { ...base, database };
}
