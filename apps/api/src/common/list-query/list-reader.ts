import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { aliased, hydrate, readableColumns, ReadColumn, readRows, selectList } from '../database/entity-rows';
import { ListQuery, ListSpec } from './list-spec';

/** `!` escapes LIKE wildcards the same way on MySQL/MariaDB and SQLite. */
export function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/**
 * From this offset on a page is found in two steps: the ids of its rows first — read from an index
 * alone, however many rows are skipped — then those rows by id. A plain OFFSET reads every skipped
 * row in full (at a million rows, page 10,000 takes seconds instead of milliseconds).
 */
export const DEEP_PAGE_OFFSET = 1000;

/** The orgs whose records a reader may see (`null`: every record). */
export type ScopeIds = readonly number[] | null;

/** A value read with each row besides its columns (a record's attachment count): a subquery on alias `r`. */
export interface DerivedValue {
  property: string;
  sql: (alias: string) => string;
}

/** A statement with named parameters (`:name`, `:...list`), as the query builder takes them. */
type Named = [sql: string, parameters: Record<string, unknown>];

/**
 * The list query of one resource as SQL, written from its `ListSpec` and its entity's metadata:
 * one page and its count, or every matching id for an export, and rows by id, hydrated by the
 * driver. Field names reach SQL only through the spec and the metadata. TypeORM's query builder
 * spent more time building and hydrating a small page than the database took to answer it.
 */
export class ListReader<E extends ObjectLiteral> {
  /** The columns read and their select list, written on first use (the metadata is ready by then). */
  private read?: { columns: ReadColumn[]; select: string };

  constructor(
    private readonly entity: EntityTarget<E>,
    private readonly spec: ListSpec,
    /** The columns a row carries (lists leave long texts out). */
    private readonly columnsOf: (metadata: EntityMetadata) => ColumnMetadata[] = readableColumns,
    /** Counted in the page's own statement, for its rows only (no query of their own). */
    private readonly derived: readonly DerivedValue[] = [],
  ) {}

  /** One page of the query and the total it matches, read side by side. */
  async page(manager: EntityManager, query: ListQuery, scopeIds: ScopeIds): Promise<{ rows: E[]; total: number }> {
    const [where, parameters] = this.where(manager, query, scopeIds);
    const from = `FROM ${this.table(manager)} r WHERE ${where}`;
    const count = this.run(manager, [`SELECT COUNT(*) AS n ${from}`, parameters]).then((rows) => Number(rows[0].n));
    const window = `${this.orderBy(manager, query)} LIMIT ${query.limit} OFFSET ${query.offset}`;
    const rows =
      query.offset < DEEP_PAGE_OFFSET
        ? this.run(manager, [`SELECT ${this.select(manager)} ${from} ${window}`, parameters]).then((found) => this.hydrateAll(manager, found))
        : this.run(manager, [`SELECT r.id AS id ${from} ${window}`, parameters]).then((found) => this.byIds(manager, idsOf(found), Boolean(query.deleted)));
    const [found, total] = await Promise.all([rows, count]);
    return { rows: found, total };
  }

  /**
   * Every row the query matches, `size` at a time, for exports: the matching ids in order first (an
   * index answers), then their rows by id. Paging by OFFSET read every skipped row again for each
   * page: a year of a million-record database took minutes. Rows deleted meanwhile are left out.
   */
  async *pages(manager: EntityManager, query: ListQuery, scopeIds: ScopeIds, size = 1000): AsyncGenerator<E[]> {
    const [where, parameters] = this.where(manager, query, scopeIds);
    const ids = idsOf(await this.run(manager, [`SELECT r.id AS id FROM ${this.table(manager)} r WHERE ${where} ${this.orderBy(manager, query)}`, parameters]));
    for (let start = 0; start < ids.length; start += size) {
      const page = await this.byIds(manager, ids.slice(start, start + size), Boolean(query.deleted));
      if (page.length) yield page;
    }
  }

