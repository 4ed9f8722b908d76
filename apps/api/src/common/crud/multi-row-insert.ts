import { EntityManager, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Bound values per statement: well under SQLite's 32,766 and MySQL's packet size for our rows. */
const MAX_VALUES = 20_000;

/**
 * One multi-row INSERT of flat rows (keyed by property name), written directly from the entity's
 * metadata: values prepared by the driver as TypeORM prepares them (dates, JSON, transformers), a
 * missing value is the column's default. For imports: TypeORM's query builder costs far more than
 * the database for thousands of rows (it names and looks up every parameter).
 * Answers the driver's raw result (mysql2's header with the first id, better-sqlite3's last id).
 */
export async function insertRowsOnce(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]): Promise<unknown> {
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
  return runInsert(manager, `INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES ${tuples.join(', ')}`, parameters);
}

/** The part of a mysql2 connection used here. */
interface Mysql2Connection {
  promise(): { execute(sql: string, values: unknown[]): Promise<[unknown, unknown]> };
}

/**
 * Runs an INSERT. In a MySQL/MariaDB transaction as a prepared statement (binary protocol): its
 * values travel as they are instead of escaped into the SQL text, and escaping an import's rows and
 * their audit snapshots (JSON, quotes everywhere) took longer than storing them. Otherwise, and on
 * SQLite, through TypeORM.
 */
async function runInsert(manager: EntityManager, sql: string, parameters: unknown[]): Promise<unknown> {
  const runner = manager.queryRunner;
  const type = manager.connection.options.type;
  if (!runner || (type !== 'mysql' && type !== 'mariadb')) return manager.query(sql, parameters);
  const connection = (await runner.connect()) as Mysql2Connection;
  manager.connection.logger.logQuery(sql, parameters, runner);
  try {
    const [result] = await connection.promise().execute(sql, parameters);
    return result;
  } catch (error) {
    // as TypeORM reports a failed statement, so the error filter answers it alike
    throw new QueryFailedError(sql, parameters, error as Error);
  }
}

/** How many rows of `columnCount` values one statement takes, at most `limit`. */
export function rowsPerStatement(columnCount: number, limit: number): number {
  return Math.max(1, Math.min(limit, Math.floor(MAX_VALUES / Math.max(1, columnCount))));
}

/** Many rows, a statement per chunk (ids not needed: child rows, audit entries). */
export async function insertRows(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[], limit = 1000): Promise<void> {
  const chunk = rowsPerStatement(manager.connection.getMetadata(entity).columns.length, limit);
  for (let i = 0; i < rows.length; i += chunk) await insertRowsOnce(manager, entity, rows.slice(i, i + chunk));
}
