import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config/config';
import { ENTITIES } from './entities';
import { replicationOf } from './replication';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/** TypeORM options for the configured database; migrations run at start, never `synchronize`. */
export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  if (database.kind === 'sqlite') {
    if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
    return {
      type: 'better-sqlite3',
      database: database.path,
      entities: ENTITIES,
      migrations: SQLITE_MIGRATIONS,
      migrationsRun: true,
      // WAL lets readers carry on while a write commits.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
      },
    } as DataSourceOptions;
  }
  return {
    type: 'mysql',
    host: database.host,
    port: database.port,
    username: database.username,
    password: database.password,
    database: database.database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    // DATE columns stay 'YYYY-MM-DD' strings whatever the server or process time zone.
    dateStrings: ['DATE'],
    // While the server is down or unreachable a request fails within this (then a 503), instead of
    // waiting out mysql2's 10 s default; a pooled connection the server dropped is replaced by itself.
    connectTimeout: 3_000,
    entities: ENTITIES,
    migrations: MYSQL_MIGRATIONS,
    migrationsRun: true,
    // DATABASE_REPLICA_URLS: reads outside transactions go to the replicas.
    ...(database.replicas ? { replication: replicationOf(database, database.replicas) } : {}),
  };
}