  /** The rows with these ids in the order given; ones deleted (or restored) meanwhile are left out. */
  private async byIds(manager: EntityManager, ids: number[], deleted: boolean): Promise<E[]> {
    if (ids.length === 0) return [];
    const live = this.liveCondition(manager, deleted);
    const rows = await this.run(manager, [`SELECT ${this.select(manager)} FROM ${this.table(manager)} r WHERE r.id IN (:...ids)${live ? ` AND ${live}` : ''}`, { ids }]);
    const byId = new Map(this.hydrateAll(manager, rows).map((row) => [Number(row.id), row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The query's conditions on alias `r`: soft deletion, scope, filters, org subtree, search. */
  private where(manager: EntityManager, query: ListQuery, scopeIds: ScopeIds): Named {
    const column = (field: string) => `r.${this.column(manager, field)}`;
    const parts: string[] = [];
    const parameters: Record<string, unknown> = {};
    const live = this.liveCondition(manager, Boolean(query.deleted));
    if (live) parts.push(live);
    const orgIn = (name: string, ids: readonly number[]) => {
      if (ids.length === 0) return parts.push('1 = 0');
      parameters[name] = ids;
      parts.push(`${column(this.spec.orgField!)} IN (:...${name})`);
    };
    if (this.spec.orgField && scopeIds) orgIn('scope', scopeIds);
    query.conditions.forEach((condition, index) => {
      const param = `f${index}`;
      if (condition.op === 'custom') {
        const [sql, values] = this.spec.filters![condition.field].where('r', condition.value, param);
        parts.push(`(${sql})`);
        Object.assign(parameters, values);
        return;
      }
      parameters[param] = condition.value;
      const operand = condition.op === 'in' ? `(:...${param})` : `:${param}`;
      parts.push(`${column(condition.field)} ${{ eq: '=', in: 'IN', gte: '>=', lte: '<=' }[condition.op]} ${operand}`);
    });
    if (query.q) {
      parameters.q = likePattern(query.q);
      parts.push(`(${this.spec.search.map((field) => `${column(field)} LIKE :q ESCAPE '!'`).join(' OR ')})`);
    }
    if (this.spec.orgField && query.orgIds) orgIn('orgIds', query.orgIds);
    return [parts.length ? parts.join(' AND ') : '1 = 1', parameters];
  }

  /** Sorted by the asked column, then by id: pages stay stable when values tie. */
  private orderBy(manager: EntityManager, query: ListQuery): string {
    const [field, order] = query.sort;
    return `ORDER BY r.${this.column(manager, field)} ${order}${field === 'id' ? '' : `, r.id ${order}`}`;
  }

  private liveCondition(manager: EntityManager, deleted: boolean): string | undefined {
    const deleteDate = this.metadata(manager).deleteDateColumn;
    if (!deleteDate) return undefined;
    return `r.${manager.connection.driver.escape(deleteDate.databaseName)} IS ${deleted ? 'NOT ' : ''}NULL`;
  }

  private async run(manager: EntityManager, [sql, parameters]: Named): Promise<Record<string, unknown>[]> {
    return readRows(manager, ...manager.connection.driver.escapeQueryWithParameters(sql, parameters));
  }

  private hydrateAll(manager: EntityManager, rows: Record<string, unknown>[]): E[] {
    const metadata = this.metadata(manager);
    const columns = this.columns(manager);
    return rows.map((row) => {
      const entity = hydrate(manager.connection.driver, metadata, columns, row) as Record<string, unknown>;
      this.derived.forEach((value, i) => (entity[value.property] = Number(row[`d_${i}`] ?? 0)));
      return entity as E;
    });
  }

  private select(manager: EntityManager): string {
    return this.readSpec(manager).select;
  }

  private columns(manager: EntityManager): ReadColumn[] {
    return this.readSpec(manager).columns;
  }

  private readSpec(manager: EntityManager): { columns: ReadColumn[]; select: string } {
    if (!this.read) {
      const columns = aliased('r', this.columnsOf(this.metadata(manager)));
      const derived = this.derived.map((value, i) => `(${value.sql('r')}) AS ${manager.connection.driver.escape(`d_${i}`)}`);
      this.read = { columns, select: [...selectList(manager.connection.driver, 'r', columns), ...derived].join(', ') };
    }
    return this.read;
  }

  private column(manager: EntityManager, property: string): string {
    const found = this.metadata(manager).findColumnWithPropertyName(property);
    if (!found) throw new Error(`${this.spec.resource}: no column for list field ${property}`);
    return manager.connection.driver.escape(found.databaseName);
  }

  private table(manager: EntityManager): string {
    return manager.connection.driver.escape(this.metadata(manager).tableName);
  }

  private metadata(manager: EntityManager): EntityMetadata {
    return manager.connection.getMetadata(this.entity);
  }
}

const idsOf = (rows: Record<string, unknown>[]) => rows.map((row) => Number(row.id));
