import { MigrationInterface, QueryRunner } from 'typeorm';
import { rewriteSnapshotCompliance } from '../compliance-rows';

/** A report's 三会一课 goes as one row per org and kind (with the meetings held per period), finalised reports too. */
export class ComplianceRows1796600000000 implements MigrationInterface {
  name = 'ComplianceRows1796600000000';

  async up(runner: QueryRunner): Promise<void> {
    await rewriteSnapshotCompliance(runner, true);
  }

  async down(runner: QueryRunner): Promise<void> {
    await rewriteSnapshotCompliance(runner, false);
  }
}
