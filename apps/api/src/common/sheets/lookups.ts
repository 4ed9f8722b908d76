import { EntityManager } from 'typeorm';
import { SheetColumn, SheetSpec } from './sheet-spec';

type Row = Record<string, unknown>;

/**
 * Names for the ids a page of records holds: orgs (all, once), members and other records (those
 * the page names, one query per kind and page). Exports read names, never ids.
 */
export class Lookups {
  private orgs?: Map<number, string>;
  private readonly names = new Map<string, Map<number, string>>();

  constructor(
    private readonly manager: EntityManager,
    private readonly spec: SheetSpec,
  ) {}

  /** Loads the names a page needs. */
  async load(rows: Row[]): Promise<void> {
    if (!this.orgs && this.spec.columns.some((c) => c.type.kind === 'org')) {
      const orgs = await this.manager.query('SELECT id, name FROM orgs');
      this.orgs = new Map((orgs as { id: number; name: string }[]).map((o) => [Number(o.id), o.name]));
    }
    const memberIds = new Set<number>();
    for (const column of this.spec.columns) {
      const kind = column.type.kind;
      if (kind === 'member') rows.forEach((row) => typeof row[column.field] === 'number' && memberIds.add(row[column.field] as number));
      if (kind === 'members') rows.forEach((row) => ((row[column.field] as number[] | undefined) ?? []).forEach((id) => memberIds.add(id)));
      if (column.type.kind === 'ref') await this.loadRefs(column, rows);
    }
    await this.fetch('members', [...memberIds], 'SELECT id, name FROM members WHERE id IN', (row) => String(row.name));
  }

  org(id: unknown): string {
    return typeof id === 'number' ? this.orgs?.get(id) ?? String(id) : '';
  }

  member(id: unknown): string {
    return typeof id === 'number' ? this.names.get('members')?.get(id) ?? String(id) : '';
  }

  ref(column: SheetColumn, id: unknown): string {
    return typeof id === 'number' ? this.names.get(column.field)?.get(id) ?? String(id) : '';
  }

  private async loadRefs(column: SheetColumn, rows: Row[]): Promise<void> {
    if (column.type.kind !== 'ref') return;
    const { table, labelColumns, label } = column.type;
    const ids = [...new Set(rows.map((row) => row[column.field]).filter((id): id is number => typeof id === 'number'))];
    await this.fetch(column.field, ids, `SELECT id, ${labelColumns.join(', ')} FROM ${table} WHERE id IN`, label);
  }

  private async fetch(key: string, ids: number[], select: string, label: (row: Row) => string): Promise<void> {
    const known = this.names.get(key) ?? new Map<number, string>();
    this.names.set(key, known);
    const missing = ids.filter((id) => !known.has(id));
    for (let i = 0; i < missing.length; i += 1000) {
      const chunk = missing.slice(i, i + 1000);
      const rows: Row[] = await this.manager.query(`${select} (${chunk.map(() => '?').join(', ')})`, chunk);
      for (const row of rows) known.set(Number(row.id), label(row));
    }
  }
}
