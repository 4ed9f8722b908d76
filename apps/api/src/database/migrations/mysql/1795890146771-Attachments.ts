import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1795890146771 implements MigrationInterface {
  name = 'Attachments1795890146771';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE `attachments` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `deletedAt` datetime(6) NULL, `resource` varchar(32) NOT NULL, `recordId` int NOT NULL, `fileName` varchar(255) NOT NULL, `mediaType` varchar(100) NOT NULL, `kind` varchar(16) NOT NULL, `size` int NOT NULL, `sha256` varchar(64) NOT NULL, `width` int NULL, `height` int NULL, `inReport` tinyint NOT NULL DEFAULT 0, `createdByName` varchar(100) NOT NULL, INDEX `idx_attachment_record` (`resource`, `recordId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DROP INDEX `idx_attachment_record` ON `attachments`");
    await runner.query("DROP TABLE `attachments`");
  }
}
