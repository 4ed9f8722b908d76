import type { Resource, Role } from './access';

/** 138****1234: enough to recognise a number without being able to call it. */
export function maskPhone(phone: unknown): string | null {
  if (phone === null || phone === undefined || phone === '') return (phone as null) ?? null;
  const text = String(phone);
  return text.length >= 7 ? `${text.slice(0, 3)}****${text.slice(-4)}` : '****';
}

/**
 * Personal fields and how they are masked for whoever may not read them. One table for every
 * read path: a record, a list, its history and the audit log.
 */
export const PRIVATE_FIELDS: Readonly<Partial<Record<Resource, Readonly<Record<string, (value: unknown) => unknown>>>>> = {
  members: { phone: maskPhone },
};

/**
 * Who reads personal fields in full on a single record: admins, and secretaries — who only ever
 * see the members of their own branch. Leaders and staff read them masked; lists mask them for
 * everyone (they are printed, exported and shown on shared screens).
 */
export function readsPrivateFields(role: Role): boolean {
  return role === 'admin' || role === 'secretary';
}

/** `record` with its private fields masked unless `role` may read them (`inList`: masked for all). */
export function redactPrivate<T extends object>(resource: string, record: T, role: Role, inList = false): T {
  const fields = PRIVATE_FIELDS[resource as Resource];
  if (!fields || (!inList && readsPrivateFields(role))) return record;
  const copy = { ...record } as Record<string, unknown>;
  for (const [field, mask] of Object.entries(fields)) if (field in copy) copy[field] = mask(copy[field]);
  return copy as T;
}
