import { MigrationInterface, QueryRunner } from 'typeorm';

export class PartyWorkRecords1795881828907 implements MigrationInterface {
  name = 'PartyWorkRecords1795881828907';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE `recruitments` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `deletedAt` datetime(6) NULL, `orgId` int NOT NULL, `memberId` int NOT NULL, `date` date NOT NULL, `category` varchar(32) NOT NULL, `sourceUnit` varchar(100) NULL, `note` varchar(500) NULL, INDEX `idx_recruitments_member` (`memberId`), INDEX `idx_recruitments_date` (`date`), INDEX `idx_recruitments_org_date` (`orgId`, `date`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `development_records` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `deletedAt` datetime(6) NULL, `orgId` int NOT NULL, `memberId` int NOT NULL, `applicationDate` date NOT NULL, `talkDate` date NULL, `activistDate` date NULL, `lastReviewDate` date NULL, `candidateDate` date NULL, `probationaryDate` date NULL, `extensionMonths` int NULL, `extensionReason` varchar(200) NULL, `fullMemberDate` date NULL, `introducers` varchar(100) NULL, `trainingHours` int NULL, `note` varchar(1000) NULL, `stage` varchar(16) NOT NULL, `nextStep` varchar(32) NULL, `dueDate` date NULL, INDEX `idx_development_member` (`memberId`), INDEX `idx_development_due` (`dueDate`), INDEX `idx_development_org` (`orgId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `research_trips` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `deletedAt` datetime(6) NULL, `orgId` int NOT NULL, `topic` varchar(200) NOT NULL, `startDate` date NOT NULL, `endDate` date NOT NULL, `destination` varchar(200) NOT NULL, `leader` varchar(50) NULL, `participants` varchar(500) NULL, `method` varchar(16) NOT NULL, `serviceArea` varchar(16) NOT NULL, `focus` varchar(16) NULL, `findings` text NULL, `suggestions` text NULL, INDEX `idx_research_trips_start` (`startDate`), INDEX `idx_research_trips_org_start` (`orgId`, `startDate`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `deeds` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `deletedAt` datetime(6) NULL, `orgId` int NOT NULL, `title` varchar(200) NOT NULL, `serviceArea` varchar(16) NOT NULL, `focus` varchar(16) NULL, `source` varchar(16) NOT NULL, `sourceTripId` int NULL, `beneficiaryGroup` varchar(100) NULL, `responsible` varchar(50) NULL, `plannedStart` date NOT NULL, `plannedEnd` date NULL, `status` varchar(16) NOT NULL, `completedDate` date NULL, `beneficiaries` int NULL, `outcome` text NULL, INDEX `idx_deeds_trip` (`sourceTripId`), INDEX `idx_deeds_start` (`plannedStart`), INDEX `idx_deeds_org_start` (`orgId`, `plannedStart`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `deed_milestones` (`id` int NOT NULL AUTO_INCREMENT, `deedId` int NOT NULL, `date` date NOT NULL, `progress` int NOT NULL, `note` varchar(200) NULL, INDEX `idx_milestones_deed` (`deedId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `volunteer_services` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `deletedAt` datetime(6) NULL, `orgId` int NOT NULL, `title` varchar(200) NOT NULL, `date` date NOT NULL, `place` varchar(200) NULL, `participants` int NOT NULL, `hours` decimal(6,1) NOT NULL, `description` text NULL, INDEX `idx_volunteer_date` (`date`), INDEX `idx_volunteer_org_date` (`orgId`, `date`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `volunteer_service_members` (`id` int NOT NULL AUTO_INCREMENT, `volunteerServiceId` int NOT NULL, `memberId` int NOT NULL, INDEX `idx_volunteer_member` (`memberId`), UNIQUE INDEX `uq_volunteer_member` (`volunteerServiceId`, `memberId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("ALTER TABLE `members` ADD `ethnicity` varchar(20) NULL");
    await runner.query("ALTER TABLE `members` ADD `education` varchar(16) NULL");
    await runner.query("ALTER TABLE `members` ADD `occupation` varchar(16) NULL");
    await runner.query("ALTER TABLE `members` ADD `joinedPartyDate` date NULL");
    await runner.query("ALTER TABLE `recruitments` ADD CONSTRAINT `FK_6c846d53e7cb35f95cfe3056081` FOREIGN KEY (`orgId`) REFERENCES `orgs`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `recruitments` ADD CONSTRAINT `FK_ea279bef993b9893cdeff332cab` FOREIGN KEY (`memberId`) REFERENCES `members`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `development_records` ADD CONSTRAINT `FK_30f008c5e7223e7505ad9c430d1` FOREIGN KEY (`orgId`) REFERENCES `orgs`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `development_records` ADD CONSTRAINT `FK_ed2536b508df6bcb1dcaafd972f` FOREIGN KEY (`memberId`) REFERENCES `members`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `research_trips` ADD CONSTRAINT `FK_8e61137bbb640222c3724076340` FOREIGN KEY (`orgId`) REFERENCES `orgs`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `deeds` ADD CONSTRAINT `FK_b9060dfb51ae70384c6dc60a97b` FOREIGN KEY (`orgId`) REFERENCES `orgs`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `deeds` ADD CONSTRAINT `FK_f8fd8ebea06598930b8dc49a17e` FOREIGN KEY (`sourceTripId`) REFERENCES `research_trips`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `deed_milestones` ADD CONSTRAINT `FK_5297020cd57db69ccf0074369ab` FOREIGN KEY (`deedId`) REFERENCES `deeds`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `volunteer_services` ADD CONSTRAINT `FK_deb9cab57d31bd15addbd94a769` FOREIGN KEY (`orgId`) REFERENCES `orgs`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `volunteer_service_members` ADD CONSTRAINT `FK_c2c9298cd4e3f4edfac7978c417` FOREIGN KEY (`volunteerServiceId`) REFERENCES `volunteer_services`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `volunteer_service_members` ADD CONSTRAINT `FK_0035a259ee9207959b26f8c0d18` FOREIGN KEY (`memberId`) REFERENCES `members`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("ALTER TABLE `volunteer_service_members` DROP FOREIGN KEY `FK_0035a259ee9207959b26f8c0d18`");
    await runner.query("ALTER TABLE `volunteer_service_members` DROP FOREIGN KEY `FK_c2c9298cd4e3f4edfac7978c417`");
    await runner.query("ALTER TABLE `volunteer_services` DROP FOREIGN KEY `FK_deb9cab57d31bd15addbd94a769`");
    await runner.query("ALTER TABLE `deed_milestones` DROP FOREIGN KEY `FK_5297020cd57db69ccf0074369ab`");
    await runner.query("ALTER TABLE `deeds` DROP FOREIGN KEY `FK_f8fd8ebea06598930b8dc49a17e`");
    await runner.query("ALTER TABLE `deeds` DROP FOREIGN KEY `FK_b9060dfb51ae70384c6dc60a97b`");
    await runner.query("ALTER TABLE `research_trips` DROP FOREIGN KEY `FK_8e61137bbb640222c3724076340`");
    await runner.query("ALTER TABLE `development_records` DROP FOREIGN KEY `FK_ed2536b508df6bcb1dcaafd972f`");
    await runner.query("ALTER TABLE `development_records` DROP FOREIGN KEY `FK_30f008c5e7223e7505ad9c430d1`");
    await runner.query("ALTER TABLE `recruitments` DROP FOREIGN KEY `FK_ea279bef993b9893cdeff332cab`");
    await runner.query("ALTER TABLE `recruitments` DROP FOREIGN KEY `FK_6c846d53e7cb35f95cfe3056081`");
    await runner.query("ALTER TABLE `members` DROP COLUMN `joinedPartyDate`");
    await runner.query("ALTER TABLE `members` DROP COLUMN `occupation`");
    await runner.query("ALTER TABLE `members` DROP COLUMN `education`");
    await runner.query("ALTER TABLE `members` DROP COLUMN `ethnicity`");
    await runner.query("DROP INDEX `uq_volunteer_member` ON `volunteer_service_members`");
    await runner.query("DROP INDEX `idx_volunteer_member` ON `volunteer_service_members`");
    await runner.query("DROP TABLE `volunteer_service_members`");
    await runner.query("DROP INDEX `idx_volunteer_org_date` ON `volunteer_services`");
    await runner.query("DROP INDEX `idx_volunteer_date` ON `volunteer_services`");
    await runner.query("DROP TABLE `volunteer_services`");
    await runner.query("DROP INDEX `idx_milestones_deed` ON `deed_milestones`");
    await runner.query("DROP TABLE `deed_milestones`");
    await runner.query("DROP INDEX `idx_deeds_org_start` ON `deeds`");
    await runner.query("DROP INDEX `idx_deeds_start` ON `deeds`");
    await runner.query("DROP INDEX `idx_deeds_trip` ON `deeds`");
    await runner.query("DROP TABLE `deeds`");
    await runner.query("DROP INDEX `idx_research_trips_org_start` ON `research_trips`");
    await runner.query("DROP INDEX `idx_research_trips_start` ON `research_trips`");
    await runner.query("DROP TABLE `research_trips`");
    await runner.query("DROP INDEX `idx_development_org` ON `development_records`");
    await runner.query("DROP INDEX `idx_development_due` ON `development_records`");
    await runner.query("DROP INDEX `idx_development_member` ON `development_records`");
    await runner.query("DROP TABLE `development_records`");
    await runner.query("DROP INDEX `idx_recruitments_org_date` ON `recruitments`");
    await runner.query("DROP INDEX `idx_recruitments_date` ON `recruitments`");
    await runner.query("DROP INDEX `idx_recruitments_member` ON `recruitments`");
    await runner.query("DROP TABLE `recruitments`");
  }
}
