import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from '@wb/contracts';

/** Every domain error code maps to exactly one status; the Record type makes the map exhaustive. */
export const HTTP_STATUS_OF: Record<ErrorCode, HttpStatus> = {
  VALIDATION: HttpStatus.BAD_REQUEST,
  BAD_QUERY: HttpStatus.BAD_REQUEST,
  REFERENCE_MISSING: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  STALE_VERSION: HttpStatus.CONFLICT,
  CONFLICT: HttpStatus.CONFLICT,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  DATABASE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  DATABASE_BUSY: HttpStatus.SERVICE_UNAVAILABLE,
};

/** The reason phrase for the `error` field of the body. */
export function reasonPhrase(status: number): string {
  const phrases: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    409: 'Conflict',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    503: 'Service Unavailable',
  };
  return phrases[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}
