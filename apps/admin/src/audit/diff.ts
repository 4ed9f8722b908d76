import type { AuditLog } from '@wb/contracts';
import { labelOf } from '../common/choices';
import { FIELD_VALUES, HIDDEN_FIELDS, ORG_FIELDS } from './fieldValues';

export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
}

const normalized = (value: unknown) => JSON.stringify(value === undefined || value === '' ? null : value);

/**
 * The fields a log entry touched, in record order: for an update the fields whose value changed;
 * for a create (no `before`) or a delete (no `after`) every field that has a value.
 */
export function diffRows(log: Pick<AuditLog, 'before' | 'after'>): DiffRow[] {
  const before = log.before ?? {};
  const after = log.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => !HIDDEN_FIELDS.has(field) && normalized(before[field]) !== normalized(after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

export interface FormatContext {
  locale: string;
  /** Texts of true and false. */
  yes: string;
  no: string;
  /** Name of an org by id, when known. */
  orgName?: (id: number) => string | undefined;
}

export const EMPTY = '—';

/** One value of a diff as a reader wants to see it: labels for enums, names for orgs, rows for child lists. */
export function formatValue(resource: string, field: string, value: unknown, context: FormatContext): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  const values = FIELD_VALUES[`${resource}.${field}`];
  if (values) return labelOf(values, value, context.locale);
  const leaf = field.split('.').at(-1) ?? field;
  if (ORG_FIELDS.has(leaf) && typeof value === 'number') return context.orgName?.(value) ?? String(value);
  if (typeof value === 'boolean') return value ? context.yes : context.no;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    return value.map((item) => formatChild(resource, field, item, context)).join(isRow(value[0]) ? '；' : '、');
  }
  if (isRow(value)) return formatChild(resource, field, value, context);
  return String(value);
}

const isRow = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A child row (e.g. one attendance entry) as its non-empty values separated by spaces. */
function formatChild(resource: string, field: string, item: unknown, context: FormatContext): string {
  if (!isRow(item)) return formatValue(resource, field, item, context);
  return Object.entries(item)
    .filter(([key, value]) => !HIDDEN_FIELDS.has(key) && value != null && value !== '')
    .map(([key, value]) => formatValue(resource, `${field}.${key}`, value, context))
    .join(' ');
}
