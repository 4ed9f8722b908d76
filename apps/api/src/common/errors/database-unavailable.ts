import { QueryFailedError } from 'typeorm';
import { ErrorCode } from '@wb/contracts';
import { DomainError } from './domain-error';

/** Sent as `Retry-After`: about the time a restarted database takes to answer again. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE = '数据库暂时不可用，请稍后重试';

/**
 * Codes meaning "no usable connection to the database", not "this statement is wrong": the
 * server is down, restarting, unreachable, full, or dropped the connection mid-request.
 */
const CONNECTION_CODES = new Set([
  // sockets (Node)
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EAI_AGAIN',
  // mysql2
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  // the server
  'ER_CON_COUNT_ERROR', // too many connections
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED', // MariaDB, at shutdown
  'ER_QUERY_INTERRUPTED', // a statement cut off by the shutdown
]);

/** mysql2 and the pool say it in words only. */
const CONNECTION_MESSAGES = /Connection lost|closed state|Pool is closed|Queue limit reached|No connections available|Connection is not established/i;

interface DriverError {
  code?: unknown;
  fatal?: unknown;
  message?: unknown;
}

/** Whether an error (a driver error, or TypeORM's wrapper of one) means the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const cause = (error instanceof QueryFailedError ? error.driverError : error) as DriverError | undefined;
  if (!cause || typeof cause !== 'object') return false;
  if (typeof cause.code === 'string' && CONNECTION_CODES.has(cause.code)) return true;
  // mysql2 marks an error that ends the connection itself as fatal.
  if (cause.fatal === true) return true;
  if (typeof cause.message === 'string' && CONNECTION_MESSAGES.test(cause.message)) return true;
  // Node reports a refused connection to a name with several addresses as an AggregateError.
  return cause instanceof AggregateError && cause.errors.some(isDatabaseUnavailable);
}

export function databaseUnavailable(): DomainError {
  return new DomainError(ErrorCode.DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE, [], DATABASE_RETRY_AFTER_SECONDS);
}
