import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row counting the changes to the org tree (an org created or moved), read with every
 * session check: each API instance keeps the tree's ids and paths in memory and reads them again
 * only when this number has moved (see `org-tree-cache.ts`).
 */
export class OrgTreeVersion1796400000000 implements MigrationInterface {
  name = 'OrgTreeVersion1796400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE `org_tree_version` (`id` int NOT NULL, `version` int NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB');
    await runner.query('INSERT INTO `org_tree_version` (`id`, `version`) VALUES (1, 1)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE `org_tree_version`');
  }
}
