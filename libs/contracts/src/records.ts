/** Columns every record carries. Dates-with-time are UTC ISO strings. */
export interface BaseRecord {
  id: number;
  orgId: number;
  createdAt: string;
  updatedAt: string;
  createdBy: number | null;
  version: number;
}

/** A calendar date without time zone, `YYYY-MM-DD`. */
export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no 2021-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** One problem of an imported spreadsheet: the sheet's own row number and the column's header. */
export interface ImportError {
  row: number;
  column: string;
  message: string;
}

/** `POST /api/<resource>/import`: what was read, what is wrong, what was written. */
export interface ImportResult {
  /** Data rows read (empty rows are skipped). */
  rows: number;
  /** Rows without any error. */
  valid: number;
  /** Records written: 0 on a dry run, or when any row is invalid (all or nothing). */
  created: number;
  errors: ImportError[];
  /** The columns recognised, by their header in the file. */
  columns: string[];
  /** The first rows as read, by header, for the preview. */
  preview: { row: number; values: Record<string, string> }[];
}
