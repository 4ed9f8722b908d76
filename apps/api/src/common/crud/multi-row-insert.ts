import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { mysqlStatement, onMysql } from '../database/entity-rows';

/** Bound values per statement: well under SQLite's 32,766 and MySQL's packet size for our rows. */
const MAX_VALUES = 20_000;
/** A prepared statement with at most this many values is kept whatever its size (a meeting's attendance rows). */
const SMALL_STATEMENT = 200;

/**
 * One multi-row INSERT of flat rows (keyed by property name), written directly from the entity's
 * metadata: values prepared by the driver as TypeORM prepares them (dates, JSON, transformers), a
 * missing value is the column's default. For imports: TypeORM's query builder costs far more than
 * the database for thousands of rows (it names and looks up every parameter).
 * Answers the driver's raw result (mysql2's header with the first id, better-sqlite3's last id).
 */
export async function insertRowsOnce(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[], again = true): Promise<unknown> {
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  const sqlite = manager.connection.options.type === 'better-sqlite3';
  const columns = metadata.columns.filter((column) => rows.some((row) => row[column.propertyName] !== undefined));
  const parameters: unknown[] = [];
  const valueOf = (column: ColumnMetadata, row: ObjectLiteral) => {
    const value = row[column.propertyName];
    if (value === undefined) return sqlite ? (driver.normalizeDefault(column) ?? 'NULL') : 'DEFAULT';
    parameters.push(driver.preparePersistentValue(value, column));
    return '?';
  };
  const tuples = rows.map((row) => `(${columns.map((column) => valueOf(column, row)).join(', ')})`);
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  return runInsert(manager, `INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES ${tuples.join(', ')}`, parameters, again);
}

/**
 * Runs an INSERT. In a MySQL/MariaDB transaction as a prepared statement: escaping an import's rows
 * and their audit snapshots (JSON, quotes everywhere) into the SQL text took longer than storing
 * them. A statement of a full chunk comes `again` (the next chunk, the next import) and a small one
 * costs little: they stay prepared. A large last chunk would stay too, one per size ever seen, each
 * holding the description of its thousands of parameters (megabytes, on every pooled connection):
 * it is closed once answered. Otherwise, and on SQLite, through TypeORM.
 */
async function runInsert(manager: EntityManager, sql: string, parameters: unknown[], again: boolean): Promise<unknown> {
  const runner = manager.queryRunner;
  if (!runner || !onMysql(runner)) return manager.query(sql, parameters);
  return mysqlStatement(runner, sql, parameters, again || parameters.length <= SMALL_STATEMENT ? 'kept' : 'once');
}

/** How many rows of `columnCount` values one statement takes, at most `limit`. */
export function rowsPerStatement(columnCount: number, limit: number): number {
  return Math.max(1, Math.min(limit, Math.floor(MAX_VALUES / Math.max(1, columnCount))));
}

/** Many rows, a statement per chunk (ids not needed: child rows, audit entries). */
export async function insertRows(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[], limit = 1000): Promise<void> {
  const chunk = rowsPerStatement(manager.connection.getMetadata(entity).columns.length, limit);
  for (let i = 0; i < rows.length; i += chunk) await insertRowsOnce(manager, entity, rows.slice(i, i + chunk), i + chunk <= rows.length);
}
