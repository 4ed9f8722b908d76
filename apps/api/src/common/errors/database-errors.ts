import { QueryFailedError } from 'typeorm';
import { ErrorCode } from '@wb/contracts';
import { DomainError } from './domain-error';
import { databaseUnavailable, isDatabaseUnavailable } from './database-unavailable';

/**
 * Constraint violations the database caught (a race past the service's own checks, or a delete
 * of something still referenced) become domain errors, and a database that cannot be reached or a
 * write that lost a lock to another a 503 to retry; anything else stays a 500.
 */
export function fromDatabaseError(error: unknown): DomainError | undefined {
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; errno?: number } | undefined;
  // SQLite reports an ON DELETE RESTRICT violation as SQLITE_CONSTRAINT_TRIGGER, so read the message.
  const sqliteForeignKey = /^SQLITE_CONSTRAINT/.test(driverError?.code ?? '') && /FOREIGN KEY/i.test(error.message);
  const code = sqliteForeignKey ? 'SQLITE_FOREIGN_KEY' : driverError?.code ?? '';
  const isDelete = /^\s*DELETE/i.test(error.query);

  if (code === 'ER_ROW_IS_REFERENCED_2' || code === 'ER_ROW_IS_REFERENCED' || (code === 'SQLITE_FOREIGN_KEY' && isDelete)) {
    return new DomainError(ErrorCode.CONFLICT, '仍有下级组织或其他记录引用它，不能删除');
  }
  if (code === 'ER_NO_REFERENCED_ROW_2' || code === 'ER_NO_REFERENCED_ROW' || code === 'SQLITE_FOREIGN_KEY') {
    return new DomainError(ErrorCode.REFERENCE_MISSING, '引用的记录不存在');
  }
  if (code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new DomainError(ErrorCode.CONFLICT, '记录重复');
  }
  // Two writers each waiting for a row the other holds (the report's counts of one org and year, say),
  // or one waiting too long: the transaction is rolled back whole, so the same request can simply come again.
  if (code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT') {
    return new DomainError(ErrorCode.DATABASE_BUSY, '同一时间有其他修改，请稍后重试', [], 1);
  }
  return undefined;
}
