import type { LabelledEnum } from '@wb/contracts';
import { labelOf } from '../common/choices';
import type { CsvCell } from './csv';

/** Related records fetched for reference columns: reference resource → id → record. */
export type RelatedRecords = Record<string, Record<string, Record<string, unknown>>>;

/** One column of an export. The header is the field's translated label unless `label` is given. */
export interface ExportColumn {
  source: string;
  /** Translation key of the header; default `resources.<resource>.fields.<source>`. */
  label?: string;
  /** Labelled enum: the value (or array of values) is exported as its label(s). */
  values?: LabelledEnum<string>;
  /** Resource the value is an id of; the related record's `referenceText` is exported. */
  reference?: string;
  /** Field of the related record to export; default `name`. */
  referenceText?: string;
  /** Custom cell, for anything else. */
  render?: (record: Record<string, unknown>, context: CellContext) => CsvCell;
}

export interface CellContext {
  locale: string;
  translate: (key: string, options?: Record<string, unknown>) => string;
  related: RelatedRecords;
}

export function headerOf(column: ExportColumn, resource: string, context: CellContext): string {
  return context.translate(column.label ?? `resources.${resource}.fields.${column.source}`, { _: column.source });
}

export function cellOf(column: ExportColumn, record: Record<string, unknown>, context: CellContext): CsvCell {
  if (column.render) return column.render(record, context);
  const value = record[column.source];
  if (value === null || value === undefined) return '';
  if (column.values) return labelOf(column.values, value, context.locale);
  if (column.reference) {
    const related = context.related[column.reference]?.[String(value)];
    return (related?.[column.referenceText ?? 'name'] as CsvCell) ?? String(value);
  }
  if (Array.isArray(value)) return value.join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return value as CsvCell;
}
