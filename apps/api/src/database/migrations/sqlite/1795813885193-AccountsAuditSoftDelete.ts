import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAuditSoftDelete1795813885193 implements MigrationInterface {
  name = 'AccountsAuditSoftDelete1795813885193';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE \"audit_logs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"actorId\" integer, \"actorName\" varchar(100) NOT NULL, \"action\" varchar(16) NOT NULL, \"resource\" varchar(50) NOT NULL, \"recordId\" integer NOT NULL, \"before\" json, \"after\" json, \"at\" datetime(3) NOT NULL)");
    await runner.query("CREATE INDEX \"idx_audit_actor\" ON \"audit_logs\" (\"actorId\") ");
    await runner.query("CREATE INDEX \"idx_audit_at\" ON \"audit_logs\" (\"at\") ");
    await runner.query("CREATE INDEX \"idx_audit_record\" ON \"audit_logs\" (\"resource\", \"recordId\") ");
    await runner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"deletedAt\" datetime, \"username\" varchar(32) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"role\" varchar(16) NOT NULL, \"orgId\" integer, \"disabled\" boolean NOT NULL DEFAULT (0), \"passwordHash\" varchar(255) NOT NULL, \"sessionVersion\" integer NOT NULL DEFAULT (1))");
    await runner.query("CREATE UNIQUE INDEX \"uq_users_username\" ON \"users\" (\"username\") ");
    await runner.query("CREATE TABLE \"refresh_tokens\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"userId\" integer NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"expiresAt\" datetime NOT NULL, \"revokedAt\" datetime, \"createdAt\" datetime NOT NULL)");
    await runner.query("CREATE INDEX \"idx_refresh_user\" ON \"refresh_tokens\" (\"userId\") ");
    await runner.query("CREATE UNIQUE INDEX \"uq_refresh_hash\" ON \"refresh_tokens\" (\"tokenHash\") ");
    await runner.query("DROP INDEX \"idx_orgs_path\"");
    await runner.query("CREATE TABLE \"temporary_orgs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"name\" varchar(100) NOT NULL, \"type\" varchar(32) NOT NULL, \"parentId\" integer, \"path\" varchar(255) NOT NULL DEFAULT (''), \"deletedAt\" datetime, CONSTRAINT \"FK_3809409369540634b649e69b7df\" FOREIGN KEY (\"parentId\") REFERENCES \"orgs\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"temporary_orgs\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"name\", \"type\", \"parentId\", \"path\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"name\", \"type\", \"parentId\", \"path\" FROM \"orgs\"");
    await runner.query("DROP TABLE \"orgs\"");
    await runner.query("ALTER TABLE \"temporary_orgs\" RENAME TO \"orgs\"");
    await runner.query("CREATE INDEX \"idx_orgs_path\" ON \"orgs\" (\"path\") ");
    await runner.query("DROP INDEX \"idx_members_org\"");
    await runner.query("CREATE TABLE \"temporary_members\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"orgId\" integer NOT NULL, \"name\" varchar(50) NOT NULL, \"gender\" varchar(16) NOT NULL, \"birthDate\" date, \"unit\" varchar(100), \"position\" varchar(100), \"politicalStatus\" varchar(32) NOT NULL, \"societyRoles\" text, \"phone\" varchar(20), \"deletedAt\" datetime, CONSTRAINT \"FK_f3d157324c6405e8d2232b4c8f0\" FOREIGN KEY (\"orgId\") REFERENCES \"orgs\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"temporary_members\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"name\", \"gender\", \"birthDate\", \"unit\", \"position\", \"politicalStatus\", \"societyRoles\", \"phone\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"name\", \"gender\", \"birthDate\", \"unit\", \"position\", \"politicalStatus\", \"societyRoles\", \"phone\" FROM \"members\"");
    await runner.query("DROP TABLE \"members\"");
    await runner.query("ALTER TABLE \"temporary_members\" RENAME TO \"members\"");
    await runner.query("CREATE INDEX \"idx_members_org\" ON \"members\" (\"orgId\") ");
    await runner.query("DROP INDEX \"idx_meetings_org_date\"");
    await runner.query("DROP INDEX \"idx_meetings_date\"");
    await runner.query("CREATE TABLE \"temporary_meetings\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"orgId\" integer NOT NULL, \"category\" varchar(32) NOT NULL, \"session\" varchar(50), \"topic\" varchar(200) NOT NULL, \"date\" date NOT NULL, \"format\" varchar(16) NOT NULL, \"host\" varchar(50), \"recorder\" varchar(50), \"expectedCount\" integer NOT NULL, \"attendedCount\" integer NOT NULL, \"minutes\" text, \"resolutions\" text, \"deletedAt\" datetime, CONSTRAINT \"FK_fee7a0b26124e5b87fa549c64af\" FOREIGN KEY (\"orgId\") REFERENCES \"orgs\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"temporary_meetings\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"category\", \"session\", \"topic\", \"date\", \"format\", \"host\", \"recorder\", \"expectedCount\", \"attendedCount\", \"minutes\", \"resolutions\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"category\", \"session\", \"topic\", \"date\", \"format\", \"host\", \"recorder\", \"expectedCount\", \"attendedCount\", \"minutes\", \"resolutions\" FROM \"meetings\"");
    await runner.query("DROP TABLE \"meetings\"");
    await runner.query("ALTER TABLE \"temporary_meetings\" RENAME TO \"meetings\"");
    await runner.query("CREATE INDEX \"idx_meetings_org_date\" ON \"meetings\" (\"orgId\", \"date\") ");
    await runner.query("CREATE INDEX \"idx_meetings_date\" ON \"meetings\" (\"date\") ");
    await runner.query("DROP INDEX \"uq_users_username\"");
    await runner.query("CREATE TABLE \"temporary_users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"deletedAt\" datetime, \"username\" varchar(32) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"role\" varchar(16) NOT NULL, \"orgId\" integer, \"disabled\" boolean NOT NULL DEFAULT (0), \"passwordHash\" varchar(255) NOT NULL, \"sessionVersion\" integer NOT NULL DEFAULT (1), CONSTRAINT \"FK_1890588e47e133fd85670f187d6\" FOREIGN KEY (\"orgId\") REFERENCES \"orgs\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"temporary_users\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"deletedAt\", \"username\", \"displayName\", \"role\", \"orgId\", \"disabled\", \"passwordHash\", \"sessionVersion\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"deletedAt\", \"username\", \"displayName\", \"role\", \"orgId\", \"disabled\", \"passwordHash\", \"sessionVersion\" FROM \"users\"");
    await runner.query("DROP TABLE \"users\"");
    await runner.query("ALTER TABLE \"temporary_users\" RENAME TO \"users\"");
    await runner.query("CREATE UNIQUE INDEX \"uq_users_username\" ON \"users\" (\"username\") ");
    await runner.query("DROP INDEX \"idx_refresh_user\"");
    await runner.query("DROP INDEX \"uq_refresh_hash\"");
    await runner.query("CREATE TABLE \"temporary_refresh_tokens\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"userId\" integer NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"expiresAt\" datetime NOT NULL, \"revokedAt\" datetime, \"createdAt\" datetime NOT NULL, CONSTRAINT \"FK_610102b60fea1455310ccd299de\" FOREIGN KEY (\"userId\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"temporary_refresh_tokens\"(\"id\", \"userId\", \"tokenHash\", \"expiresAt\", \"revokedAt\", \"createdAt\") SELECT \"id\", \"userId\", \"tokenHash\", \"expiresAt\", \"revokedAt\", \"createdAt\" FROM \"refresh_tokens\"");
    await runner.query("DROP TABLE \"refresh_tokens\"");
    await runner.query("ALTER TABLE \"temporary_refresh_tokens\" RENAME TO \"refresh_tokens\"");
    await runner.query("CREATE INDEX \"idx_refresh_user\" ON \"refresh_tokens\" (\"userId\") ");
    await runner.query("CREATE UNIQUE INDEX \"uq_refresh_hash\" ON \"refresh_tokens\" (\"tokenHash\") ");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DROP INDEX \"uq_refresh_hash\"");
    await runner.query("DROP INDEX \"idx_refresh_user\"");
    await runner.query("ALTER TABLE \"refresh_tokens\" RENAME TO \"temporary_refresh_tokens\"");
    await runner.query("CREATE TABLE \"refresh_tokens\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"userId\" integer NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"expiresAt\" datetime NOT NULL, \"revokedAt\" datetime, \"createdAt\" datetime NOT NULL)");
    await runner.query("INSERT INTO \"refresh_tokens\"(\"id\", \"userId\", \"tokenHash\", \"expiresAt\", \"revokedAt\", \"createdAt\") SELECT \"id\", \"userId\", \"tokenHash\", \"expiresAt\", \"revokedAt\", \"createdAt\" FROM \"temporary_refresh_tokens\"");
    await runner.query("DROP TABLE \"temporary_refresh_tokens\"");
    await runner.query("CREATE UNIQUE INDEX \"uq_refresh_hash\" ON \"refresh_tokens\" (\"tokenHash\") ");
    await runner.query("CREATE INDEX \"idx_refresh_user\" ON \"refresh_tokens\" (\"userId\") ");
    await runner.query("DROP INDEX \"uq_users_username\"");
    await runner.query("ALTER TABLE \"users\" RENAME TO \"temporary_users\"");
    await runner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"deletedAt\" datetime, \"username\" varchar(32) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"role\" varchar(16) NOT NULL, \"orgId\" integer, \"disabled\" boolean NOT NULL DEFAULT (0), \"passwordHash\" varchar(255) NOT NULL, \"sessionVersion\" integer NOT NULL DEFAULT (1))");
    await runner.query("INSERT INTO \"users\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"deletedAt\", \"username\", \"displayName\", \"role\", \"orgId\", \"disabled\", \"passwordHash\", \"sessionVersion\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"deletedAt\", \"username\", \"displayName\", \"role\", \"orgId\", \"disabled\", \"passwordHash\", \"sessionVersion\" FROM \"temporary_users\"");
    await runner.query("DROP TABLE \"temporary_users\"");
    await runner.query("CREATE UNIQUE INDEX \"uq_users_username\" ON \"users\" (\"username\") ");
    await runner.query("DROP INDEX \"idx_meetings_date\"");
    await runner.query("DROP INDEX \"idx_meetings_org_date\"");
    await runner.query("ALTER TABLE \"meetings\" RENAME TO \"temporary_meetings\"");
    await runner.query("CREATE TABLE \"meetings\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"orgId\" integer NOT NULL, \"category\" varchar(32) NOT NULL, \"session\" varchar(50), \"topic\" varchar(200) NOT NULL, \"date\" date NOT NULL, \"format\" varchar(16) NOT NULL, \"host\" varchar(50), \"recorder\" varchar(50), \"expectedCount\" integer NOT NULL, \"attendedCount\" integer NOT NULL, \"minutes\" text, \"resolutions\" text, CONSTRAINT \"FK_fee7a0b26124e5b87fa549c64af\" FOREIGN KEY (\"orgId\") REFERENCES \"orgs\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"meetings\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"category\", \"session\", \"topic\", \"date\", \"format\", \"host\", \"recorder\", \"expectedCount\", \"attendedCount\", \"minutes\", \"resolutions\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"category\", \"session\", \"topic\", \"date\", \"format\", \"host\", \"recorder\", \"expectedCount\", \"attendedCount\", \"minutes\", \"resolutions\" FROM \"temporary_meetings\"");
    await runner.query("DROP TABLE \"temporary_meetings\"");
    await runner.query("CREATE INDEX \"idx_meetings_date\" ON \"meetings\" (\"date\") ");
    await runner.query("CREATE INDEX \"idx_meetings_org_date\" ON \"meetings\" (\"orgId\", \"date\") ");
    await runner.query("DROP INDEX \"idx_members_org\"");
    await runner.query("ALTER TABLE \"members\" RENAME TO \"temporary_members\"");
    await runner.query("CREATE TABLE \"members\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"orgId\" integer NOT NULL, \"name\" varchar(50) NOT NULL, \"gender\" varchar(16) NOT NULL, \"birthDate\" date, \"unit\" varchar(100), \"position\" varchar(100), \"politicalStatus\" varchar(32) NOT NULL, \"societyRoles\" text, \"phone\" varchar(20), CONSTRAINT \"FK_f3d157324c6405e8d2232b4c8f0\" FOREIGN KEY (\"orgId\") REFERENCES \"orgs\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"members\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"name\", \"gender\", \"birthDate\", \"unit\", \"position\", \"politicalStatus\", \"societyRoles\", \"phone\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"orgId\", \"name\", \"gender\", \"birthDate\", \"unit\", \"position\", \"politicalStatus\", \"societyRoles\", \"phone\" FROM \"temporary_members\"");
    await runner.query("DROP TABLE \"temporary_members\"");
    await runner.query("CREATE INDEX \"idx_members_org\" ON \"members\" (\"orgId\") ");
    await runner.query("DROP INDEX \"idx_orgs_path\"");
    await runner.query("ALTER TABLE \"orgs\" RENAME TO \"temporary_orgs\"");
    await runner.query("CREATE TABLE \"orgs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"createdBy\" integer, \"version\" integer NOT NULL, \"name\" varchar(100) NOT NULL, \"type\" varchar(32) NOT NULL, \"parentId\" integer, \"path\" varchar(255) NOT NULL DEFAULT (''), CONSTRAINT \"FK_3809409369540634b649e69b7df\" FOREIGN KEY (\"parentId\") REFERENCES \"orgs\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"orgs\"(\"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"name\", \"type\", \"parentId\", \"path\") SELECT \"id\", \"createdAt\", \"updatedAt\", \"createdBy\", \"version\", \"name\", \"type\", \"parentId\", \"path\" FROM \"temporary_orgs\"");
    await runner.query("DROP TABLE \"temporary_orgs\"");
    await runner.query("CREATE INDEX \"idx_orgs_path\" ON \"orgs\" (\"path\") ");
    await runner.query("DROP INDEX \"uq_refresh_hash\"");
    await runner.query("DROP INDEX \"idx_refresh_user\"");
    await runner.query("DROP TABLE \"refresh_tokens\"");
    await runner.query("DROP INDEX \"uq_users_username\"");
    await runner.query("DROP TABLE \"users\"");
    await runner.query("DROP INDEX \"idx_audit_record\"");
    await runner.query("DROP INDEX \"idx_audit_at\"");
    await runner.query("DROP INDEX \"idx_audit_actor\"");
    await runner.query("DROP TABLE \"audit_logs\"");
  }
}
