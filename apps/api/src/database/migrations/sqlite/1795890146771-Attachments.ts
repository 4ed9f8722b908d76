import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1795890146771 implements MigrationInterface {
  name = 'Attachments1795890146771';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE \"attachments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"deletedAt\" datetime, \"resource\" varchar(32) NOT NULL, \"recordId\" integer NOT NULL, \"fileName\" varchar(255) NOT NULL, \"mediaType\" varchar(100) NOT NULL, \"kind\" varchar(16) NOT NULL, \"size\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"width\" integer, \"height\" integer, \"inReport\" boolean NOT NULL DEFAULT (0), \"createdByName\" varchar(100) NOT NULL)");
    await runner.query("CREATE INDEX \"idx_attachment_record\" ON \"attachments\" (\"resource\", \"recordId\") ");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DROP INDEX \"idx_attachment_record\"");
    await runner.query("DROP TABLE \"attachments\"");
  }
}
