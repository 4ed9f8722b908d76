import { MigrationInterface, QueryRunner } from 'typeorm';

export class SocietyWorkRecords1795883641497 implements MigrationInterface {
  name = 'SocietyWorkRecords1795883641497';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE `papers` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `deletedAt` datetime(6) NULL, `orgId` int NOT NULL, `title` varchar(200) NOT NULL, `authors` varchar(200) NOT NULL, `firstAuthor` varchar(50) NOT NULL, `authorUnit` varchar(100) NULL, `year` int NOT NULL, `submittedDate` date NULL, `dimension` varchar(16) NOT NULL, `award` varchar(32) NOT NULL, INDEX `idx_papers_duplicate` (`year`, `firstAuthor`), INDEX `idx_papers_year` (`year`), INDEX `idx_papers_org_year` (`orgId`, `year`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `paper_authors` (`id` int NOT NULL AUTO_INCREMENT, `paperId` int NOT NULL, `memberId` int NOT NULL, INDEX `idx_paper_author_member` (`memberId`), UNIQUE INDEX `uq_paper_author` (`paperId`, `memberId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `outreach_activities` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `deletedAt` datetime(6) NULL, `orgId` int NOT NULL, `title` varchar(200) NOT NULL, `date` date NOT NULL, `venue` varchar(16) NOT NULL, `aspect` varchar(50) NOT NULL, `items` int NOT NULL, `audience` varchar(16) NOT NULL, `participants` int NULL, `materials` text NULL, INDEX `idx_outreach_date` (`date`), INDEX `idx_outreach_org_date` (`orgId`, `date`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `writer_contacts` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `deletedAt` datetime(6) NULL, `orgId` int NOT NULL, `date` date NOT NULL, `writer` varchar(50) NOT NULL, `unit` varchar(100) NULL, `mode` varchar(16) NOT NULL, `topic` varchar(200) NOT NULL, INDEX `idx_writer_contacts_writer` (`writer`), INDEX `idx_writer_contacts_date` (`date`), INDEX `idx_writer_contacts_org_date` (`orgId`, `date`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("CREATE TABLE `journal_posts` (`id` int NOT NULL AUTO_INCREMENT, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `createdBy` int NULL, `version` int NOT NULL, `deletedAt` datetime(6) NULL, `orgId` int NOT NULL, `title` varchar(200) NOT NULL, `channel` varchar(16) NOT NULL, `issue` varchar(50) NULL, `publishedDate` date NOT NULL, `kind` varchar(16) NOT NULL, `author` varchar(50) NULL, `writerContactId` int NULL, INDEX `idx_journal_writer_contact` (`writerContactId`), INDEX `idx_journal_date` (`publishedDate`), INDEX `idx_journal_org_date` (`orgId`, `publishedDate`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await runner.query("ALTER TABLE `papers` ADD CONSTRAINT `FK_d51d6479064c36db759171394ed` FOREIGN KEY (`orgId`) REFERENCES `orgs`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `paper_authors` ADD CONSTRAINT `FK_7979de17a4a1318d9af8ecc70c1` FOREIGN KEY (`paperId`) REFERENCES `papers`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `paper_authors` ADD CONSTRAINT `FK_ebd6e6d9e658ae3a8f0b9e2b0a5` FOREIGN KEY (`memberId`) REFERENCES `members`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `outreach_activities` ADD CONSTRAINT `FK_d75e01c636fac25b1ebc9d4db95` FOREIGN KEY (`orgId`) REFERENCES `orgs`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `writer_contacts` ADD CONSTRAINT `FK_9dff1efc9b163b3879fbefca313` FOREIGN KEY (`orgId`) REFERENCES `orgs`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `journal_posts` ADD CONSTRAINT `FK_c3c60df64113e94cee7a826ccf2` FOREIGN KEY (`orgId`) REFERENCES `orgs`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE `journal_posts` ADD CONSTRAINT `FK_207e240f3c5b1b278f903dc2cbf` FOREIGN KEY (`writerContactId`) REFERENCES `writer_contacts`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("ALTER TABLE `journal_posts` DROP FOREIGN KEY `FK_207e240f3c5b1b278f903dc2cbf`");
    await runner.query("ALTER TABLE `journal_posts` DROP FOREIGN KEY `FK_c3c60df64113e94cee7a826ccf2`");
    await runner.query("ALTER TABLE `writer_contacts` DROP FOREIGN KEY `FK_9dff1efc9b163b3879fbefca313`");
    await runner.query("ALTER TABLE `outreach_activities` DROP FOREIGN KEY `FK_d75e01c636fac25b1ebc9d4db95`");
    await runner.query("ALTER TABLE `paper_authors` DROP FOREIGN KEY `FK_ebd6e6d9e658ae3a8f0b9e2b0a5`");
    await runner.query("ALTER TABLE `paper_authors` DROP FOREIGN KEY `FK_7979de17a4a1318d9af8ecc70c1`");
    await runner.query("ALTER TABLE `papers` DROP FOREIGN KEY `FK_d51d6479064c36db759171394ed`");
    await runner.query("DROP INDEX `idx_journal_org_date` ON `journal_posts`");
    await runner.query("DROP INDEX `idx_journal_date` ON `journal_posts`");
    await runner.query("DROP INDEX `idx_journal_writer_contact` ON `journal_posts`");
    await runner.query("DROP TABLE `journal_posts`");
    await runner.query("DROP INDEX `idx_writer_contacts_org_date` ON `writer_contacts`");
    await runner.query("DROP INDEX `idx_writer_contacts_date` ON `writer_contacts`");
    await runner.query("DROP INDEX `idx_writer_contacts_writer` ON `writer_contacts`");
    await runner.query("DROP TABLE `writer_contacts`");
    await runner.query("DROP INDEX `idx_outreach_org_date` ON `outreach_activities`");
    await runner.query("DROP INDEX `idx_outreach_date` ON `outreach_activities`");
    await runner.query("DROP TABLE `outreach_activities`");
    await runner.query("DROP INDEX `uq_paper_author` ON `paper_authors`");
    await runner.query("DROP INDEX `idx_paper_author_member` ON `paper_authors`");
    await runner.query("DROP TABLE `paper_authors`");
    await runner.query("DROP INDEX `idx_papers_org_year` ON `papers`");
    await runner.query("DROP INDEX `idx_papers_year` ON `papers`");
    await runner.query("DROP INDEX `idx_papers_duplicate` ON `papers`");
    await runner.query("DROP TABLE `papers`");
  }
}
