import { EntityManager } from 'typeorm';
import { AccessScope } from '../context/actor';
import { whereInSubtrees } from '../list-query/org-subtree';
import { SheetColumn } from './sheet-spec';

type Row = Record<string, unknown>;

/**
 * Names an import may use instead of ids — orgs, members, trips, writer contacts — resolved among
 * the records the importer may see, so another branch's name is as unknown as a name that does not
 * exist. A name that fits two records is ambiguous and must be written as the id.
 */
export class ImportLookups {
  private readonly byName = new Map<string, Map<string, number[]>>();

  constructor(
    private readonly manager: EntityManager,
    private readonly scope: AccessScope,
  ) {}

  /** Loads, once per kind, the candidates for every name the sheet uses. */
  async load(columns: SheetColumn[], values: Map<string, Set<string>>): Promise<void> {
    for (const column of columns) {
      const names = [...(values.get(column.field) ?? [])];
      const type = column.type;
      if (type.kind === 'org') await this.loadKind('org', names, 'orgs', ['name'], 'id', (row) => String(row.name));
      if (type.kind === 'member' || type.kind === 'members') await this.loadKind('member', names, 'members', ['name'], 'orgId', (row) => String(row.name));
      if (type.kind === 'ref') await this.loadKind(column.field, names, type.table, type.labelColumns, type.orgColumn, type.label, true);
    }
  }

  /** The id a name stands for: a number as is, a unique name by its record; otherwise why not. */
  resolve(kind: string, name: string): { id: number } | { error: string } {
    if (/^\d{1,10}$/.test(name)) return { id: Number(name) };
    const ids = this.byName.get(kind)?.get(name) ?? [];
    if (ids.length === 1) return { id: ids[0] };
    if (ids.length > 1) return { error: `“${name}”对应多条记录，请改填编号` };
    return { error: `找不到“${name}”，或不在您的组织范围内` };
  }

  private async loadKind(kind: string, names: string[], table: string, labelColumns: string[], orgColumn: string, label: (row: Row) => string, byFirstColumn = false): Promise<void> {
    const map = this.byName.get(kind) ?? new Map<string, number[]>();
    this.byName.set(kind, map);
    const wanted = names.filter((name) => !/^\d+$/.test(name));
    if (wanted.length === 0) return;
    // Labels like 肖雨涵（2021-02-01）are looked up by their first part (the writer), then matched whole.
    const keys = byFirstColumn ? [...new Set(wanted.map((name) => name.split('（')[0]))] : wanted;
    for (let i = 0; i < keys.length; i += 1000) {
      const qb = this.manager
        .createQueryBuilder()
        .select(['t.id AS id', ...labelColumns.map((column) => `t.${column} AS ${column}`)])
        .from(table, 't')
        .where('t.deletedAt IS NULL')
        .andWhere(`t.${labelColumns[0]} IN (:...keys)`, { keys: keys.slice(i, i + 1000) });
      if (this.scope.kind === 'subtrees') whereInSubtrees(qb, `t.${orgColumn}`, this.scope.orgIds);
      for (const row of await qb.getRawMany<Row>()) {
        const name = label(row);
        map.set(name, [...(map.get(name) ?? []), Number(row.id)]);
      }
    }
  }
}
