import { EntityManager, QueryFailedError, QueryRunner } from 'typeorm';
import type { Driver } from 'typeorm/driver/Driver';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

export type Row = Record<string, unknown>;

/** A column a hand-written statement reads, under an alias of its own. */
export interface ReadColumn {
  column: ColumnMetadata;
  alias: string;
}

/** The columns TypeORM would read and hydrate: stored ones, not `select: false`, not a relation's bare key. */
export const readableColumns = (metadata: EntityMetadata): ColumnMetadata[] =>
  metadata.columns.filter((column) => column.isSelect && !column.isVirtual && !column.isVirtualProperty);

/** The columns aliased `<tableAlias>_<n>`, ready for `selectList` and `hydrate`. */
export const aliased = (tableAlias: string, columns: ColumnMetadata[]): ReadColumn[] => columns.map((column, i) => ({ column, alias: `${tableAlias}_${i}` }));

/** `t`.`col` AS `t_0`, … */
export function selectList(driver: Driver, tableAlias: string, columns: ReadColumn[]): string[] {
  const q = (name: string) => driver.escape(name);
  return columns.map(({ column, alias }) => `${q(tableAlias)}.${q(column.databaseName)} AS ${q(alias)}`);
}

/**
 * An entity from a raw row, column by column through the driver, as TypeORM's query builder
 * hydrates one (dates, booleans, JSON, numeric transformers), without the builder's overhead.
 */
export function hydrate(driver: Driver, metadata: EntityMetadata, columns: ReadColumn[], row: Row): Row {
  const entity = metadata.create(undefined, { fromDeserializer: true }) as Row;
  for (const { column, alias } of columns) if (row[alias] !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(row[alias], column));
  return entity;
}

/**
 * Runs a read on the manager's own connection (inside a transaction: the primary), or else on a
 * replica when there are any, as TypeORM's query builder sends a SELECT outside a transaction
 * (`primary`: what must not lag, such as sessions and scopes).
 * Outside a transaction each read takes a pool connection of its own, so reads may run side by side.
 */
export async function readRows(manager: EntityManager, sql: string, parameters: unknown[], from: 'replica' | 'primary' = 'replica'): Promise<Row[]> {
  if (manager.queryRunner) return query(manager.queryRunner, sql, parameters);
  const runner: QueryRunner = manager.connection.createQueryRunner(from === 'primary' ? 'master' : 'slave');
  try {
    return await query(runner, sql, parameters);
  } finally {
    await runner.release();
  }
}

/** The part of a mysql2 connection used here (its callback API). */
interface Mysql2Connection {
  query(sql: string, values: unknown[], callback: (error: Error | null, result: unknown) => void): void;
  execute(sql: string, values: unknown[], callback: (error: Error | null, result: unknown) => void): void;
  unprepare(sql: string): void;
}

/** True when the runner talks to MySQL or MariaDB through mysql2. */
export const onMysql = (runner: QueryRunner) => ['mysql', 'mariadb'].includes(runner.connection.options.type);

/**
 * One statement on a MySQL/MariaDB runner's connection straight through mysql2's callback API:
 * TypeORM's runner wraps every statement in a new promise connection and captures a stack trace
 * for it, which cost a list page more than building its SQL. `prepared` sends it as a prepared
 * statement (binary protocol: values travel as they are, not escaped into the text): 'kept' leaves
 * it in mysql2's cache of prepared statements for the next time, 'once' closes it once answered.
 * Logged, and failures reported, as TypeORM does, so the error filter answers them alike.
 */
export async function mysqlStatement(runner: QueryRunner, sql: string, parameters: unknown[], prepared?: 'kept' | 'once'): Promise<unknown> {
  const connection = (await runner.connect()) as Mysql2Connection;
  runner.connection.logger.logQuery(sql, parameters, runner);
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, result: unknown) => (error ? reject(new QueryFailedError(sql, parameters, error)) : resolve(result));
    if (!prepared) connection.query(sql, parameters, done);
    else
      connection.execute(sql, parameters, (error, result) => {
        if (prepared === 'once') connection.unprepare(sql);
        done(error, result);
      });
  });
}

async function query(runner: QueryRunner, sql: string, parameters: unknown[]): Promise<Row[]> {
  return onMysql(runner) ? ((await mysqlStatement(runner, sql, parameters)) as Row[]) : runner.query(sql, parameters);
}
