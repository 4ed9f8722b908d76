import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { insertRows } from './multi-row-insert';

/**
 * Rows that belong to a record and are written with it: a meeting's attendance, a deed's
 * milestones, the members who took part in a volunteer service. Declared once per resource;
 * CrudService loads them with the record, replaces them when a body changes them, and leaves them
 * when the body omits them.
 */
export interface ChildRows {
  /** The entity's relation holding the rows. */
  relation: string;
  entity: EntityTarget<ObjectLiteral>;
  /** The child column pointing at the record (left out of what the API answers). */
  parentKey: string;
  /** Columns each row carries, as the body sends them under `relation`. */
  columns: string[];
  /**
   * For a body that lists ids only (`memberIds: [3, 5]`): the body's property and the single column
   * each id goes to. The API then answers that list instead of rows.
   */
  ids?: { property: string; column: string };
  /** Stored (and so answered) in the order of this column, e.g. milestones by date. */
  sortBy?: string;
}

type Row = Record<string, unknown>;

/** Where the rows sit in a body or an answer. */
export const bodyProperty = (child: ChildRows) => child.ids?.property ?? child.relation;

/** The rows a body (or an answer) gives, as table rows without the parent key. */
function rowsOf(child: ChildRows, source: Row): Row[] | undefined {
  const value = source[bodyProperty(child)];
  if (!Array.isArray(value)) return undefined;
  const rows = child.ids
    ? value.map((id) => ({ [child.ids!.column]: id }))
    : value.map((row: Row) => Object.fromEntries(child.columns.map((column) => [column, row[column] ?? null])));
  const key = child.sortBy;
  return key ? [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key]))) : rows;
}

/**
 * Replaces the record's rows with the body's when the body gives them and they differ from
 * `before` (the answer-shaped record as it was): an unchanged list costs no query.
 */
export async function writeChildRows(manager: EntityManager, child: ChildRows, recordId: number, body: Row, before?: Row): Promise<void> {
  const rows = rowsOf(child, body);
  if (rows === undefined) return;
  if (before && JSON.stringify(rowsOf(child, before) ?? []) === JSON.stringify(rows)) return;
  if (before) await manager.createQueryBuilder().delete().from(child.entity).where(`${child.parentKey} = :recordId`, { recordId }).execute();
  if (rows.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(child.entity)
    .values(rows.map((row) => ({ ...row, [child.parentKey]: recordId })))
    .updateEntity(false)
    .execute();
}

/** The rows as the API answers them: without the parent key, or as the list of ids. */
export function answerChildRows(child: ChildRows, record: Row): Row {
  const rows = record[child.relation];
  if (!Array.isArray(rows)) return record;
  const copy = { ...record };
  if (child.ids) {
    delete copy[child.relation];
    copy[child.ids.property] = rows.map((row: Row) => row[child.ids!.column]);
  } else {
    copy[child.relation] = rows.map(({ [child.parentKey]: _parent, ...row }: Row) => row);
  }
  return copy;
}

/** The child rows of many new records at once (an import), up to a thousand per statement. */
export async function writeChildRowsOfMany(manager: EntityManager, child: ChildRows, recordIds: number[], bodies: Row[]): Promise<void> {
  const rows = bodies.flatMap((body, i) => (rowsOf(child, body) ?? []).map((row) => ({ ...row, [child.parentKey]: recordIds[i] })));
  await insertRows(manager, child.entity, rows);
}

/** A body's child values as the API answers them (for an audit snapshot). */
export function childValues(children: ChildRows[], body: object): Row {
  return Object.fromEntries(children.map((child) => [bodyProperty(child), (body as Row)[bodyProperty(child)] ?? []]));
}
