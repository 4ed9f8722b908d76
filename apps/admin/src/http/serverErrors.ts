import { HttpError } from 'react-admin';
import type { ErrorBody, FieldError } from '@wb/contracts';

/** Translation key of the notification shown when a PUT carried a stale `version`. */
export const STALE_VERSION_MESSAGE = 'app.errors.stale_version';

type FormErrors = { [key: string]: string | FormErrors | FormErrors[] };

function isErrorBody(body: unknown): body is Pick<ErrorBody, 'errors'> {
  return typeof body === 'object' && body !== null && Array.isArray((body as ErrorBody).errors);
}

/**
 * Turns the API's flat field errors into the nested object react-admin hands to react-hook-form:
 * `attendance.0.memberId` becomes `{ attendance: [{ memberId: '…' }] }`.
 * The first message for a path wins; a path that collides with a deeper one is dropped.
 */
export function toFormErrors(errors: readonly FieldError[]): FormErrors {
  const root: FormErrors = {};
  for (const { field, message } of errors) {
    const path = (field ?? '').split('.').filter((part) => part !== '');
    if (path.length === 0) continue;
    let node: Record<string, unknown> = root;
    let ok = true;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i];
      const nextIsIndex = /^\d+$/.test(path[i + 1]);
      const existing = node[key];
      if (existing === undefined) node[key] = nextIsIndex ? [] : {};
      else if (typeof existing !== 'object') {
        ok = false;
        break;
      }
      node = node[key] as Record<string, unknown>;
    }
    const leaf = path[path.length - 1];
    if (ok && node[leaf] === undefined) node[leaf] = message;
  }
  return root;
}

/** A 409 because someone saved in between (not a duplicate or a record still in use). */
function isStaleVersion(error: HttpError): boolean {
  return error.status === 409 && isErrorBody(error.body) && error.body.errors.some((e) => e.field === 'version' && e.code === 'stale');
}

/**
 * Rewrites an HttpError from the API so react-admin understands it:
 * - field errors → `body.errors` in react-admin's server-side validation shape, shown next to inputs
 *   (only when the form is saved in pessimistic mode) — a duplicate's 409 included;
 * - a stale version's 409 → a translatable "modified by someone else" message, as a notification.
 * Anything else passes through unchanged (its Chinese message is what the user reads).
 */
export function convertHttpError(error: unknown): unknown {
  if (!(error instanceof HttpError)) return error;
  if (isStaleVersion(error)) {
    return new HttpError(STALE_VERSION_MESSAGE, 409, { ...(error.body ?? {}), errors: undefined });
  }
  if (!isErrorBody(error.body)) return error;
  const formErrors = toFormErrors(error.body.errors);
  const hasFieldErrors = Object.keys(formErrors).length > 0;
  return new HttpError(error.message, error.status, {
    ...error.body,
    errors: hasFieldErrors ? formErrors : undefined,
  });
}
