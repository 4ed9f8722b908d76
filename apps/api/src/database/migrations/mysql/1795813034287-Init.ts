import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795813034287 implements MigrationInterface {
  name = 'Init1795813034287';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE `orgs` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `name` varchar(100) NOT NULL, `type` varchar(32) NOT NULL, `parentId` int NULL, `path` varchar(255) NOT NULL DEFAULT '', INDEX `idx_orgs_path` (`path`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `members` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `orgId` int NOT NULL, `name` varchar(50) NOT NULL, `gender` varchar(16) NOT NULL, `birthDate` date NULL, `unit` varchar(100) NULL, `position` varchar(100) NULL, `politicalStatus` varchar(32) NOT NULL, `societyRoles` text NULL, `phone` varchar(20) NULL, INDEX `idx_members_org` (`orgId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `meetings` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `orgId` int NOT NULL, `category` varchar(32) NOT NULL, `session` varchar(50) NULL, `topic` varchar(200) NOT NULL, `date` date NOT NULL, `format` varchar(16) NOT NULL, `host` varchar(50) NULL, `recorder` varchar(50) NULL, `expectedCount` int NOT NULL, `attendedCount` int NOT NULL, `minutes` text NULL, `resolutions` text NULL, INDEX `idx_meetings_date` (`date`), INDEX `idx_meetings_org_date` (`orgId`, `date`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `meeting_attendance` (`id` int NOT NULL AUTO_INCREMENT, `meetingId` int NOT NULL, `memberId` int NOT NULL, `status` varchar(16) NOT NULL, `reason` varchar(200) NULL, INDEX `idx_attendance_member` (`memberId`), UNIQUE INDEX `uq_attendance_member` (`meetingId`, `memberId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("ALTER TABLE `orgs` ADD CONSTRAINT `FK_3809409369540634b649e69b7df` FOREIGN KEY (`parentId`) REFERENCES `orgs`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `members` ADD CONSTRAINT `FK_f3d157324c6405e8d2232b4c8f0` FOREIGN KEY (`orgId`) REFERENCES `orgs`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `meetings` ADD CONSTRAINT `FK_fee7a0b26124e5b87fa549c64af` FOREIGN KEY (`orgId`) REFERENCES `orgs`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `meeting_attendance` ADD CONSTRAINT `FK_ecdef7c62282d4473d83ea14973` FOREIGN KEY (`meetingId`) REFERENCES `meetings`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `meeting_attendance` ADD CONSTRAINT `FK_9da50339073b3a938867bec4f37` FOREIGN KEY (`memberId`) REFERENCES `members`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("ALTER TABLE `meeting_attendance` DROP FOREIGN KEY `FK_9da50339073b3a938867bec4f37`");
    await runner.query("ALTER TABLE `meeting_attendance` DROP FOREIGN KEY `FK_ecdef7c62282d4473d83ea14973`");
    await runner.query("ALTER TABLE `meetings` DROP FOREIGN KEY `FK_fee7a0b26124e5b87fa549c64af`");
    await runner.query("ALTER TABLE `members` DROP FOREIGN KEY `FK_f3d157324c6405e8d2232b4c8f0`");
    await runner.query("ALTER TABLE `orgs` DROP FOREIGN KEY `FK_3809409369540634b649e69b7df`");
    await runner.query("DROP INDEX `uq_attendance_member` ON `meeting_attendance`");
    await runner.query("DROP INDEX `idx_attendance_member` ON `meeting_attendance`");
    await runner.query("DROP TABLE `meeting_attendance`");
    await runner.query("DROP INDEX `idx_meetings_org_date` ON `meetings`");
    await runner.query("DROP INDEX `idx_meetings_date` ON `meetings`");
    await runner.query("DROP TABLE `meetings`");
    await runner.query("DROP INDEX `idx_members_org` ON `members`");
    await runner.query("DROP TABLE `members`");
    await runner.query("DROP INDEX `idx_orgs_path` ON `orgs`");
    await runner.query("DROP TABLE `orgs`");
  }
}
