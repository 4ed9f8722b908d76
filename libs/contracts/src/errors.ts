/** One reason a field was rejected; `message` is shown next to the field in the admin. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** The body of every error response (DESIGN.md §4). */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors: FieldError[];
}

/** Domain error codes; the API maps each to one HTTP status in a single place. */
export const ErrorCode = {
  VALIDATION: 'VALIDATION',
  BAD_QUERY: 'BAD_QUERY',
  NOT_FOUND: 'NOT_FOUND',
  STALE_VERSION: 'STALE_VERSION',
  CONFLICT: 'CONFLICT',
  REFERENCE_MISSING: 'REFERENCE_MISSING',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The database does not answer (stopped, restarting, unreachable): try again shortly. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** Another write held what this one needed (a deadlock, a lock waited for too long): nothing was written; try again. */
  DATABASE_BUSY: 'DATABASE_BUSY',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
