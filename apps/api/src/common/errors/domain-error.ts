import { ErrorCode, FieldError } from '@wb/contracts';

/**
 * The one error type services throw. The code decides the HTTP status (see http-status.ts);
 * `errors` carries field-level reasons the admin shows next to the inputs.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
    /** Sent as `Retry-After` (seconds) with a 429 or a 503. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  static tooManyRequests(seconds: number): DomainError {
    const wait = Math.max(1, Math.ceil(seconds));
    return new DomainError(ErrorCode.TOO_MANY_REQUESTS, `登录尝试过于频繁，请 ${wait} 秒后再试`, [], wait);
  }

  static validation(errors: FieldError[], message = '提交的数据有误'): DomainError {
    return new DomainError(ErrorCode.VALIDATION, message, errors);
  }

  static badQuery(errors: FieldError[]): DomainError {
    return new DomainError(ErrorCode.BAD_QUERY, '查询参数有误', errors);
  }

  static notFound(resource: string, id: number | string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `未找到记录 ${resource}/${id}`);
  }

  static staleVersion(): DomainError {
    return new DomainError(ErrorCode.STALE_VERSION, '记录已被他人修改，请刷新后重试', [
      { field: 'version', code: 'stale', message: '版本已过期，请刷新后重试' },
    ]);
  }

  static unauthenticated(message = '请先登录'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = '没有权限', errors: FieldError[] = []): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message, errors);
  }

  static conflict(message: string): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message);
  }

  static missingReference(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.REFERENCE_MISSING, message, [{ field, code: 'not_found', message }]);
  }
}
