import { ethnicityLabel } from '@wb/contracts';
import { Lookups } from './lookups';
import { SheetColumn } from './sheet-spec';

export type Cell = string | number | Date | null;

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** An instant as China's wall-clock time: what a branch in China reads, Excel having no time zones. */
function chinaTime(value: unknown): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : new Date(date.getTime() + CHINA_OFFSET_MS);
}

/** One record's value for one column, as a spreadsheet cell: labels and names, real dates for Excel. */
export function cellOf(column: SheetColumn, record: Record<string, unknown>, lookups: Lookups, forExcel: boolean): Cell {
  const value = record[column.field];
  if (value === null || value === undefined) return null;
  const type = column.type;
  switch (type.kind) {
    case 'text':
      return String(value);
    case 'int':
    case 'decimal':
      return Number(value);
    case 'bool':
      return value ? '是' : '否';
    case 'date':
      if (!isDay(value)) return String(value);
      return forExcel ? new Date(`${value}T00:00:00Z`) : value;
    case 'datetime': {
      const time = chinaTime(value);
      if (!time) return null;
      return forExcel ? time : time.toISOString().slice(0, 16).replace('T', ' ');
    }
    case 'enum':
      return type.values.has(value) ? type.values.label(value) : String(value);
    case 'enumList':
      return (value as string[]).map((v) => (type.values.has(v) ? type.values.label(v) : v)).join('、');
    case 'org':
      return lookups.org(value);
    case 'member':
      return lookups.member(value);
    case 'members':
      return (value as number[]).map((id) => lookups.member(id)).join('、');
    case 'ref':
      return lookups.ref(column, value);
    case 'ethnicity':
      return ethnicityLabel(String(value));
  }
}

/** The Excel number format of a column. */
export function numberFormatOf(column: SheetColumn): string | undefined {
  if (column.type.kind === 'date') return 'yyyy-mm-dd';
  if (column.type.kind === 'datetime') return 'yyyy-mm-dd hh:mm';
  if (column.type.kind === 'decimal') return '0.0';
  return undefined;
}
