import { EntityManager } from 'typeorm';
import {
  AnnualReport,
  BreakdownEntry,
  BreakdownKey,
  DeedStatus,
  DevelopmentStage,
  DevelopmentTableRow,
  JournalChannel,
  JournalKind,
  LabelledEnum,
  MeetingCategory,
  MeetingFormat,
  Occupation,
  OrgTotals,
  OutreachAudience,
  OutreachVenue,
  PaperAward,
  PaperDimension,
  ServiceArea,
  TOTAL_KEYS,
  Totals,
} from '@wb/contracts';
import { orgsInSubtrees, subtreeMarker } from '../common/list-query';
import { inOrgs, Period, stageReachedSql, STAGES_REACHED, TOTAL_SOURCES, unionAll, yearPeriod } from './annual-sql';
import { complianceOf } from './compliance';
import { ComplianceRulesStore } from './compliance-rules.store';

type Row = Record<string, unknown>;

const zeroTotals = (): Totals => Object.fromEntries(TOTAL_KEYS.map((key) => [key, 0])) as Totals;

/** Breakdowns by month: the table and the date that places a record in it (meetings: see meetingFacts). */
const MONTHLY: [BreakdownKey, string, string][] = [
  ['tripsByMonth', 'research_trips', 'startDate'],
  ['deedsByMonth', 'deeds', 'plannedStart'],
  ['outreachByMonth', 'outreach_activities', 'date'],
  ['journalByMonth', 'journal_posts', 'publishedDate'],
];

interface CategoryBreakdown {
  key: BreakdownKey;
  table: string;
  column: string;
  /** The date column placing a record in the year, or `year` for papers. */
  placedBy: string;
  values?: LabelledEnum<string>;
  measure?: string;
}

/** Breakdowns by a coded column (meetings: see meetingFacts). */
const BY_CATEGORY: CategoryBreakdown[] = [
  { key: 'tripsByServiceArea', table: 'research_trips', column: 'serviceArea', placedBy: 'startDate', values: ServiceArea },
  { key: 'deedsByServiceArea', table: 'deeds', column: 'serviceArea', placedBy: 'plannedStart', values: ServiceArea },
  { key: 'deedsByStatus', table: 'deeds', column: 'status', placedBy: 'plannedStart', values: DeedStatus },
  { key: 'outreachByVenue', table: 'outreach_activities', column: 'venue', placedBy: 'date', values: OutreachVenue },
  { key: 'outreachItemsByVenue', table: 'outreach_activities', column: 'venue', placedBy: 'date', values: OutreachVenue, measure: 'items' },
  { key: 'outreachByAudience', table: 'outreach_activities', column: 'audience', placedBy: 'date', values: OutreachAudience },
  { key: 'outreachByAspect', table: 'outreach_activities', column: 'aspect', placedBy: 'date' },
  { key: 'journalByChannel', table: 'journal_posts', column: 'channel', placedBy: 'publishedDate', values: JournalChannel },
  { key: 'journalByKind', table: 'journal_posts', column: 'kind', placedBy: 'publishedDate', values: JournalKind },
  { key: 'papersByDimension', table: 'papers', column: 'dimension', placedBy: 'year', values: PaperDimension },
  { key: 'papersByAward', table: 'papers', column: 'award', placedBy: 'year', values: PaperAward },
];

/** The stage a person reached in the year: the latest stage whose date falls in it. */
const STAGE_REACHED = (period: Period): { sql: string; params: unknown[] } => ({
  sql: stageReachedSql('t', () => '?'),
  params: STAGES_REACHED.flatMap(() => [period.start, period.end]),
});

const number = (value: unknown) => Number(value ?? 0);

/**
 * The annual statistics of an org and its subtree, all counted by the database: one statement for
 * the totals of this year and last, one for the months, one for the categories, one per child org,
 * one for the development table, one for the year's meetings (their months, kinds, orgs and
 * 三会一课), one for the orgs.
 */
