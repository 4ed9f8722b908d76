/** Columns the server owns; they never go back in a write (`version` does: it is the lock). */
const SERVER_FIELDS = ['id', 'createdAt', 'updatedAt', 'createdBy'];
const SERVER_FIELDS_BY_RESOURCE: Record<string, string[]> = { orgs: ['path'] };
/** Fields set on create that an update may not carry (the API rejects them). */
const FIXED_AFTER_CREATE: Record<string, string[]> = { users: ['username'] };

type Data = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `meetings` → `meetingId`, `research-trips` → `researchTripId`: the key child rows point back with. */
export function parentKeyOf(resource: string): string {
  const singular = resource.replace(/s$/, '');
  return singular.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) + 'Id';
}

/**
 * The body of a create/update: the record as the form holds it, minus what the server owns.
 * The API rejects unknown properties, so child rows (e.g. meeting attendance) also lose their
 * own id and the key pointing back to the parent.
 */
export function writableData(resource: string, data: Data, operation: 'create' | 'update' = 'create'): Data {
  const dropTop = new Set([
    ...SERVER_FIELDS,
    ...(SERVER_FIELDS_BY_RESOURCE[resource] ?? []),
    ...(operation === 'update' ? (FIXED_AFTER_CREATE[resource] ?? []) : []),
  ]);
  const dropChild = new Set([...SERVER_FIELDS, 'version', parentKeyOf(resource)]);
  const child = (value: unknown) =>
    isPlainObject(value) ? Object.fromEntries(Object.entries(value).filter(([key]) => !dropChild.has(key))) : value;
  return Object.fromEntries(
    Object.entries(data)
      .filter(([key]) => !dropTop.has(key))
      .map(([key, value]) => [key, Array.isArray(value) ? value.map(child) : value]),
  );
}
