import { MigrationInterface, QueryRunner } from 'typeorm';

/** The meeting list indexes of the MySQL migration of the same name. */
export class ListIndexes1795900000000 implements MigrationInterface {
  name = 'ListIndexes1795900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX "idx_meetings_org_live_date" ON "meetings" ("orgId", "deletedAt", "date")');
    await runner.query('CREATE INDEX "idx_meetings_live_date" ON "meetings" ("deletedAt", "date")');
    await runner.query('CREATE INDEX "idx_meetings_category_date" ON "meetings" ("category", "deletedAt", "date")');
    await runner.query('DROP INDEX "idx_meetings_org_date"');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX "idx_meetings_org_date" ON "meetings" ("orgId", "date")');
    await runner.query('DROP INDEX "idx_meetings_category_date"');
    await runner.query('DROP INDEX "idx_meetings_live_date"');
    await runner.query('DROP INDEX "idx_meetings_org_live_date"');
  }
}