export async function annualStatistics(manager: EntityManager, org: { id: number; name: string; path: string }, year: number, rules: ComplianceRulesStore): Promise<AnnualReport> {
  const subtree = `%${subtreeMarker(org.id)}%`;
  const current = yearPeriod(year);
  const previous = yearPeriod(year - 1);

  const orgs: Row[] = await manager.query('SELECT id, name, type, parentId, path FROM orgs WHERE deletedAt IS NULL AND path LIKE ? ORDER BY path', [subtree]);
  // the subtree's orgs, deleted ones too (their records still count), as literal ids for every statement
  const orgIds = (await orgsInSubtrees(manager, [org.id])).map((o) => o.id);
  const [totalRows, monthRows, categoryRows, orgRows, foundingRows, developmentRows, meetingRows] = await Promise.all([
    manager.query(...totalsStatement(orgIds, current, previous)),
    manager.query(...monthsStatement(orgIds, current)),
    manager.query(...categoriesStatement(orgIds, current)),
    manager.query(...byOrgStatement(orgIds, current)),
    manager.query(`SELECT COUNT(*) AS n FROM recruitments t WHERE ${inOrgs('t', orgIds)} AND t.date <= ?`, [current.end]),
    manager.query(...developmentStatement(orgIds, current)),
    manager.query(...meetingFactsStatement(orgIds, current)) as Promise<Row[]>,
  ]);

  const totals = zeroTotals();
  const previousTotals = zeroTotals();
  for (const row of totalRows as Row[]) {
    totals[row.k as keyof Totals] = number(row.cur);
    previousTotals[row.k as keyof Totals] = number(row.prev);
  }

  const breakdowns = {} as Record<BreakdownKey, BreakdownEntry[]>;
  for (const [key] of MONTHLY) {
    const counts = new Map((monthRows as Row[]).filter((row) => row.k === key).map((row) => [String(row.v), number(row.n)]));
    breakdowns[key] = Array.from({ length: 12 }, (_, i) => {
      const month = String(i + 1).padStart(2, '0');
      return { key: month, label: `${i + 1}月`, count: counts.get(month) ?? 0 };
    });
  }
  for (const spec of BY_CATEGORY) {
    const rows = (categoryRows as Row[]).filter((row) => row.k === spec.key);
    const counts = new Map(rows.map((row) => [String(row.v), number(row.n)]));
    breakdowns[spec.key] = spec.values
      ? spec.values.values.map((value) => ({ key: value, label: spec.values!.label(value), count: counts.get(value) ?? 0 }))
      : [...counts].sort((a, b) => b[1] - a[1]).map(([value, count]) => ({ key: value, label: value, count }));
  }
  Object.assign(breakdowns, meetingBreakdowns(meetingRows));
  const stageCounts = new Map((categoryRows as Row[]).filter((row) => row.k === 'developmentByStage').map((row) => [String(row.v), number(row.n)]));
  breakdowns.developmentByStage = DevelopmentStage.values.map((stage) => ({ key: stage, label: DevelopmentStage.label(stage), count: stageCounts.get(stage) ?? 0 }));

  const meetingsPerOrg = meetingRows.map((row) => ({ k: 'meetings', orgId: row.orgId, n: row.n }));
  const byOrg = childOrgTotals(org.id, orgs, [...(orgRows as Row[]), ...meetingsPerOrg]);
  const activity = (t: Totals) => t.meetings + t.researchTrips + t.deeds + t.recruitments + t.developmentRecords + t.papers + t.outreachActivities + t.journalPosts + t.writerContacts + t.volunteerServices;
  breakdowns.byOrg = byOrg.map((child) => ({ key: String(child.orgId), label: child.name, count: activity(child.totals) }));

  return {
    year,
    orgId: org.id,
    orgName: org.name,
    totals,
    previous: { totals: previousTotals },
    sinceFounding: { recruitments: number((foundingRows as Row[])[0]?.n) },
    outreachAspects: breakdowns.outreachByAspect.length,
    breakdowns,
    byOrg,
    compliance: complianceOf(year, orgs, meetingRows, await rules.rules(manager)),
    development: developmentTable(developmentRows as Row[]),
  };
}

