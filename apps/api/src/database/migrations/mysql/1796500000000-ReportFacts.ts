import { MigrationInterface, QueryRunner } from 'typeorm';
import { recountFacts } from '../../../reports/report-facts';

/**
 * The annual report's counts kept as records are written (see `report-facts.ts`), filled from the
 * records already stored.
 */
export class ReportFacts1796500000000 implements MigrationInterface {
  name = 'ReportFacts1796500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE TABLE `report_facts` (`tbl` varchar(32) NOT NULL, `orgId` int NOT NULL, `year` int NOT NULL, `c1` varchar(50) NOT NULL, `c2` varchar(50) NOT NULL, `c3` varchar(50) NOT NULL, `n` int NOT NULL, `items` int NOT NULL, `m1` int NOT NULL, `m2` int NOT NULL, `m3` int NOT NULL, `m4` int NOT NULL, `m5` int NOT NULL, `m6` int NOT NULL, `m7` int NOT NULL, `m8` int NOT NULL, `m9` int NOT NULL, `m10` int NOT NULL, `m11` int NOT NULL, `m12` int NOT NULL, PRIMARY KEY (`tbl`, `orgId`, `year`, `c1`, `c2`, `c3`)) ENGINE=InnoDB',
    );
    await recountFacts(runner.manager);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE `report_facts`');
  }
}
