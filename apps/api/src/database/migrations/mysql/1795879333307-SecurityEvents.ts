import { MigrationInterface, QueryRunner } from 'typeorm';

export class SecurityEvents1795879333307 implements MigrationInterface {
  name = 'SecurityEvents1795879333307';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("ALTER TABLE `audit_logs` ADD `ip` varchar(45) NULL");
    await runner.query("ALTER TABLE `refresh_tokens` ADD `replacedAt` datetime NULL");
    await runner.query("DROP INDEX `idx_audit_record` ON `audit_logs`");
    await runner.query("ALTER TABLE `audit_logs` CHANGE `recordId` `recordId` int NULL");
    await runner.query("CREATE INDEX `idx_audit_record` ON `audit_logs` (`resource`, `recordId`)");
    await runner.query("CREATE INDEX `idx_refresh_expires` ON `refresh_tokens` (`expiresAt`)");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DROP INDEX `idx_refresh_expires` ON `refresh_tokens`");
    await runner.query("DROP INDEX `idx_audit_record` ON `audit_logs`");
    await runner.query("ALTER TABLE `audit_logs` CHANGE `recordId` `recordId` int NOT NULL");
    await runner.query("CREATE INDEX `idx_audit_record` ON `audit_logs` (`resource`, `recordId`)");
    await runner.query("ALTER TABLE `refresh_tokens` DROP COLUMN `replacedAt`");
    await runner.query("ALTER TABLE `audit_logs` DROP COLUMN `ip`");
  }
}
