/** Shown when the server sends no usable Retry-After. */
const DEFAULT_RETRY_SECONDS = 60;

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The sentence the login form shows for a failed sign-in: throttled, refused, or anything else. */
export function loginErrorMessage(error: unknown, translate: Translate): string {
  const { status, body } = (error ?? {}) as { status?: number; body?: { retryAfter?: number } };
  if (status === 429) {
    const seconds = body?.retryAfter && body.retryAfter > 0 ? Math.ceil(body.retryAfter) : DEFAULT_RETRY_SECONDS;
    return translate('app.auth.too_many_attempts', { seconds });
  }
  if (status === 401) return translate('app.auth.bad_credentials');
  return translate('app.auth.failed');
}
