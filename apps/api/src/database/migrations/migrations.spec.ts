import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MYSQL_MIGRATIONS } from './mysql';
import { SQLITE_MIGRATIONS } from './sqlite';

/** A migration file that is not in its driver's list would never run; both drivers move in step. */
describe('migration lists', () => {
  const files = (driver: string) =>
    readdirSync(join(__dirname, driver))
      .filter((file) => /^\d+-\w+\.ts$/.test(file))
      .sort()
      .map((file) => file.replace(/^(\d+)-(\w+)\.ts$/, '$2$1'));

  it.each([
    ['sqlite', SQLITE_MIGRATIONS],
    ['mysql', MYSQL_MIGRATIONS],
  ])('registers every %s migration file, oldest first', (driver, migrations) => {
    const names = migrations.map((migration) => migration.name);
    expect(names).toEqual(files(driver));
    const stamps = names.map((name) => Number(/\d+$/.exec(name)![0]));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
  });

  it('has the same migrations for both drivers', () => {
    expect(SQLITE_MIGRATIONS.map((m) => m.name)).toEqual(MYSQL_MIGRATIONS.map((m) => m.name));
  });
});
