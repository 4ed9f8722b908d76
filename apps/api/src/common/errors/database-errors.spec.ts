import { QueryFailedError } from 'typeorm';
import { ErrorCode } from '@wb/contracts';
import { fromDatabaseError } from './database-errors';
import { DomainError } from './domain-error';
import { ErrorFilter } from './error.filter';

/** An error shaped as mysql2 makes them: a message, a code, and `fatal` when the connection is gone. */
function driverError(message: string, fields: { code?: string; errno?: number; fatal?: boolean } = {}): Error {
  return Object.assign(new Error(message), fields);
}

const inQuery = (error: Error, sql = 'INSERT INTO meetings (topic) VALUES (?)') => new QueryFailedError(sql, [], error);

describe('fromDatabaseError: a database that cannot be reached', () => {
  const unavailable: [string, unknown][] = [
    ['a refused connection while the pool opens one', driverError('connect ECONNREFUSED 127.0.0.1:3306', { code: 'ECONNREFUSED', errno: -111, fatal: true })],
    ['a connect timeout', driverError('connect ETIMEDOUT', { code: 'ETIMEDOUT', fatal: true })],
    ['the server closing the connection mid-query', inQuery(driverError('Connection lost: The server closed the connection.', { code: 'PROTOCOL_CONNECTION_LOST', fatal: true }))],
    ['a connection reset', inQuery(driverError('read ECONNRESET', { code: 'ECONNRESET', errno: -104 }))],
    ['too many connections', driverError('Too many connections', { code: 'ER_CON_COUNT_ERROR', errno: 1040 })],
    ['a server shutting down', inQuery(driverError('Server shutdown in progress', { code: 'ER_SERVER_SHUTDOWN', errno: 1053 }))],
    ['a connection killed by the shutdown', inQuery(driverError('Connection was killed', { code: 'ER_CONNECTION_KILLED', errno: 1927 }))],
    ['a command on a connection already closed', inQuery(driverError("Can't add new command when connection is in closed state", { fatal: true }))],
    ['a closed pool', driverError('Pool is closed.')],
    ['a full pool queue', driverError('Queue limit reached.')],
    ['a refused connection to every address of a name', new AggregateError([driverError('connect ECONNREFUSED ::1:3306', { code: 'ECONNREFUSED' })], 'connect failed')],
  ];

  it.each(unavailable)('answers 503 with Retry-After for %s', (_case, error) => {
    const mapped = fromDatabaseError(error);
    expect(mapped).toBeInstanceOf(DomainError);
    expect(mapped?.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect(mapped?.message).toBe('数据库暂时不可用，请稍后重试');
    expect(mapped?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('keeps constraint violations as domain errors of their own', () => {
    const duplicate = inQuery(driverError("Duplicate entry 'x' for key 'uq'", { code: 'ER_DUP_ENTRY', errno: 1062 }));
    expect(fromDatabaseError(duplicate)?.code).toBe(ErrorCode.CONFLICT);
    const referenced = inQuery(driverError('Cannot delete or update a parent row', { code: 'ER_ROW_IS_REFERENCED_2', errno: 1451 }), 'DELETE FROM orgs WHERE id = 1');
    expect(fromDatabaseError(referenced)?.code).toBe(ErrorCode.CONFLICT);
  });

  it.each([
    ['a deadlock', driverError('Deadlock found when trying to get lock; try restarting transaction', { code: 'ER_LOCK_DEADLOCK', errno: 1213 })],
    ['a lock waited for too long', driverError('Lock wait timeout exceeded; try restarting transaction', { code: 'ER_LOCK_WAIT_TIMEOUT', errno: 1205 })],
  ])('answers 503 with Retry-After for %s: another write held what this one needed, nothing was written', (_case, error) => {
    const mapped = fromDatabaseError(inQuery(error));
    expect(mapped?.code).toBe(ErrorCode.DATABASE_BUSY);
    expect(mapped?.message).toBe('同一时间有其他修改，请稍后重试');
    expect(mapped?.retryAfterSeconds).toBe(1);
  });

  it('leaves a wrong statement or an unknown error to the 500', () => {
    expect(fromDatabaseError(inQuery(driverError('You have an error in your SQL syntax', { code: 'ER_PARSE_ERROR', errno: 1064 })))).toBeUndefined();
    expect(fromDatabaseError(inQuery(driverError('SQLITE_ERROR: no such table: x', { code: 'SQLITE_ERROR' })))).toBeUndefined();
    expect(fromDatabaseError(new Error('something else'))).toBeUndefined();
    expect(fromDatabaseError('a string')).toBeUndefined();
    expect(fromDatabaseError(undefined)).toBeUndefined();
  });
});

describe('ErrorFilter with a database that cannot be reached', () => {
  /** The parts of a Fastify reply the filter uses, recording what it was given. */
  function fakeReply() {
    const sent = { status: 0, headers: {} as Record<string, string>, body: undefined as unknown };
    const reply = {
      status: (code: number) => ((sent.status = code), reply),
      header: (name: string, value: string) => ((sent.headers[name.toLowerCase()] = value), reply),
      send: (body: unknown) => ((sent.body = body), reply),
    };
    const host = { switchToHttp: () => ({ getResponse: () => reply }) };
    return { sent, host };
  }

  it('sends a 503 with Retry-After and the Chinese message, and no driver detail', () => {
    const { sent, host } = fakeReply();
    const filter = new ErrorFilter();
    jest.spyOn(filter['logger'], 'warn').mockImplementation(() => undefined);
    filter.catch(inQuery(driverError('Connection lost: The server closed the connection.', { code: 'PROTOCOL_CONNECTION_LOST', fatal: true })), host as never);
    expect(sent.status).toBe(503);
    expect(Number(sent.headers['retry-after'])).toBeGreaterThan(0);
    expect(sent.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: '数据库暂时不可用，请稍后重试', errors: [] });
  });

  it('still sends a plain 500 without Retry-After for any other failure', () => {
    const { sent, host } = fakeReply();
    const filter = new ErrorFilter();
    jest.spyOn(filter['logger'], 'error').mockImplementation(() => undefined);
    filter.catch(new Error('boom'), host as never);
    expect(sent.status).toBe(500);
    expect(sent.headers['retry-after']).toBeUndefined();
  });
});
