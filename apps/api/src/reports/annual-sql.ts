import { EntityManager } from 'typeorm';
import { orgsInSubtrees } from '../common/list-query';

/**
 * The SQL of an annual report, one statement per family of figures, for both databases: dates are
 * compared as 'YYYY-MM-DD' text and months read with SUBSTR, which MySQL, MariaDB and SQLite all
 * understand the same way. Every statement takes positional parameters (`?`, both drivers).
 */

export interface Period {
  start: string;
  end: string;
}

export const yearPeriod = (year: number): Period => ({ start: `${year}-01-01`, end: `${year}-12-31` });

/**
 * "of one of these orgs, not deleted", for a table with an `orgId`: an org's subtree looked up
 * first, as literal ids (integers from the database), lets the database read a branch's rows
 * through its org index; with a subquery on the orgs' paths it may walk a whole date index instead.
 */
export const inOrgs = (alias: string, orgIds: readonly number[]) => `${alias}.deletedAt IS NULL AND ${ofOrgs(alias, orgIds)}`;

/** "of one of these orgs", the ids written out (integers from the database). */
export const ofOrgs = (alias: string, orgIds: readonly number[]) => `${alias}.orgId IN (${orgIds.length ? orgIds.map((id) => Math.trunc(Number(id))).join(', ') : 'NULL'})`;

/** The ids of an org's subtree for `inOrgs`, deleted orgs included (their records still count). */
export async function subtreeOrgIds(manager: EntityManager, orgId: number): Promise<number[]> {
  return (await orgsInSubtrees(manager, [orgId])).map((org) => org.id);
}

/** How each total is counted: its table, the column that places a record in a year, and what it counts. */
export interface TotalSource {
  key: string;
  table: string;
  /** The column that dates a record (its year, for papers). */
  placedBy: string;
  /** A condition placing the record in the period, with `?` for start and end (twice over for several columns). */
  inPeriod: (alias: string) => string;
  /** Parameters of `inPeriod` for a period. */
  periodParams: (period: Period) => unknown[];
  /** What is summed per record: 1, or a column (科普 items). */
  measure?: string;
  /** Only records with this value in this column (completed deeds, excellent papers, 回应关切). */
  where?: { column: string; value: string };
}

const byDay = (column: string) => ({
  placedBy: column,
  inPeriod: (alias: string) => `${alias}.${column} >= ? AND ${alias}.${column} <= ?`,
  periodParams: (period: Period) => [period.start, period.end],
});

/** Development records count in a year when any stage date falls in it. */
export const STAGE_DATES = ['applicationDate', 'talkDate', 'activistDate', 'lastReviewDate', 'candidateDate', 'probationaryDate', 'fullMemberDate'];

/** The stages a person reaches, latest first, with the date that marks each. */
export const STAGES_REACHED: readonly [string, string][] = [
  ['full', 'fullMemberDate'],
  ['probationary', 'probationaryDate'],
  ['candidate', 'candidateDate'],
  ['activist', 'activistDate'],
  ['applicant', 'applicationDate'],
];

/**
 * The stage a development record reached in a period: the latest stage whose date falls in it, or
 * NULL. `bind` names a parameter (positional `?` for the report, `:name` for a list filter).
 */
export function stageReachedSql(alias: string, bind: (value: string) => string): string {
  const start = bind('start');
  const end = bind('end');
  return `CASE ${STAGES_REACHED.map(([stage, column]) => `WHEN ${alias}.${column} >= ${start} AND ${alias}.${column} <= ${end} THEN '${stage}'`).join(' ')} ELSE NULL END`;
}

/** "Any stage date of the record in the period", parameters bound as `stageReachedSql`'s. */
export function activeInSql(alias: string, bind: (value: string) => string): string {
  return `(${STAGE_DATES.map((column) => `(${alias}.${column} >= ${bind('start')} AND ${alias}.${column} <= ${bind('end')})`).join(' OR ')})`;
}