/** Each total for this year and last, in one statement. */
function totalsStatement(orgIds: readonly number[], current: Period, previous: Period): [string, unknown[]] {
  const { sql, params } = unionAll(
    TOTAL_SOURCES.map((source) => {
      const measure = source.measure ? `t.${source.measure}` : '1';
      const extra = source.where ? ` AND t.${source.where}` : '';
      // only the two years' rows are read (through the date indexes), not the table
      return {
        sql: `SELECT '${source.key}' AS k, SUM(CASE WHEN ${source.inPeriod('t')} THEN ${measure} ELSE 0 END) AS cur, SUM(CASE WHEN ${source.inPeriod('t')} THEN ${measure} ELSE 0 END) AS prev FROM ${source.table} t WHERE ${inOrgs('t', orgIds)}${extra} AND ((${source.inPeriod('t')}) OR (${source.inPeriod('t')}))`,
        params: [...source.periodParams(current), ...source.periodParams(previous), ...source.periodParams(current), ...source.periodParams(previous)],
      };
    }),
  );
  return [sql, params];
}

function monthsStatement(orgIds: readonly number[], period: Period): [string, unknown[]] {
  const { sql, params } = unionAll(
    MONTHLY.map(([key, table, column]) => ({
      sql: `SELECT '${key}' AS k, SUBSTR(t.${column}, 6, 2) AS v, COUNT(*) AS n FROM ${table} t WHERE ${inOrgs('t', orgIds)} AND t.${column} >= ? AND t.${column} <= ? GROUP BY SUBSTR(t.${column}, 6, 2)`,
      params: [period.start, period.end],
    })),
  );
  return [sql, params];
}

function categoriesStatement(orgIds: readonly number[], period: Period): [string, unknown[]] {
  const year = Number(period.start.slice(0, 4));
  const stage = STAGE_REACHED(period);
  const { sql, params } = unionAll([
    ...BY_CATEGORY.map((spec) => {
      const inYear = spec.placedBy === 'year' ? 't.year = ?' : `t.${spec.placedBy} >= ? AND t.${spec.placedBy} <= ?`;
      return {
        sql: `SELECT '${spec.key}' AS k, t.${spec.column} AS v, ${spec.measure ? `SUM(t.${spec.measure})` : 'COUNT(*)'} AS n FROM ${spec.table} t WHERE ${inOrgs('t', orgIds)} AND ${inYear} GROUP BY t.${spec.column}`,
        params: spec.placedBy === 'year' ? [year] : [period.start, period.end],
      };
    }),
    {
      sql: `SELECT 'developmentByStage' AS k, s.v AS v, COUNT(*) AS n FROM (SELECT ${stage.sql} AS v FROM development_records t WHERE ${inOrgs('t', orgIds)}) s WHERE s.v IS NOT NULL GROUP BY s.v`,
      params: stage.params,
    },
  ]);
  return [sql, params];
}

/** This year's totals per org of the subtree (meetings: see meetingFacts; the children's subtrees are summed afterwards, per org, not per record). */
function byOrgStatement(orgIds: readonly number[], period: Period): [string, unknown[]] {
  const { sql, params } = unionAll(
    TOTAL_SOURCES.filter((source) => source.key !== 'meetings').map((source) => ({
      sql: `SELECT '${source.key}' AS k, t.orgId AS orgId, SUM(${source.measure ? `t.${source.measure}` : '1'}) AS n FROM ${source.table} t WHERE ${inOrgs('t', orgIds)} AND ${source.inPeriod('t')}${source.where ? ` AND t.${source.where}` : ''} GROUP BY t.orgId`,
      params: source.periodParams(period),
    })),
  );
  return [sql, params];
}

/**
 * The year's meetings of the subtree counted per org (with its path), category, format and month,
 * in one pass: the months, categories and formats, the per-org figures and 三会一课 all add these
 * up, instead of each reading the year's meetings again.
 */
function meetingFactsStatement(orgIds: readonly number[], period: Period): [string, unknown[]] {
  return [
    `SELECT t.orgId AS orgId, mo.path AS path, t.category AS category, t.format AS format, SUBSTR(t.date, 6, 2) AS month, COUNT(*) AS n
     FROM meetings t JOIN orgs mo ON mo.id = t.orgId
     WHERE ${inOrgs('t', orgIds)} AND t.date >= ? AND t.date <= ?
     GROUP BY t.orgId, mo.path, t.category, t.format, SUBSTR(t.date, 6, 2)`,
    [period.start, period.end],
  ];
}

