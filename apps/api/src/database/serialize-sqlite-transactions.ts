import { DataSource } from 'typeorm';

/**
 * TypeORM's SQLite drivers share one connection and one query runner, so two requests' overlapping
 * transactions would nest into each other (the second becomes a savepoint of the first, and a
 * rollback of one undoes the other). On SQLite, transactions therefore take turns; MySQL and
 * MariaDB give each its own pooled connection and need nothing.
 */
export function serializeSqliteTransactions(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let queue: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    const run = queue.then(() => transaction(...args));
    queue = run.catch(() => undefined);
    return run;
  }) as typeof manager.transaction;
}
