import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for meeting lists at a million rows: every list reads live rows only (`deletedAt IS NULL`),
 * so that column sits before the date in each index, and a page, its count and the ids of a deep
 * page are answered from the index alone. The org index gains it too and replaces the old one.
 */
export class ListIndexes1795900000000 implements MigrationInterface {
  name = 'ListIndexes1795900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX `idx_meetings_org_live_date` ON `meetings` (`orgId`, `deletedAt`, `date`)');
    await runner.query('CREATE INDEX `idx_meetings_live_date` ON `meetings` (`deletedAt`, `date`)');
    await runner.query('CREATE INDEX `idx_meetings_category_date` ON `meetings` (`category`, `deletedAt`, `date`)');
    await runner.query('DROP INDEX `idx_meetings_org_date` ON `meetings`');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX `idx_meetings_org_date` ON `meetings` (`orgId`, `date`)');
    await runner.query('DROP INDEX `idx_meetings_category_date` ON `meetings`');
    await runner.query('DROP INDEX `idx_meetings_live_date` ON `meetings`');
    await runner.query('DROP INDEX `idx_meetings_org_live_date` ON `meetings`');
  }
}