function meetingBreakdowns(facts: Row[]): Pick<Record<BreakdownKey, BreakdownEntry[]>, 'meetingsByMonth' | 'meetingsByCategory' | 'meetingsByFormat'> {
  const sumBy = (field: string) => {
    const counts = new Map<string, number>();
    for (const row of facts) counts.set(String(row[field]), (counts.get(String(row[field])) ?? 0) + number(row.n));
    return counts;
  };
  const months = sumBy('month');
  const coded = (values: LabelledEnum<string>, counts: Map<string, number>) => values.values.map((value) => ({ key: value, label: values.label(value), count: counts.get(value) ?? 0 }));
  return {
    meetingsByMonth: Array.from({ length: 12 }, (_, i) => {
      const month = String(i + 1).padStart(2, '0');
      return { key: month, label: `${i + 1}月`, count: months.get(month) ?? 0 };
    }),
    meetingsByCategory: coded(MeetingCategory, sumBy('category')),
    meetingsByFormat: coded(MeetingFormat, sumBy('format')),
  };
}

/** Sums the per-org counts into the report org's direct children (each with its subtree). */
function childOrgTotals(rootId: number, orgs: Row[], rows: Row[]): OrgTotals[] {
  // In tree order: by id, as the org tree lists siblings (a path sorts '/11/' before '/2/').
  const children = orgs.filter((o) => Number(o.parentId) === rootId).sort((a, b) => Number(a.id) - Number(b.id));
  const childOf = new Map<number, number>();
  for (const o of orgs) {
    const child = children.find((c) => String(o.path).includes(subtreeMarker(Number(c.id))));
    if (child) childOf.set(Number(o.id), Number(child.id));
  }
  const result = new Map(children.map((c) => [Number(c.id), { orgId: Number(c.id), name: String(c.name), totals: zeroTotals() }]));
  for (const row of rows) {
    const child = childOf.get(Number(row.orgId));
    if (child !== undefined) result.get(child)!.totals[row.k as keyof Totals] += number(row.n);
  }
  return [...result.values()];
}

/**
 * People admitted as probationary members (发展) and confirmed (转正) in the year, by the groups the
 * Party's year-end statistics count: women, ethnic minorities, 35 and under at the year's end,
 * college education and above, and by occupation.
 */
function developmentStatement(orgIds: readonly number[], period: Period): [string, unknown[]] {
  const youngSince = `${Number(period.start.slice(0, 4)) - 36}-12-31`;
  return [
    `SELECT d.k AS k, m.occupation AS occupation, COUNT(*) AS total,
       SUM(CASE WHEN m.gender = 'female' THEN 1 ELSE 0 END) AS women,
       SUM(CASE WHEN m.ethnicity IS NOT NULL AND m.ethnicity <> 'han' THEN 1 ELSE 0 END) AS minorities,
       SUM(CASE WHEN m.birthDate > ? THEN 1 ELSE 0 END) AS young,
       SUM(CASE WHEN m.education IN ('postgraduate', 'bachelor', 'college') THEN 1 ELSE 0 END) AS college
     FROM (
       SELECT 'developed' AS k, t.memberId AS memberId FROM development_records t WHERE ${inOrgs('t', orgIds)} AND t.probationaryDate >= ? AND t.probationaryDate <= ?
       UNION ALL
       SELECT 'confirmed' AS k, t.memberId AS memberId FROM development_records t WHERE ${inOrgs('t', orgIds)} AND t.fullMemberDate >= ? AND t.fullMemberDate <= ?
     ) d JOIN members m ON m.id = d.memberId
     GROUP BY d.k, m.occupation`,
    [youngSince, period.start, period.end, period.start, period.end],
  ];
}

function developmentTable(rows: Row[]): DevelopmentTableRow[] {
  const labels = { developed: '发展党员', confirmed: '预备党员转正' } as const;
  return (['developed', 'confirmed'] as const).map((key) => {
    const mine = rows.filter((row) => row.k === key);
    const sum = (field: string) => mine.reduce((total, row) => total + number(row[field]), 0);
    const byOccupation = Object.fromEntries(Occupation.values.map((occupation) => [occupation, number(mine.find((row) => row.occupation === occupation)?.total)]));
    return { key, label: labels[key], total: sum('total'), women: sum('women'), minorities: sum('minorities'), age35AndUnder: sum('young'), collegeAndAbove: sum('college'), byOccupation };
  });
}
