import { MigrationInterface, QueryRunner } from 'typeorm';

/** The report indexes of the MySQL migration of the same name. */
export class ReportIndexes1796144932778 implements MigrationInterface {
  name = 'ReportIndexes1796144932778';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX "idx_meetings_org_facts" ON "meetings" ("orgId", "deletedAt", "date", "category", "format")');
    await runner.query('CREATE INDEX "idx_research_trips_org_facts" ON "research_trips" ("orgId", "deletedAt", "startDate", "serviceArea")');
    await runner.query('CREATE INDEX "idx_deeds_org_facts" ON "deeds" ("orgId", "deletedAt", "plannedStart", "serviceArea", "status")');
    await runner.query('CREATE INDEX "idx_papers_org_facts" ON "papers" ("orgId", "deletedAt", "year", "dimension", "award")');
    await runner.query('CREATE INDEX "idx_journal_org_facts" ON "journal_posts" ("orgId", "deletedAt", "publishedDate", "channel", "kind")');
    await runner.query('DROP INDEX "idx_research_trips_org_start"');
    await runner.query('DROP INDEX "idx_deeds_org_start"');
    await runner.query('DROP INDEX "idx_papers_org_year"');
    await runner.query('DROP INDEX "idx_journal_org_date"');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX "idx_journal_org_date" ON "journal_posts" ("orgId", "publishedDate")');
    await runner.query('CREATE INDEX "idx_papers_org_year" ON "papers" ("orgId", "year")');
    await runner.query('CREATE INDEX "idx_deeds_org_start" ON "deeds" ("orgId", "plannedStart")');
    await runner.query('CREATE INDEX "idx_research_trips_org_start" ON "research_trips" ("orgId", "startDate")');
    await runner.query('DROP INDEX "idx_journal_org_facts"');
    await runner.query('DROP INDEX "idx_papers_org_facts"');
    await runner.query('DROP INDEX "idx_deeds_org_facts"');
    await runner.query('DROP INDEX "idx_research_trips_org_facts"');
    await runner.query('DROP INDEX "idx_meetings_org_facts"');
  }
}
