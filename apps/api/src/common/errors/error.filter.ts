import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ErrorBody, ErrorCode, FieldError } from '@wb/contracts';
import { fromDatabaseError } from './database-errors';
import { DomainError } from './domain-error';
import { HTTP_STATUS_OF, reasonPhrase } from './http-status';

/**
 * Turns every error into the body of DESIGN.md §4. A database that cannot be reached, or a write
 * that lost a lock to another, is a 503 with Retry-After; other database and unknown errors a plain
 * 500 (logged here, never echoed: no SQL, no stack in a response).
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const mapped = fromDatabaseError(exception) ?? exception;
    const body = this.toBody(mapped);
    if (mapped instanceof DomainError && mapped.retryAfterSeconds) void reply.header('Retry-After', String(mapped.retryAfterSeconds));
    if (mapped instanceof DomainError && mapped.code === ErrorCode.DATABASE_UNAVAILABLE) {
      // Expected while the database restarts: one line per request, not a stack each.
      this.logger.warn(`数据库不可用: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    }
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  toBody(thrown: unknown): ErrorBody {
    const exception = fromDatabaseError(thrown) ?? thrown;
    if (exception instanceof DomainError) {
      const statusCode = HTTP_STATUS_OF[exception.code];
      return { statusCode, error: reasonPhrase(statusCode), message: exception.message, errors: exception.errors };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      return { statusCode, error: reasonPhrase(statusCode), message: messageOf(exception, statusCode), errors: [] };
    }
    const fromFramework = statusOfFrameworkError(exception);
    if (fromFramework) {
      return { statusCode: fromFramework.status, error: reasonPhrase(fromFramework.status), message: fromFramework.message, errors: [] };
    }
    return { statusCode: 500, error: reasonPhrase(500), message: '服务器内部错误，请稍后重试', errors: [] as FieldError[] };
  }
}

function messageOf(exception: HttpException, status: number): string {
  const zh: Record<number, string> = {
    400: '请求有误',
    401: '请先登录',
    403: '没有权限',
    404: '未找到',
    405: '不支持的请求方法',
    413: '请求内容过大',
    415: '不支持的内容类型',
    429: '请求过于频繁，请稍后再试',
  };
  return zh[status] ?? exception.message;
}

/** Fastify's own errors (bad JSON body, body too large, wrong content type) carry a 4xx statusCode. */
function statusOfFrameworkError(exception: unknown): { status: number; message: string } | undefined {
  const status = (exception as { statusCode?: unknown })?.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const code = (exception as { code?: string }).code;
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return { status, message: '请求体不是有效的 JSON' };
  }
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status, message: '请求内容过大' };
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status, message: '不支持的内容类型' };
  return { status, message: '请求有误' };
}
