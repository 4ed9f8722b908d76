/**
 * The id of the row an INSERT created, from the driver's raw answer: mysql2 answers a result
 * header with `insertId`, better-sqlite3 the last row id.
 */
export function insertedId(raw: unknown): number {
  const id = typeof raw === 'object' && raw !== null && 'insertId' in raw ? (raw as { insertId: unknown }).insertId : raw;
  const value = Number(id);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`INSERT answered no id: ${String(id)}`);
  return value;
}
