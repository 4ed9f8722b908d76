import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportsAndSnapshots1795886908626 implements MigrationInterface {
  name = 'ReportsAndSnapshots1795886908626';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE \"compliance_rules\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"category\" varchar(32) NOT NULL, \"frequency\" varchar(16) NOT NULL, \"required\" integer NOT NULL, \"orgTypes\" text NOT NULL, \"source\" varchar(100) NOT NULL, CONSTRAINT \"uq_compliance_category\" UNIQUE (\"category\"))");
    await runner.query("CREATE TABLE \"reports\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"year\" integer NOT NULL, \"orgId\" integer NOT NULL, \"summary\" text NOT NULL, \"updatedBy\" integer, \"updatedByName\" varchar(100) NOT NULL, \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, CONSTRAINT \"uq_report_draft\" UNIQUE (\"year\", \"orgId\"))");
    await runner.query("CREATE TABLE \"report_snapshots\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"year\" integer NOT NULL, \"orgId\" integer NOT NULL, \"report\" json NOT NULL, \"summary\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"createdByName\" varchar(100) NOT NULL, \"supersedes\" integer)");
    await runner.query("CREATE INDEX \"idx_report_snapshot_year_org\" ON \"report_snapshots\" (\"year\", \"orgId\") ");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DROP INDEX \"idx_report_snapshot_year_org\"");
    await runner.query("DROP TABLE \"report_snapshots\"");
    await runner.query("DROP TABLE \"reports\"");
    await runner.query("DROP TABLE \"compliance_rules\"");
  }
}
