import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Label, LabelledEnum } from '@wb/contracts';

/** How a column's values read in a spreadsheet, and how they are read back. */
export type ColumnKind =
  /** `masked`: exported with part hidden (a phone's middle digits), so a masked cell reads back as empty. */
  | { kind: 'text'; masked?: true }
  | { kind: 'int' }
  | { kind: 'decimal' }
  /** A calendar day: a real Excel date, YYYY-MM-DD in CSV. */
  | { kind: 'date' }
  /** An instant (export only), in China's time. */
  | { kind: 'datetime' }
  /** A code, written as its Chinese label; labels, English labels and codes are read back. */
  | { kind: 'enum'; values: LabelledEnum<string> }
  /** Several codes, labels joined by 、 */
  | { kind: 'enumList'; values: LabelledEnum<string> }
  | { kind: 'bool' }
  /** An org id, written as the org's name. */
  | { kind: 'org' }
  /** A member id, written as the member's name. */
  | { kind: 'member' }
  /** Member ids, names joined by 、 */
  | { kind: 'members' }
  /** Another record's id, written as `label` of it (e.g. a trip's topic). */
  | { kind: 'ref'; target: EntityTarget<ObjectLiteral>; table: string; label: (row: Record<string, unknown>) => string; labelColumns: string[]; orgColumn: string }
  /** 汉族 for `han`, a minority's name otherwise. */
  | { kind: 'ethnicity' };

export interface SheetColumn {
  /** The record's field. */
  field: string;
  header: Label;
  type: ColumnKind;
  /** Needed in an import. */
  required?: boolean;
  /** Written on export but not read on import (id, timestamps, computed fields). */
  exportOnly?: boolean;
  /** Column width in characters. */
  width?: number;
  /** The template's example value, as a person would type it. */
  example?: string | number;
  /** What the template's 说明 sheet says of the column, beyond its type. */
  note?: string;
}

/** A resource as a spreadsheet: its columns, in order. One spec serves export, the template and import. */
export interface SheetSpec {
  /** Sheet and file name, e.g. 会议. */
  title: Label;
  columns: SheetColumn[];
  /** Whether the resource takes imports (orgs and users export only). */
  importable: boolean;
}

/** Columns every exported record starts and ends with. */
export const ID_COLUMN: SheetColumn = { field: 'id', header: { zh: '编号', en: 'ID' }, type: { kind: 'int' }, exportOnly: true, width: 8 };
export const ORG_COLUMN: SheetColumn = { field: 'orgId', header: { zh: '所属组织', en: 'Organisation' }, type: { kind: 'org' }, required: true, width: 18, example: '学会党支部' };
export const TIMESTAMP_COLUMNS: SheetColumn[] = [
  { field: 'createdAt', header: { zh: '创建时间', en: 'Created' }, type: { kind: 'datetime' }, exportOnly: true, width: 18 },
  { field: 'updatedAt', header: { zh: '更新时间', en: 'Updated' }, type: { kind: 'datetime' }, exportOnly: true, width: 18 },
];

/** The usual frame: id first, then the record's own columns, its org, and the timestamps. */
export function sheet(title: Label, columns: SheetColumn[], importable = true): SheetSpec {
  return { title, importable, columns: [ID_COLUMN, ...columns, ORG_COLUMN, ...TIMESTAMP_COLUMNS] };
}
