/**
 * Writes a migration for each driver from the difference between the entities and a scratch
 * database on which the existing migrations were run:
 *
 *   npm run build -w @wb/api && node apps/api/dist/database/tools/make-migration.js AddUsers
 *
 * SQLite uses a temporary file; MySQL/MariaDB uses MIGRATION_MYSQL_URL (default
 * mysql://root@127.0.0.1:3306/wb_migration_scratch, dropped and recreated). Review the output:
 * it is a draft, and the files are committed like any other code.
 */
import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, DataSourceOptions } from 'typeorm';
import { DatabaseConfig, parseDatabaseUrl } from '../../config/config';
import { dataSourceOptions } from '../data-source-options';

async function diff(database: DatabaseConfig): Promise<{ up: string[]; down: string[] }> {
  // The scratch server here is MariaDB: read its schema as such, or TypeORM reports every
  // nullable column as changed (MariaDB lists their default as the text 'NULL').
  const options = dataSourceOptions(database);
  const dataSource = new DataSource(database.kind === 'mysql' ? ({ ...options, type: 'mariadb' } as DataSourceOptions) : options);
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query).reverse() };
  } finally {
    await dataSource.destroy();
  }
}

function render(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) => queries.map((q) => `    await runner.query(${JSON.stringify(q)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(runner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(runner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: make-migration.js <PascalCaseName>');
  const stamp = Date.now();
  const className = `${name}${stamp}`;
  const sourceDir = resolve(__dirname, '../../../src/database/migrations');

  const sqlitePath = join(mkdtempSync(join(tmpdir(), 'wb-migration-')), 'scratch.sqlite');
  const sqlite = await diff({ kind: 'sqlite', path: sqlitePath });

  const mysqlConfig = parseDatabaseUrl(process.env.MIGRATION_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/wb_migration_scratch');
  if (mysqlConfig.kind !== 'mysql') throw new Error('MIGRATION_MYSQL_URL must be a mysql:// URL');
  const admin = await createConnection({ host: mysqlConfig.host, port: mysqlConfig.port, user: mysqlConfig.username, password: mysqlConfig.password });
  await admin.query(`DROP DATABASE IF EXISTS \`${mysqlConfig.database}\``);
  await admin.query(`CREATE DATABASE \`${mysqlConfig.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const mysql = await diff(mysqlConfig);

  for (const [driver, sql] of [['sqlite', sqlite], ['mysql', mysql]] as const) {
    if (sql.up.length === 0) {
      console.log(`${driver}: schema already matches the entities`);
      continue;
    }
    const file = join(sourceDir, driver, `${stamp}-${name}.ts`);
    writeFileSync(file, render(className, sql.up, sql.down));
    console.log(`${driver}: wrote ${file}; add ${className} to migrations/${driver}/index.ts`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
