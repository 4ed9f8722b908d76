import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795813034287 implements MigrationInterface {
  name = 'Init1795813034287';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE \"orgs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"name\" varchar(100) NOT NULL, \"type\" varchar(32) NOT NULL, \"parentId\" integer, \"path\" varchar(255) NOT NULL DEFAULT (''))");
    await runner.query("CREATE INDEX \"idx_orgs_path\" ON \"orgs\" (\"path\") ");
    await runner.query("CREATE TABLE \"members\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"orgId\" integer NOT NULL, \"name\" varchar(50) NOT NULL, \"gender\" varchar(16) NOT NULL, \"birthDate\" date, \"unit\" varchar(100), \"position\" varchar(100), \"politicalStatus\" varchar(32) NOT NULL, \"societyRoles\" text, \"phone\" varchar(20))");
    await runner.query("CREATE INDEX \"idx_members_org\" ON \"members\" (\"orgId\") ");
    await runner.query("CREATE TABLE \"meetings\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"orgId\" integer NOT NULL, \"category\" varchar(32) NOT NULL, \"session\" varchar(50), \"topic\" varchar(200) NOT NULL, \"date\" date NOT NULL, \"format\" varchar(16) NOT NULL, \"host\" varchar(50), \"recorder\" varchar(50), \"expectedCount\" integer NOT NULL, \"attendedCount\" integer NOT NULL, \"minutes\" text, \"resolutions\" text)");
    await runner.query("CREATE INDEX \"idx_meetings_date\" ON \"meetings\" (\"date\") ");
    await runner.query("CREATE INDEX \"idx_meetings_org_date\" ON \"meetings\" (\"orgId\", \"date\") ");
    await runner.query("CREATE TABLE \"meeting_attendance\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"meetingId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"reason\" varchar(200), CONSTRAINT \"uq_attendance_member\" UNIQUE (\"meetingId\", \"memberId\"))");
    await runner.query("CREATE INDEX \"idx_attendance_member\" ON \"meeting_attendance\" (\"memberId\") ");
    await runner.query("DROP INDEX \"idx_orgs_path\"");
    await runner.query("CREATE TABLE \"temporary_orgs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"name\" varchar(100) NOT NULL, \"type\" varchar(32) NOT NULL, \"parentId\" integer, \"path\" varchar(255) NOT NULL DEFAULT (''), CONSTRAINT \"FK_3809409369540634b649e69b7df\" FOREIGN KEY (\"parentId\") REFERENCES \"orgs\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"temporary_orgs\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"name\", \"type\", \"parentId\", \"path\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"name\", \"type\", \"parentId\", \"path\" FROM \"orgs\"");
    await runner.query("DROP TABLE \"orgs\"");
    await runner.query("ALTER TABLE \"temporary_orgs\" RENAME TO \"orgs\"");
    await runner.query("CREATE INDEX \"idx_orgs_path\" ON \"orgs\" (\"path\") ");
    await runner.query("DROP INDEX \"idx_members_org\"");
    await runner.query("CREATE TABLE \"temporary_members\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"orgId\" integer NOT NULL, \"name\" varchar(50) NOT NULL, \"gender\" varchar(16) NOT NULL, \"birthDate\" date, \"unit\" varchar(100), \"position\" varchar(100), \"politicalStatus\" varchar(32) NOT NULL, \"societyRoles\" text, \"phone\" varchar(20), CONSTRAINT \"FK_f3d157324c6405e8d2232b4c8f0\" FOREIGN KEY (\"orgId\") REFERENCES \"orgs\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"temporary_members\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"name\", \"gender\", \"birthDate\", \"unit\", \"position\", \"politicalStatus\", \"societyRoles\", \"phone\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"name\", \"gender\", \"birthDate\", \"unit\", \"position\", \"politicalStatus\", \"societyRoles\", \"phone\" FROM \"members\"");
    await runner.query("DROP TABLE \"members\"");
    await runner.query("ALTER TABLE \"temporary_members\" RENAME TO \"members\"");
    await runner.query("CREATE INDEX \"idx_members_org\" ON \"members\" (\"orgId\") ");
    await runner.query("DROP INDEX \"idx_meetings_date\"");
    await runner.query("DROP INDEX \"idx_meetings_org_date\"");
    await runner.query("CREATE TABLE \"temporary_meetings\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"orgId\" integer NOT NULL, \"category\" varchar(32) NOT NULL, \"session\" varchar(50), \"topic\" varchar(200) NOT NULL, \"date\" date NOT NULL, \"format\" varchar(16) NOT NULL, \"host\" varchar(50), \"recorder\" varchar(50), \"expectedCount\" integer NOT NULL, \"attendedCount\" integer NOT NULL, \"minutes\" text, \"resolutions\" text, CONSTRAINT \"FK_fee7a0b26124e5b87fa549c64af\" FOREIGN KEY (\"orgId\") REFERENCES \"orgs\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"temporary_meetings\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"category\", \"session\", \"topic\", \"date\", \"format\", \"host\", \"recorder\", \"expectedCount\", \"attendedCount\", \"minutes\", \"resolutions\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"category\", \"session\", \"topic\", \"date\", \"format\", \"host\", \"recorder\", \"expectedCount\", \"attendedCount\", \"minutes\", \"resolutions\" FROM \"meetings\"");
    await runner.query("DROP TABLE \"meetings\"");
    await runner.query("ALTER TABLE \"temporary_meetings\" RENAME TO \"meetings\"");
    await runner.query("CREATE INDEX \"idx_meetings_date\" ON \"meetings\" (\"date\") ");
    await runner.query("CREATE INDEX \"idx_meetings_org_date\" ON \"meetings\" (\"orgId\", \"date\") ");
    await runner.query("DROP INDEX \"idx_attendance_member\"");
    await runner.query("CREATE TABLE \"temporary_meeting_attendance\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"meetingId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"reason\" varchar(200), CONSTRAINT \"uq_attendance_member\" UNIQUE (\"meetingId\", \"memberId\"), CONSTRAINT \"FK_ecdef7c62282d4473d83ea14973\" FOREIGN KEY (\"meetingId\") REFERENCES \"meetings\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_9da50339073b3a938867bec4f37\" FOREIGN KEY (\"memberId\") REFERENCES \"members\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"temporary_meeting_attendance\"(\"id\", \"meetingId\", \"memberId\", \"status\", \"reason\") SELECT \"id\", \"meetingId\", \"memberId\", \"status\", \"reason\" FROM \"meeting_attendance\"");
    await runner.query("DROP TABLE \"meeting_attendance\"");
    await runner.query("ALTER TABLE \"temporary_meeting_attendance\" RENAME TO \"meeting_attendance\"");
    await runner.query("CREATE INDEX \"idx_attendance_member\" ON \"meeting_attendance\" (\"memberId\") ");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DROP INDEX \"idx_attendance_member\"");
    await runner.query("ALTER TABLE \"meeting_attendance\" RENAME TO \"temporary_meeting_attendance\"");
    await runner.query("CREATE TABLE \"meeting_attendance\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"meetingId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"reason\" varchar(200), CONSTRAINT \"uq_attendance_member\" UNIQUE (\"meetingId\", \"memberId\"))");
    await runner.query("INSERT INTO \"meeting_attendance\"(\"id\", \"meetingId\", \"memberId\", \"status\", \"reason\") SELECT \"id\", \"meetingId\", \"memberId\", \"status\", \"reason\" FROM \"temporary_meeting_attendance\"");
    await runner.query("DROP TABLE \"temporary_meeting_attendance\"");
    await runner.query("CREATE INDEX \"idx_attendance_member\" ON \"meeting_attendance\" (\"memberId\") ");
    await runner.query("DROP INDEX \"idx_meetings_org_date\"");
    await runner.query("DROP INDEX \"idx_meetings_date\"");
    await runner.query("ALTER TABLE \"meetings\" RENAME TO \"temporary_meetings\"");
    await runner.query("CREATE TABLE \"meetings\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"orgId\" integer NOT NULL, \"category\" varchar(32) NOT NULL, \"session\" varchar(50), \"topic\" varchar(200) NOT NULL, \"date\" date NOT NULL, \"format\" varchar(16) NOT NULL, \"host\" varchar(50), \"recorder\" varchar(50), \"expectedCount\" integer NOT NULL, \"attendedCount\" integer NOT NULL, \"minutes\" text, \"resolutions\" text)");
    await runner.query("INSERT INTO \"meetings\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"category\", \"session\", \"topic\", \"date\", \"format\", \"host\", \"recorder\", \"expectedCount\", \"attendedCount\", \"minutes\", \"resolutions\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"category\", \"session\", \"topic\", \"date\", \"format\", \"host\", \"recorder\", \"expectedCount\", \"attendedCount\", \"minutes\", \"resolutions\" FROM \"temporary_meetings\"");
    await runner.query("DROP TABLE \"temporary_meetings\"");
    await runner.query("CREATE INDEX \"idx_meetings_org_date\" ON \"meetings\" (\"orgId\", \"date\") ");
    await runner.query("CREATE INDEX \"idx_meetings_date\" ON \"meetings\" (\"date\") ");
    await runner.query("DROP INDEX \"idx_members_org\"");
    await runner.query("ALTER TABLE \"members\" RENAME TO \"temporary_members\"");
    await runner.query("CREATE TABLE \"members\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"orgId\" integer NOT NULL, \"name\" varchar(50) NOT NULL, \"gender\" varchar(16) NOT NULL, \"birthDate\" date, \"unit\" varchar(100), \"position\" varchar(100), \"politicalStatus\" varchar(32) NOT NULL, \"societyRoles\" text, \"phone\" varchar(20))");
    await runner.query("INSERT INTO \"members\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"name\", \"gender\", \"birthDate\", \"unit\", \"position\", \"politicalStatus\", \"societyRoles\", \"phone\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"name\", \"gender\", \"birthDate\", \"unit\", \"position\", \"politicalStatus\", \"societyRoles\", \"phone\" FROM \"temporary_members\"");
    await runner.query("DROP TABLE \"temporary_members\"");
    await runner.query("CREATE INDEX \"idx_members_org\" ON \"members\" (\"orgId\") ");
    await runner.query("DROP INDEX \"idx_orgs_path\"");
    await runner.query("ALTER TABLE \"orgs\" RENAME TO \"temporary_orgs\"");
    await runner.query("CREATE TABLE \"orgs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"name\" varchar(100) NOT NULL, \"type\" varchar(32) NOT NULL, \"parentId\" integer, \"path\" varchar(255) NOT NULL DEFAULT (''))");
    await runner.query("INSERT INTO \"orgs\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"name\", \"type\", \"parentId\", \"path\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"name\", \"type\", \"parentId\", \"path\" FROM \"temporary_orgs\"");
    await runner.query("DROP TABLE \"temporary_orgs\"");
    await runner.query("CREATE INDEX \"idx_orgs_path\" ON \"orgs\" (\"path\") ");
    await runner.query("DROP INDEX \"idx_attendance_member\"");
    await runner.query("DROP TABLE \"meeting_attendance\"");
    await runner.query("DROP INDEX \"idx_meetings_org_date\"");
    await runner.query("DROP INDEX \"idx_meetings_date\"");
    await runner.query("DROP TABLE \"meetings\"");
    await runner.query("DROP INDEX \"idx_members_org\"");
    await runner.query("DROP TABLE \"members\"");
    await runner.query("DROP INDEX \"idx_orgs_path\"");
    await runner.query("DROP TABLE \"orgs\"");
  }
}
