import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportsAndSnapshots1795886908626 implements MigrationInterface {
  name = 'ReportsAndSnapshots1795886908626';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE `compliance_rules` (`id` int NOT NULL AUTO_INCREMENT, `category` varchar(32) NOT NULL, `frequency` varchar(16) NOT NULL, `required` int NOT NULL, `orgTypes` text NOT NULL, `source` varchar(100) NOT NULL, UNIQUE INDEX `uq_compliance_category` (`category`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `reports` (`id` int NOT NULL AUTO_INCREMENT, `year` int NOT NULL, `orgId` int NOT NULL, `summary` text NOT NULL, `updatedBy` int NULL, `updatedByName` varchar(100) NOT NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `version` int NOT NULL, UNIQUE INDEX `uq_report_draft` (`year`, `orgId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `report_snapshots` (`id` int NOT NULL AUTO_INCREMENT, `year` int NOT NULL, `orgId` int NOT NULL, `report` json NOT NULL, `summary` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `createdBy` int NULL, `createdByName` varchar(100) NOT NULL, `supersedes` int NULL, INDEX `idx_report_snapshot_year_org` (`year`, `orgId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DROP INDEX `idx_report_snapshot_year_org` ON `report_snapshots`");
    await runner.query("DROP TABLE `report_snapshots`");
    await runner.query("DROP INDEX `uq_report_draft` ON `reports`");
    await runner.query("DROP TABLE `reports`");
    await runner.query("DROP INDEX `uq_compliance_category` ON `compliance_rules`");
    await runner.query("DROP TABLE `compliance_rules`");
  }
}
