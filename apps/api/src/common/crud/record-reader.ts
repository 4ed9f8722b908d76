import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { aliased, hydrate, readableColumns, ReadColumn, readRows, Row, selectList } from '../database/entity-rows';
import { ChildRows } from './child-rows';

/** One statement of a record by id and the columns it reads, with the alias of each. */
interface Statement {
  sql: string;
  columns: ReadColumn[];
  children: { relation: string; metadata: EntityMetadata; id: string; columns: ReadColumn[] }[];
}

/**
 * Reads one record by id with its child rows and, when asked, the path of its org, in one
 * statement. The SQL is written once per variant from the entity's metadata and the rows are
 * hydrated by the driver column by column, as TypeORM's query builder does: building and hydrating
 * through the builder took longer than the database took to answer (a read by id, every write).
 */
export class RecordReader<E extends ObjectLiteral> {
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly entity: EntityTarget<E>,
    private readonly children: readonly ChildRows[],
    /** The record's org column (a property name), for the scope path. */
    private readonly orgField: string | undefined,
  ) {}

  /** The record (undefined: none), and its org's path when `withScopePath`. */
  async read(manager: EntityManager, id: number, options: { withDeleted?: boolean; withScopePath?: boolean } = {}): Promise<{ record: E; scopePath: string | null } | undefined> {
    const statement = this.statement(manager, Boolean(options.withDeleted), Boolean(options.withScopePath && this.orgField));
    const rows = await readRows(manager, statement.sql, [id]);
    if (rows.length === 0) return undefined;
    const driver = manager.connection.driver;
    const record = hydrate(driver, manager.connection.getMetadata(this.entity), statement.columns, rows[0]);
    for (const child of statement.children) {
      // several children multiply the joined rows: each child row once, in id order
      const seen = new Map<unknown, Row>();
      for (const row of rows) if (row[child.id] !== null && !seen.has(row[child.id])) seen.set(row[child.id], hydrate(driver, child.metadata, child.columns, row));
      record[child.relation] = [...seen.values()];
    }
    return { record: record as E, scopePath: (rows[0].scope_path as string | null | undefined) ?? null };
  }

  private statement(manager: EntityManager, withDeleted: boolean, withScopePath: boolean): Statement {
    const key = `${withDeleted}|${withScopePath}`;
    let statement = this.statements.get(key);
    if (!statement) this.statements.set(key, (statement = this.write(manager, withDeleted, withScopePath)));
    return statement;
  }

  private write(manager: EntityManager, withDeleted: boolean, withScopePath: boolean): Statement {
    const metadata = manager.connection.getMetadata(this.entity);
    const driver = manager.connection.driver;
    const q = (name: string) => driver.escape(name);
    const columnsOf = (alias: string, of: EntityMetadata) => aliased(alias, readableColumns(of));
    const selectOf = (alias: string, columns: ReadColumn[]) => selectList(driver, alias, columns);
    const columns = columnsOf('r', metadata);
    const select = selectOf('r', columns);
    const joins: string[] = [];
    const order: string[] = [];
    const children = this.children.map((child, i) => {
      const alias = `c${i}`;
      const childMetadata = manager.connection.getMetadata(child.entity);
      const childColumns = columnsOf(alias, childMetadata);
      const primary = childMetadata.primaryColumns[0];
      const parentKey = childMetadata.findColumnWithPropertyName(child.parentKey)!;
      const live = childMetadata.deleteDateColumn ? ` AND ${q(alias)}.${q(childMetadata.deleteDateColumn.databaseName)} IS NULL` : '';
      select.push(...selectOf(alias, childColumns));
      joins.push(`LEFT JOIN ${q(childMetadata.tableName)} ${q(alias)} ON ${q(alias)}.${q(parentKey.databaseName)} = ${q('r')}.${q(metadata.primaryColumns[0].databaseName)}${live}`);
      order.push(`${q(alias)}.${q(primary.databaseName)} ASC`);
      const id = childColumns.find(({ column }) => column === primary)!.alias;
      return { relation: child.relation, metadata: childMetadata, id, columns: childColumns };
    });
    if (withScopePath) {
      const orgColumn = metadata.findColumnWithPropertyName(this.orgField!)!;
      select.push(`${q('scope_org')}.${q('path')} AS ${q('scope_path')}`);
      joins.push(`LEFT JOIN ${q('orgs')} ${q('scope_org')} ON ${q('scope_org')}.${q('id')} = ${q('r')}.${q(orgColumn.databaseName)}`);
    }
    const live = !withDeleted && metadata.deleteDateColumn ? ` AND ${q('r')}.${q(metadata.deleteDateColumn.databaseName)} IS NULL` : '';
    const sql =
      `SELECT ${select.join(', ')} FROM ${q(metadata.tableName)} ${q('r')} ${joins.join(' ')} ` +
      `WHERE ${q('r')}.${q(metadata.primaryColumns[0].databaseName)} = ?${live}${order.length ? ` ORDER BY ${order.join(', ')}` : ''}`;
    return { sql, columns, children };
  }
}
