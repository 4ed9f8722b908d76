import 'reflect-metadata';
import { getMetadataArgsStorage } from 'typeorm';
import { ENTITIES, resourceLabelOfTable } from './entities';

describe('entities', () => {
  it('name a resource for every table that records hang off an org by (messages say what is left)', () => {
    const storage = getMetadataArgsStorage();
    const hasOrgId = (entity: Function) =>
      storage.columns.some((column) => column.propertyName === 'orgId' && (column.target === entity || entity.prototype instanceof (column.target as Function)));
    const tables = ENTITIES.filter((entity) => entity.name !== 'Org' && hasOrgId(entity)).map(
      (entity) => storage.tables.find((table) => table.target === entity)!.name!,
    );
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) expect([table, resourceLabelOfTable(table)]).toEqual([table, expect.stringMatching(/[\u4e00-\u9fff]/)]);
  });

  it('reads resource names from table names with underscores', () => {
    expect(resourceLabelOfTable('development_records')).toBe('发展党员');
    expect(resourceLabelOfTable('meeting_attendance')).toBe('');
  });
});
