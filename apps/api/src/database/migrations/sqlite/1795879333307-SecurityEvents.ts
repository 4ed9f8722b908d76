import { MigrationInterface, QueryRunner } from 'typeorm';

export class SecurityEvents1795879333307 implements MigrationInterface {
  name = 'SecurityEvents1795879333307';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("DROP INDEX \"idx_audit_record\"");
    await runner.query("DROP INDEX \"idx_audit_at\"");
    await runner.query("DROP INDEX \"idx_audit_actor\"");
    await runner.query("CREATE TABLE \"temporary_audit_logs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"actorId\" integer, \"actorName\" varchar(100) NOT NULL, \"action\" varchar(16) NOT NULL, \"resource\" varchar(50) NOT NULL, \"recordId\" integer NOT NULL, \"before\" json, \"after\" json, \"at\" datetime(3) NOT NULL, \"ip\" varchar(45))");
    await runner.query("INSERT INTO \"temporary_audit_logs\"(\"id\", \"actorId\", \"actorName\", \"action\", \"resource\", \"recordId\", \"before\", \"after\", \"at\") SELECT \"id\", \"actorId\", \"actorName\", \"action\", \"resource\", \"recordId\", \"before\", \"after\", \"at\" FROM \"audit_logs\"");
    await runner.query("DROP TABLE \"audit_logs\"");
    await runner.query("ALTER TABLE \"temporary_audit_logs\" RENAME TO \"audit_logs\"");
    await runner.query("CREATE INDEX \"idx_audit_record\" ON \"audit_logs\" (\"resource\", \"recordId\") ");
    await runner.query("CREATE INDEX \"idx_audit_at\" ON \"audit_logs\" (\"at\") ");
    await runner.query("CREATE INDEX \"idx_audit_actor\" ON \"audit_logs\" (\"actorId\") ");
    await runner.query("DROP INDEX \"uq_refresh_hash\"");
    await runner.query("DROP INDEX \"idx_refresh_user\"");
    await runner.query("CREATE TABLE \"temporary_refresh_tokens\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"userId\" integer NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"expiresAt\" datetime NOT NULL, \"revokedAt\" datetime, \"createdAt\" datetime NOT NULL, \"replacedAt\" datetime, CONSTRAINT \"FK_610102b60fea1455310ccd299de\" FOREIGN KEY (\"userId\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"temporary_refresh_tokens\"(\"id\", \"userId\", \"tokenHash\", \"expiresAt\", \"revokedAt\", \"createdAt\") SELECT \"id\", \"userId\", \"tokenHash\", \"expiresAt\", \"revokedAt\", \"createdAt\" FROM \"refresh_tokens\"");
    await runner.query("DROP TABLE \"refresh_tokens\"");
    await runner.query("ALTER TABLE \"temporary_refresh_tokens\" RENAME TO \"refresh_tokens\"");
    await runner.query("CREATE UNIQUE INDEX \"uq_refresh_hash\" ON \"refresh_tokens\" (\"tokenHash\") ");
    await runner.query("CREATE INDEX \"idx_refresh_user\" ON \"refresh_tokens\" (\"userId\") ");
    await runner.query("DROP INDEX \"idx_audit_record\"");
    await runner.query("DROP INDEX \"idx_audit_at\"");
    await runner.query("DROP INDEX \"idx_audit_actor\"");
    await runner.query("CREATE TABLE \"temporary_audit_logs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"actorId\" integer, \"actorName\" varchar(100) NOT NULL, \"action\" varchar(16) NOT NULL, \"resource\" varchar(50) NOT NULL, \"recordId\" integer, \"before\" json, \"after\" json, \"at\" datetime(3) NOT NULL, \"ip\" varchar(45))");
    await runner.query("INSERT INTO \"temporary_audit_logs\"(\"id\", \"actorId\", \"actorName\", \"action\", \"resource\", \"recordId\", \"before\", \"after\", \"at\", \"ip\") SELECT \"id\", \"actorId\", \"actorName\", \"action\", \"resource\", \"recordId\", \"before\", \"after\", \"at\", \"ip\" FROM \"audit_logs\"");
    await runner.query("DROP TABLE \"audit_logs\"");
    await runner.query("ALTER TABLE \"temporary_audit_logs\" RENAME TO \"audit_logs\"");
    await runner.query("CREATE INDEX \"idx_audit_at\" ON \"audit_logs\" (\"at\") ");
    await runner.query("CREATE INDEX \"idx_audit_actor\" ON \"audit_logs\" (\"actorId\") ");
    await runner.query("CREATE INDEX \"idx_audit_record\" ON \"audit_logs\" (\"resource\", \"recordId\") ");
    await runner.query("CREATE INDEX \"idx_refresh_expires\" ON \"refresh_tokens\" (\"expiresAt\") ");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DROP INDEX \"idx_refresh_expires\"");
    await runner.query("DROP INDEX \"idx_audit_record\"");
    await runner.query("DROP INDEX \"idx_audit_actor\"");
    await runner.query("DROP INDEX \"idx_audit_at\"");
    await runner.query("ALTER TABLE \"audit_logs\" RENAME TO \"temporary_audit_logs\"");
    await runner.query("CREATE TABLE \"audit_logs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"actorId\" integer, \"actorName\" varchar(100) NOT NULL, \"action\" varchar(16) NOT NULL, \"resource\" varchar(50) NOT NULL, \"recordId\" integer NOT NULL, \"before\" json, \"after\" json, \"at\" datetime(3) NOT NULL, \"ip\" varchar(45))");
    await runner.query("INSERT INTO \"audit_logs\"(\"id\", \"actorId\", \"actorName\", \"action\", \"resource\", \"recordId\", \"before\", \"after\", \"at\", \"ip\") SELECT \"id\", \"actorId\", \"actorName\", \"action\", \"resource\", \"recordId\", \"before\", \"after\", \"at\", \"ip\" FROM \"temporary_audit_logs\"");
    await runner.query("DROP TABLE \"temporary_audit_logs\"");
    await runner.query("CREATE INDEX \"idx_audit_actor\" ON \"audit_logs\" (\"actorId\") ");
    await runner.query("CREATE INDEX \"idx_audit_at\" ON \"audit_logs\" (\"at\") ");
    await runner.query("CREATE INDEX \"idx_audit_record\" ON \"audit_logs\" (\"resource\", \"recordId\") ");
    await runner.query("DROP INDEX \"idx_refresh_user\"");
    await runner.query("DROP INDEX \"uq_refresh_hash\"");
    await runner.query("ALTER TABLE \"refresh_tokens\" RENAME TO \"temporary_refresh_tokens\"");
    await runner.query("CREATE TABLE \"refresh_tokens\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"userId\" integer NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"expiresAt\" datetime NOT NULL, \"revokedAt\" datetime, \"createdAt\" datetime NOT NULL, CONSTRAINT \"FK_610102b60fea1455310ccd299de\" FOREIGN KEY (\"userId\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await runner.query("INSERT INTO \"refresh_tokens\"(\"id\", \"userId\", \"tokenHash\", \"expiresAt\", \"revokedAt\", \"createdAt\") SELECT \"id\", \"userId\", \"tokenHash\", \"expiresAt\", \"revokedAt\", \"createdAt\" FROM \"temporary_refresh_tokens\"");
    await runner.query("DROP TABLE \"temporary_refresh_tokens\"");
    await runner.query("CREATE INDEX \"idx_refresh_user\" ON \"refresh_tokens\" (\"userId\") ");
    await runner.query("CREATE UNIQUE INDEX \"uq_refresh_hash\" ON \"refresh_tokens\" (\"tokenHash\") ");
    await runner.query("DROP INDEX \"idx_audit_actor\"");
    await runner.query("DROP INDEX \"idx_audit_at\"");
    await runner.query("DROP INDEX \"idx_audit_record\"");
    await runner.query("ALTER TABLE \"audit_logs\" RENAME TO \"temporary_audit_logs\"");
    await runner.query("CREATE TABLE \"audit_logs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"actorId\" integer, \"actorName\" varchar(100) NOT NULL, \"action\" varchar(16) NOT NULL, \"resource\" varchar(50) NOT NULL, \"recordId\" integer NOT NULL, \"before\" json, \"after\" json, \"at\" datetime(3) NOT NULL)");
    await runner.query("INSERT INTO \"audit_logs\"(\"id\", \"actorId\", \"actorName\", \"action\", \"resource\", \"recordId\", \"before\", \"after\", \"at\") SELECT \"id\", \"actorId\", \"actorName\", \"action\", \"resource\", \"recordId\", \"before\", \"after\", \"at\" FROM \"temporary_audit_logs\"");
    await runner.query("DROP TABLE \"temporary_audit_logs\"");
    await runner.query("CREATE INDEX \"idx_audit_actor\" ON \"audit_logs\" (\"actorId\") ");
    await runner.query("CREATE INDEX \"idx_audit_at\" ON \"audit_logs\" (\"at\") ");
    await runner.query("CREATE INDEX \"idx_audit_record\" ON \"audit_logs\" (\"resource\", \"recordId\") ");
  }
}
