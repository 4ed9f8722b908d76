import { ImportError, isCalendarDate, LabelledEnum } from '@wb/contracts';
import { DomainError } from '../errors/domain-error';
import { ImportLookups } from './import-lookups';
import { RawSheet } from './read-sheet';
import { SheetColumn, SheetSpec } from './sheet-spec';

/** One data row: the body it makes and what is wrong with it. */
export interface ParsedRow {
  row: number;
  body: Record<string, unknown>;
  errors: ImportError[];
}

export interface ParsedSheet {
  /** The spec's columns found in the file, with the header the file gives each. */
  columns: { column: SheetColumn; header: string; index: number }[];
  rows: ParsedRow[];
}

const normalize = (text: string) => text.replace(/[\s*＊（）()]/g, '').toLowerCase();

/** Splits a list cell: 刘泽、王静 (also ，,;；). */
const split = (text: string) => text.split(/[、，,;；]/).map((part) => part.trim()).filter(Boolean);

/** Text as typed: Excel's dates come as Dates (midnight UTC), everything else as it reads. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** 2021-03-26, 2021/3/26, 2021.3.26, 2021年3月26日 → 2021-03-26. */
function dayOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(textOf(value));
  if (!match) return undefined;
  const day = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return isCalendarDate(day) ? day : undefined;
}

/** A code from its code, its Chinese label or its English label. */
function codeOf(values: LabelledEnum<string>, text: string): string | undefined {
  const wanted = text.toLowerCase();
  return values.values.find((code) => code === text || values.labels[code].zh === text || values.labels[code].en.toLowerCase() === wanted);
}

const choices = (values: LabelledEnum<string>) => values.values.map((code) => values.labels[code].zh).join('、');

/** Matches the file's headers to the spec by Chinese header, English header or field name. */
export function matchColumns(spec: SheetSpec, headers: string[]): ParsedSheet['columns'] {
  const importable = spec.columns.filter((column) => !column.exportOnly);
  const matched: ParsedSheet['columns'] = [];
  headers.forEach((header, index) => {
    const key = normalize(header);
    const column = importable.find((c) => [c.header.zh, c.header.en, c.field].some((name) => normalize(name) === key));
    if (column && !matched.some((m) => m.column === column)) matched.push({ column, header, index });
  });
  const missing = importable.filter((column) => column.required && column.field !== 'orgId' && !matched.some((m) => m.column === column));
  if (missing.length) {
    const names = missing.map((column) => column.header.zh).join('、');
    throw DomainError.validation([{ field: 'file', code: 'missingColumns', message: `缺少必填列：${names}` }], `缺少必填列：${names}（可下载导入模板对照表头）`);
  }
  return matched;
}

/** The values of the name-bearing columns, for the lookups to load in one go. */
export function namesUsed(sheet: RawSheet, columns: ParsedSheet['columns']): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const { column, index } of columns) {
    const kind = column.type.kind;
    if (!['org', 'member', 'members', 'ref'].includes(kind)) continue;
    const set = new Set<string>();
    for (const { cells } of sheet.rows) {
      const text = textOf(cells[index]);
      (kind === 'members' ? split(text) : text ? [text] : []).forEach((name) => set.add(name));
    }
    names.set(column.field, set);
  }
  return names;
}

/** Why a cell cannot be a value. */
class CellProblem {
  constructor(readonly error: string) {}
}

/** One cell as the body's value, or why it cannot be (a CellProblem: no object per good cell). Empty cells are null. */
function parseCell(column: SheetColumn, value: unknown, lookups: ImportLookups): unknown {
  const text = textOf(value);
  if (text === '') return column.type.kind === 'members' || column.type.kind === 'enumList' ? [] : null;
  const type = column.type;
  switch (type.kind) {
    case 'text':
      // a number as our export wrote it (139****5678) is not the number: left empty, not refused
      return type.masked && text.includes('*') ? null : text;
    case 'int': {
      const number = typeof value === 'number' ? value : Number(text);
      return Number.isInteger(number) ? number : new CellProblem('必须是整数');
    }
    case 'decimal': {
      const number = typeof value === 'number' ? value : Number(text);
      return Number.isFinite(number) ? number : new CellProblem('必须是数字');
    }
    case 'date':
    case 'datetime': {
      const day = dayOf(value);
      return day ?? new CellProblem('不是有效日期，请写成 2021-03-26');
    }
    case 'enum': {
      const code = codeOf(type.values, text);
      return code ?? new CellProblem(`“${text}”无效，应为：${choices(type.values)}`);
    }
    case 'enumList': {
      const codes = split(text).map((part) => codeOf(type.values, part));
      return codes.every(Boolean) ? codes : new CellProblem(`含无效的选项，应为：${choices(type.values)}`);
    }
    case 'bool':
      return ['是', 'true', '1', 'yes'].includes(text.toLowerCase()) ? true : ['否', 'false', '0', 'no'].includes(text.toLowerCase()) ? false : new CellProblem('请填“是”或“否”');
    case 'ethnicity':
      return ['汉族', '汉', 'han'].includes(text.toLowerCase()) ? 'han' : text;
    case 'org':
    case 'member':
    case 'ref': {
      const found = lookups.resolve(type.kind === 'ref' ? column.field : type.kind, text);
      return 'id' in found ? found.id : new CellProblem(found.error);
    }
    case 'members': {
      const ids: number[] = [];
      for (const name of split(text)) {
        const found = lookups.resolve('member', name);
        if ('error' in found) return new CellProblem(found.error);
        ids.push(found.id);
      }
      return ids;
    }
  }
}

/**
 * The sheet's rows as bodies for the API's own validation, with every cell problem named by row and
 * column. An empty org cell means the importer's own org, when they have exactly one.
 */
export function parseRows(sheet: RawSheet, columns: ParsedSheet['columns'], lookups: ImportLookups, defaultOrgId: number | undefined): ParsedRow[] {
  return sheet.rows.map(({ row, cells }) => {
    const body: Record<string, unknown> = {};
    const errors: ImportError[] = [];
    for (const { column, header, index } of columns) {
      const parsed = parseCell(column, cells[index], lookups);
      if (parsed instanceof CellProblem) errors.push({ row, column: header, message: parsed.error });
      // an empty cell leaves the field out (not deleted afterwards: an object that loses a key is slower to read)
      else if (parsed !== null) body[column.field] = parsed;
    }
    if (body.orgId === undefined && defaultOrgId !== undefined) body.orgId = defaultOrgId;
    return { row, body, errors };
  });
}

/** The first rows' cells as text, by the file's headers: what the import shows back. */
export function previewOf(sheet: RawSheet, columns: ParsedSheet['columns'], count: number): { row: number; values: Record<string, string> }[] {
  return sheet.rows.slice(0, count).map(({ row, cells }) => ({ row, values: Object.fromEntries(columns.map(({ header, index }) => [header, textOf(cells[index])])) }));
}