export const TOTAL_SOURCES: TotalSource[] = [
  { key: 'meetings', table: 'meetings', ...byDay('date') },
  { key: 'researchTrips', table: 'research_trips', ...byDay('startDate') },
  { key: 'deeds', table: 'deeds', ...byDay('plannedStart') },
  { key: 'deedsCompleted', table: 'deeds', ...byDay('plannedStart'), where: { column: 'status', value: 'completed' } },
  { key: 'recruitments', table: 'recruitments', ...byDay('date') },
  {
    key: 'developmentRecords',
    table: 'development_records',
    placedBy: 'applicationDate',
    inPeriod: (alias) => activeInSql(alias, () => '?'),
    periodParams: (period) => STAGE_DATES.flatMap(() => [period.start, period.end]),
  },
  {
    key: 'papers',
    table: 'papers',
    placedBy: 'year',
    inPeriod: (alias) => `${alias}.year = ?`,
    periodParams: (period) => [Number(period.start.slice(0, 4))],
  },
  {
    key: 'excellentPapers',
    table: 'papers',
    placedBy: 'year',
    inPeriod: (alias) => `${alias}.year = ?`,
    periodParams: (period) => [Number(period.start.slice(0, 4))],
    where: { column: 'award', value: 'national_excellent' },
  },
  { key: 'outreachActivities', table: 'outreach_activities', ...byDay('date') },
  { key: 'outreachItems', table: 'outreach_activities', ...byDay('date'), measure: 'items' },
  { key: 'journalPosts', table: 'journal_posts', ...byDay('publishedDate') },
  { key: 'publicResponses', table: 'journal_posts', ...byDay('publishedDate'), where: { column: 'kind', value: 'public_response' } },
  { key: 'writerContacts', table: 'writer_contacts', ...byDay('date') },
  { key: 'volunteerServices', table: 'volunteer_services', ...byDay('date') },
];

/**
 * How a table's records are broken down in a year's report: they are kept counted per org, year,
 * value of these coded columns and month (`report_facts`, see report-facts.ts), and every total,
 * breakdown and per-org figure is a sum over those counts (development records: see the report).
 */
export interface FactTable {
  table: string;
  /** The column that places a record in the year (`year` for papers). */
  placedBy: string;
  /** The coded columns the report's breakdowns and totals split records by (at most three). */
  columns: readonly string[];
  /** Counted per month of `placedBy` as well. */
  monthly: boolean;
  /** A column summed besides the count (科普 items). */
  sum?: string;
}

export const FACT_TABLES: readonly FactTable[] = [
  { table: 'meetings', placedBy: 'date', columns: ['category', 'format'], monthly: true },
  { table: 'research_trips', placedBy: 'startDate', columns: ['serviceArea'], monthly: true },
  { table: 'deeds', placedBy: 'plannedStart', columns: ['serviceArea', 'status'], monthly: true },
  { table: 'recruitments', placedBy: 'date', columns: [], monthly: false },
  { table: 'papers', placedBy: 'year', columns: ['dimension', 'award'], monthly: false },
  { table: 'outreach_activities', placedBy: 'date', columns: ['venue', 'audience', 'aspect'], monthly: true, sum: 'items' },
  { table: 'journal_posts', placedBy: 'publishedDate', columns: ['channel', 'kind'], monthly: true },
  { table: 'writer_contacts', placedBy: 'date', columns: [], monthly: false },
  { table: 'volunteer_services', placedBy: 'date', columns: [], monthly: false },
];

/** A list of statements joined into one, each producing the same columns. */
export function unionAll(parts: { sql: string; params: unknown[] }[]): { sql: string; params: unknown[] } {
  return { sql: parts.map((part) => part.sql).join('\nUNION ALL\n'), params: parts.flatMap((part) => part.params) };
}

/** The years any record of a subtree falls in (by the column each total counts it by), one row per table and year. */
export function yearsStatement(orgIds: readonly number[]): { sql: string; params: unknown[] } {
  const tables = new Map(TOTAL_SOURCES.map((source) => [source.table, source.placedBy]));
  return unionAll(
    [...tables].map(([table, column]) => {
      const year = column === 'year' ? 't.year' : `SUBSTR(t.${column}, 1, 4)`;
      return { sql: `SELECT DISTINCT ${year} AS y FROM ${table} t WHERE ${inOrgs('t', orgIds)} AND t.${column} IS NOT NULL`, params: [] };
    }),
  );
}
