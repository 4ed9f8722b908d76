import { DataSource, DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from '../../../apps/api/src/database/data-source-options';
import { startTestApp, TestApp } from '../support/test-app';

/** The schema the migrations build is the one the entities describe, on the run's database. */
describe('migrations against the entities', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('leave nothing for TypeORM to change', async () => {
    let reader = t.dataSource;
    let own: DataSource | undefined;
    if (t.database.kind === 'mysql') {
      // MariaDB reports a nullable column's default as the text NULL: read it as MariaDB, or every such column looks changed.
      const [{ version }] = await t.dataSource.query('SELECT VERSION() AS version');
      if (/mariadb/i.test(version)) {
        own = new DataSource({ ...dataSourceOptions(t.database), type: 'mariadb', migrationsRun: false } as DataSourceOptions);
        reader = await own.initialize();
      }
    }
    try {
      const pending = await reader.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await own?.destroy();
    }
  });
});
