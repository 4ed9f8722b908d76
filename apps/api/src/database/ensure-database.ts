import { createConnection } from 'mysql2/promise';
import { DatabaseConfig } from '../config/config';

/** MySQL/MariaDB: create the configured database when it does not exist yet. */
export async function ensureDatabase(database: DatabaseConfig): Promise<void> {
  if (database.kind !== 'mysql') return;
  const connection = await createConnection({
    host: database.host,
    port: database.port,
    user: database.username,
    password: database.password,
  });
  try {
    // The name was checked against [A-Za-z0-9_] when the configuration was loaded.
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${database.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}

/** How long an instance waits for another one that is setting the same database up. */
export const STARTUP_LOCK_SECONDS = 300;

/** The name of the startup lock of a database: MySQL's named locks are per server, and at most 64 characters. */
export const startupLockName = (databaseName: string) => `wb-startup:${databaseName}`.slice(0, 64);

/**
 * MySQL/MariaDB: runs `work` (migrations, demo data, the administrator account) holding a named
 * lock of this database on a connection of its own, so that instances started at the same moment
 * set the schema up one after the other: the second finds the migrations run and the data there.
 * TypeORM's migration runner takes no lock of its own. The lock goes with its connection, so an
 * instance that dies while holding it holds nothing.
 */
export async function whileStartingUp<T>(database: DatabaseConfig, work: () => Promise<T>): Promise<T> {
  if (database.kind !== 'mysql') return work();
  const connection = await createConnection({ host: database.host, port: database.port, user: database.username, password: database.password });
  const name = startupLockName(database.database);
  try {
    const [rows] = await connection.query('SELECT GET_LOCK(?, ?) AS got', [name, STARTUP_LOCK_SECONDS]);
    if (Number((rows as { got: unknown }[])[0]?.got) !== 1) {
      throw new Error(`another instance has been setting up database ${database.database} for more than ${STARTUP_LOCK_SECONDS} s (lock ${name})`);
    }
    return await work();
  } finally {
    await connection.query('DO RELEASE_LOCK(?)', [name]).catch(() => undefined);
    await connection.end().catch(() => undefined);
  }
}
