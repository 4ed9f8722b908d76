import { MigrationInterface, QueryRunner } from 'typeorm';

/** The org tree's change counter (see the MySQL migration of the same name). */
export class OrgTreeVersion1796400000000 implements MigrationInterface {
  name = 'OrgTreeVersion1796400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE "org_tree_version" ("id" integer PRIMARY KEY NOT NULL, "version" integer NOT NULL)');
    await runner.query('INSERT INTO "org_tree_version" ("id", "version") VALUES (1, 1)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE "org_tree_version"');
  }
}
