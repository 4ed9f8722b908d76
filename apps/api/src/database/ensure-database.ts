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
