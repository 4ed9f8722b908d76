import type { Label } from './labelled-enum';

/**
 * A rule across fields of one record, written once: the API refuses a body that breaks it (a
 * field error on `field`), the admin shows the same message next to the same input before sending.
 */
export interface RecordRule<T> {
  /** The field the error is shown on. */
  field: keyof T & string;
  /** The error code in the API's answer. */
  code: string;
  message: Label;
  /** True when the record satisfies the rule; fields not filled in yet satisfy it. */
  holds(record: Partial<T>): boolean;
}

/** The rules a record breaks, as `{ field, code, message }`. */
export function brokenRules<T>(rules: readonly RecordRule<T>[], record: Partial<T>): RecordRule<T>[] {
  return rules.filter((rule) => !rule.holds(record));
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** `field` may not exceed `limit` (e.g. attended ≤ expected). */
export function notGreaterThan<T>(field: keyof T & string, limit: keyof T & string, message: Label): RecordRule<T> {
  return {
    field,
    code: 'notGreaterThan',
    message,
    holds: (record) => {
      const value = record[field];
      const bound = record[limit];
      return !isNumber(value) || !isNumber(bound) || value <= bound;
    },
  };
}

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The day in `field` may not be before the day in `earliest` (end ≥ start). */
export function notBefore<T>(field: keyof T & string, earliest: keyof T & string, message: Label): RecordRule<T> {
  return {
    field,
    code: 'notBefore',
    message,
    holds: (record) => {
      const value = record[field];
      const bound = record[earliest];
      return !isDay(value) || !isDay(bound) || value >= bound;
    },
  };
}

/** `field` must be filled in when `when` holds (a completed deed has a completion date). */
export function requiredWhen<T>(field: keyof T & string, when: (record: Partial<T>) => boolean, message: Label): RecordRule<T> {
  return {
    field,
    code: 'requiredWhen',
    message,
    holds: (record) => !when(record) || (record[field] !== undefined && record[field] !== null && record[field] !== ''),
  };
}
