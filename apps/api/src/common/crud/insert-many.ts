import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { insertedId } from './inserted-id';
import { insertRowsOnce, rowsPerStatement } from './multi-row-insert';

const CHUNK = 1000;
const consecutiveIds = new WeakMap<DataSource, Promise<boolean>>();

/**
 * Whether one multi-row INSERT gets consecutive ids: always on SQLite (one writer), on MySQL and
 * MariaDB unless InnoDB hands out auto-increment values interleaved (`innodb_autoinc_lock_mode=2`,
 * MySQL 8's default), when concurrent inserts may take ids in between.
 */
function insertsGetConsecutiveIds(dataSource: DataSource): Promise<boolean> {
  let known = consecutiveIds.get(dataSource);
  if (!known) {
    known =
      dataSource.options.type === 'better-sqlite3'
        ? Promise.resolve(true)
        : dataSource
            .query('SELECT @@innodb_autoinc_lock_mode AS mode')
            .then((rows: { mode: number | string }[]) => Number(rows[0]?.mode) <= 1)
            .catch(() => false);
    consecutiveIds.set(dataSource, known);
  }
  return known;
}

/**
 * Inserts rows and answers their ids in order: up to a thousand per statement where the database
 * numbers a statement's rows consecutively, one statement per row otherwise.
 */
export async function insertMany(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]): Promise<number[]> {
  const ids: number[] = [];
  const sqlite = manager.connection.options.type === 'better-sqlite3';
  const chunk = (await insertsGetConsecutiveIds(manager.connection)) ? rowsPerStatement(manager.connection.getMetadata(entity).columns.length, CHUNK) : 1;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    // mysql2 answers the first id of the statement, better-sqlite3 the last.
    const reported = insertedId(await insertRowsOnce(manager, entity, part, part.length === chunk));
    const first = sqlite ? reported - part.length + 1 : reported;
    part.forEach((_, k) => ids.push(first + k));
  }
  return ids;
}
