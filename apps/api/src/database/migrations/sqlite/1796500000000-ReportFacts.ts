import { MigrationInterface, QueryRunner } from 'typeorm';
import { recountFacts } from '../../../reports/report-facts';

/** The annual report's counts (see the MySQL migration of the same name). */
export class ReportFacts1796500000000 implements MigrationInterface {
  name = 'ReportFacts1796500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE TABLE "report_facts" ("tbl" varchar(32) NOT NULL, "orgId" integer NOT NULL, "year" integer NOT NULL, "c1" varchar(50) NOT NULL, "c2" varchar(50) NOT NULL, "c3" varchar(50) NOT NULL, "n" integer NOT NULL, "items" integer NOT NULL, "m1" integer NOT NULL, "m2" integer NOT NULL, "m3" integer NOT NULL, "m4" integer NOT NULL, "m5" integer NOT NULL, "m6" integer NOT NULL, "m7" integer NOT NULL, "m8" integer NOT NULL, "m9" integer NOT NULL, "m10" integer NOT NULL, "m11" integer NOT NULL, "m12" integer NOT NULL, PRIMARY KEY ("tbl", "orgId", "year", "c1", "c2", "c3"))',
    );
    await recountFacts(runner.manager);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE "report_facts"');
  }
}
