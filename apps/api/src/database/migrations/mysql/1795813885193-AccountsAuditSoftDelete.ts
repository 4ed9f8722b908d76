import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAuditSoftDelete1795813885193 implements MigrationInterface {
  name = 'AccountsAuditSoftDelete1795813885193';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE `audit_logs` (`id` int NOT NULL AUTO_INCREMENT, `actorId` int NULL, `actorName` varchar(100) NOT NULL, `action` varchar(16) NOT NULL, `resource` varchar(50) NOT NULL, `recordId` int NOT NULL, `before` json NULL, `after` json NULL, `at` datetime(3) NOT NULL, INDEX `idx_audit_actor` (`actorId`), INDEX `idx_audit_at` (`at`), INDEX `idx_audit_record` (`resource`, `recordId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `users` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `deletedAt` datetime(6) NULL, `username` varchar(32) NOT NULL, `displayName` varchar(50) NOT NULL, `role` varchar(16) NOT NULL, `orgId` int NULL, `disabled` tinyint NOT NULL DEFAULT 0, `passwordHash` varchar(255) NOT NULL, `sessionVersion` int NOT NULL DEFAULT '1', UNIQUE INDEX `uq_users_username` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `refresh_tokens` (`id` int NOT NULL AUTO_INCREMENT, `userId` int NOT NULL, `tokenHash` varchar(64) NOT NULL, `expiresAt` datetime NOT NULL, `revokedAt` datetime NULL, `createdAt` datetime NOT NULL, INDEX `idx_refresh_user` (`userId`), UNIQUE INDEX `uq_refresh_hash` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("ALTER TABLE `orgs` ADD `deletedAt` datetime(6) NULL");
    await runner.query("ALTER TABLE `members` ADD `deletedAt` datetime(6) NULL");
    await runner.query("ALTER TABLE `meetings` ADD `deletedAt` datetime(6) NULL");
    await runner.query("ALTER TABLE `users` ADD CONSTRAINT `FK_1890588e47e133fd85670f187d6` FOREIGN KEY (`orgId`) REFERENCES `orgs`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `refresh_tokens` ADD CONSTRAINT `FK_610102b60fea1455310ccd299de` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("ALTER TABLE `refresh_tokens` DROP FOREIGN KEY `FK_610102b60fea1455310ccd299de`");
    await runner.query("ALTER TABLE `users` DROP FOREIGN KEY `FK_1890588e47e133fd85670f187d6`");
    await runner.query("ALTER TABLE `meetings` DROP COLUMN `deletedAt`");
    await runner.query("ALTER TABLE `members` DROP COLUMN `deletedAt`");
    await runner.query("ALTER TABLE `orgs` DROP COLUMN `deletedAt`");
    await runner.query("DROP INDEX `uq_refresh_hash` ON `refresh_tokens`");
    await runner.query("DROP INDEX `idx_refresh_user` ON `refresh_tokens`");
    await runner.query("DROP TABLE `refresh_tokens`");
    await runner.query("DROP INDEX `uq_users_username` ON `users`");
    await runner.query("DROP TABLE `users`");
    await runner.query("DROP INDEX `idx_audit_record` ON `audit_logs`");
    await runner.query("DROP INDEX `idx_audit_at` ON `audit_logs`");
    await runner.query("DROP INDEX `idx_audit_actor` ON `audit_logs`");
    await runner.query("DROP TABLE `audit_logs`");
  }
}
