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
import { subtreeMarker } from '../common/list-query';
import { activeInSql, FACT_TABLES, FactTable, inOrgs, ofOrgs, Period, STAGE_DATES, stageReachedSql, STAGES_REACHED, TOTAL_SOURCES, TotalSource, unionAll, yearPeriod } from './annual-sql';
import { complianceOf } from './compliance';
import { codeColumn, FACTS_TABLE, MONTH_COLUMNS } from './report-facts';
import { ComplianceRulesStore } from './compliance-rules.store';

type Row = Record<string, unknown>;

const zeroTotals = (): Totals => Object.fromEntries(TOTAL_KEYS.map((key) => [key, 0])) as Totals;

/** Breakdowns by month, from the table's facts (meetings: in annualStatistics). */
const MONTHLY: [BreakdownKey, string][] = [
  ['tripsByMonth', 'research_trips'],
  ['deedsByMonth', 'deeds'],
  ['outreachByMonth', 'outreach_activities'],
  ['journalByMonth', 'journal_posts'],
];

interface CategoryBreakdown {
  key: BreakdownKey;
  table: string;
  column: string;
  values?: LabelledEnum<string>;
  /** Summed instead of counting records (科普 items). */
  measure?: string;
}

/** Breakdowns by a coded column, from the table's facts (meetings: in annualStatistics). */
const BY_CATEGORY: CategoryBreakdown[] = [
  { key: 'tripsByServiceArea', table: 'research_trips', column: 'serviceArea', values: ServiceArea },
  { key: 'deedsByServiceArea', table: 'deeds', column: 'serviceArea', values: ServiceArea },
  { key: 'deedsByStatus', table: 'deeds', column: 'status', values: DeedStatus },
  { key: 'outreachByVenue', table: 'outreach_activities', column: 'venue', values: OutreachVenue },
  { key: 'outreachItemsByVenue', table: 'outreach_activities', column: 'venue', values: OutreachVenue, measure: 'items' },
  { key: 'outreachByAudience', table: 'outreach_activities', column: 'audience', values: OutreachAudience },
  { key: 'outreachByAspect', table: 'outreach_activities', column: 'aspect' },
  { key: 'journalByChannel', table: 'journal_posts', column: 'channel', values: JournalChannel },
  { key: 'journalByKind', table: 'journal_posts', column: 'kind', values: JournalKind },
  { key: 'papersByDimension', table: 'papers', column: 'dimension', values: PaperDimension },
  { key: 'papersByAward', table: 'papers', column: 'award', values: PaperAward },
];

const number = (value: unknown) => Number(value ?? 0);

/** Sums `measure` (a column of the rows, or their count `n`) per value of `field`. */
function sumBy(rows: Row[], field: string, measure = 'n'): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(String(row[field]), (sums.get(String(row[field])) ?? 0) + number(row[measure]));
  return sums;
}

/** A monthly table's records per month of the year, from its facts' month columns. */
const byMonth = (rows: Row[]): BreakdownEntry[] =>
  MONTH_COLUMNS.map((column, i) => ({ key: String(i + 1).padStart(2, '0'), label: `${i + 1}月`, count: rows.reduce((sum, row) => sum + number(row[column]), 0) }));

const coded = (values: LabelledEnum<string>, sums: Map<string, number>): BreakdownEntry[] => values.values.map((value) => ({ key: value, label: values.label(value), count: sums.get(value) ?? 0 }));

/**
 * The annual statistics of an org and its subtree, all counted by the database. Each table's
 * counts of the year are read from `report_facts` (per org and coded column, with the months'), and
 * the totals, breakdowns, per-org figures and 三会一课 are sums over them; last year's totals in one
 * statement; development records (placed by any stage date) counted from their own table; the
 * development table and the running total of recruitments one statement each. The statements run
 * side by side on the pool.
 */
export async function annualStatistics(manager: EntityManager, org: { id: number; name: string; path: string }, year: number, rules: ComplianceRulesStore): Promise<AnnualReport> {
  const current = yearPeriod(year);
  const previous = yearPeriod(year - 1);

  // the subtree's orgs, deleted ones too (their records still count), as literal ids for every statement
  const allOrgs: Row[] = await manager.query('SELECT id, name, type, parentId, path, deletedAt FROM orgs WHERE path LIKE ? ORDER BY path', [`%${subtreeMarker(org.id)}%`]);
  const orgs = allOrgs.filter((o) => o.deletedAt === null || o.deletedAt === undefined);
  const orgIds = allOrgs.map((o) => Number(o.id));
  const lastYearTotals = previousTotalsStatement(orgIds, previous);
  const [facts, developmentFacts, previousRows, foundingRows, developmentRows, complianceRules] = await Promise.all([
    Promise.all(FACT_TABLES.map((table) => manager.query(...factsStatement(table, orgIds, year)) as Promise<Row[]>)),
    manager.query(...developmentFactsStatement(orgIds, current)) as Promise<Row[]>,
    manager.query(...lastYearTotals.statement) as Promise<Row[]>,
    manager.query(`SELECT SUM(t.n) AS n FROM ${FACTS_TABLE} t WHERE t.tbl = 'recruitments' AND ${ofOrgs('t', orgIds)} AND t.year <= ?`, [year]) as Promise<Row[]>,
    manager.query(...developmentStatement(orgIds, current)) as Promise<Row[]>,
    rules.rules(manager),
  ]);
  const factsOf = new Map(FACT_TABLES.map((table, i) => [table.table, facts[i]]));
  factsOf.set('development_records', developmentFacts);

  // every total per org: summed, they are the totals; per child org, its subtree's
  const perOrg = new Map(TOTAL_SOURCES.map((source) => [source.key as keyof Totals, sumPerOrg(factsOf.get(source.table)!, source)]));
  const totals = zeroTotals();
  for (const [key, sums] of perOrg) for (const n of sums.values()) totals[key] += n;
  const lastYear = zeroTotals();
  for (const row of previousRows) lastYearTotals.keysOf.get(String(row.tbl))!.forEach((key, i) => (lastYear[key as keyof Totals] = number(row[`v${i}`])));

  const breakdowns = {} as Record<BreakdownKey, BreakdownEntry[]>;
  for (const [key, table] of MONTHLY) breakdowns[key] = byMonth(factsOf.get(table)!);
  for (const spec of BY_CATEGORY) {
    const sums = sumBy(factsOf.get(spec.table)!, spec.column, spec.measure);
    breakdowns[spec.key] = spec.values ? coded(spec.values, sums) : [...sums].sort((a, b) => b[1] - a[1]).map(([value, count]) => ({ key: value, label: value, count }));
  }
  const meetings = factsOf.get('meetings')!;
  breakdowns.meetingsByMonth = byMonth(meetings);
  breakdowns.meetingsByCategory = coded(MeetingCategory, sumBy(meetings, 'category'));
  breakdowns.meetingsByFormat = coded(MeetingFormat, sumBy(meetings, 'format'));
  breakdowns.developmentByStage = coded(DevelopmentStage, sumBy(developmentFacts, 'stage'));

  const byOrg = childOrgTotals(org.id, orgs, allOrgs, perOrg);
  const activity = (t: Totals) => t.meetings + t.researchTrips + t.deeds + t.recruitments + t.developmentRecords + t.papers + t.outreachActivities + t.journalPosts + t.writerContacts + t.volunteerServices;
  breakdowns.byOrg = byOrg.map((child) => ({ key: String(child.orgId), label: child.name, count: activity(child.totals) }));

  const pathOf = new Map(allOrgs.map((o) => [Number(o.id), String(o.path)]));
  return {
    year,
    orgId: org.id,
    orgName: org.name,
    totals,
    previous: { totals: lastYear },
    sinceFounding: { recruitments: number(foundingRows[0]?.n) },
    outreachAspects: breakdowns.outreachByAspect.length,
    breakdowns,
    byOrg,
    compliance: complianceOf(year, orgs, meetings, pathOf, complianceRules),
    development: developmentTable(developmentRows),
  };
}

/** A total's figure per org: its measure (or the count) summed over the facts that meet its condition. */
function sumPerOrg(facts: Row[], source: TotalSource): Map<number, number> {
  const sums = new Map<number, number>();
  const measure = source.measure ?? 'n';
  for (const row of facts) {
    if (source.where && row[source.where.column] !== source.where.value) continue;
    const orgId = Number(row.orgId);
    sums.set(orgId, (sums.get(orgId) ?? 0) + number(row[measure]));
  }
  return sums;
}

/**
 * A table's records of the year: its rows of `report_facts`, one per org and codes, the codes under
 * their own names, with the year's count, the summed measure and (monthly tables) the months'.
 */
function factsStatement(fact: FactTable, orgIds: readonly number[], year: number): [string, unknown[]] {
  const select = [
    't.orgId AS orgId',
    ...fact.columns.map((column) => `t.${codeColumn(fact, column)} AS ${column}`),
    't.n AS n',
    ...(fact.sum ? [`t.items AS ${fact.sum}`] : []),
    ...(fact.monthly ? MONTH_COLUMNS.map((column) => `t.${column} AS ${column}`) : []),
  ];
  return [`SELECT ${select.join(', ')} FROM ${FACTS_TABLE} t WHERE t.tbl = '${fact.table}' AND ${ofOrgs('t', orgIds)} AND t.year = ? AND t.n > 0`, [year]];
}

/** Development records active in the period (any stage date in it), per org and the stage reached in it (NULL: none reached). */
function developmentFactsStatement(orgIds: readonly number[], period: Period): [string, unknown[]] {
  const stages = STAGES_REACHED.flatMap(() => [period.start, period.end]);
  const active = STAGE_DATES.flatMap(() => [period.start, period.end]);
  return [
    `SELECT s.orgId AS orgId, s.stage AS stage, COUNT(*) AS n FROM (
       SELECT t.orgId AS orgId, ${stageReachedSql('t', () => '?')} AS stage FROM development_records t WHERE ${inOrgs('t', orgIds)} AND ${activeInSql('t', () => '?')}
     ) s GROUP BY s.orgId, s.stage`,
    [...stages, ...active],
  ];
}

/**
 * Last year's totals in one statement: one part per table, one row per table with its totals as
 * columns v0, v1… (in TOTAL_SOURCES order; padded with NULL, as UNION ALL needs the same columns).
 * Counted tables read their rows of `report_facts`; development records, placed by any of their
 * stage dates, their own table.
 */
function previousTotalsStatement(orgIds: readonly number[], period: Period): { statement: [string, unknown[]]; keysOf: Map<string, string[]> } {
  const keysOf = new Map<string, string[]>();
  for (const source of TOTAL_SOURCES) keysOf.set(source.table, [...(keysOf.get(source.table) ?? []), source.key]);
  const width = Math.max(...[...keysOf.values()].map((keys) => keys.length));
  const { sql, params } = unionAll(
    [...keysOf.keys()].map((table) => {
      const sources = TOTAL_SOURCES.filter((source) => source.table === table);
      const fact = FACT_TABLES.find((candidate) => candidate.table === table);
      const columns = Array.from({ length: width }, (_, i) => {
        const source = sources[i];
        if (!source) return `NULL AS v${i}`;
        if (!fact) return `SUM(1) AS v${i}`;
        const measure = source.measure ? 't.items' : 't.n';
        // the column and value are the report's own constants, never input
        return `SUM(${source.where ? `CASE WHEN t.${codeColumn(fact, source.where.column)} = '${source.where.value}' THEN ${measure} ELSE 0 END` : measure}) AS v${i}`;
      });
      if (!fact) return { sql: `SELECT '${table}' AS tbl, ${columns.join(', ')} FROM ${table} t WHERE ${inOrgs('t', orgIds)} AND ${sources[0].inPeriod('t')}`, params: sources[0].periodParams(period) };
      return { sql: `SELECT '${table}' AS tbl, ${columns.join(', ')} FROM ${FACTS_TABLE} t WHERE t.tbl = '${table}' AND ${ofOrgs('t', orgIds)} AND t.year = ?`, params: [Number(period.start.slice(0, 4))] };
    }),
  );
  return { statement: [sql, params], keysOf };
}

/** Sums the per-org figures into the report org's live direct children (each with its subtree). */
function childOrgTotals(rootId: number, orgs: Row[], allOrgs: Row[], perOrg: Map<keyof Totals, Map<number, number>>): OrgTotals[] {
  // In tree order: by id, as the org tree lists siblings (a path sorts '/11/' before '/2/').
  const children = orgs.filter((o) => Number(o.parentId) === rootId).sort((a, b) => Number(a.id) - Number(b.id));
  const result = new Map(children.map((c) => [Number(c.id), { orgId: Number(c.id), name: String(c.name), totals: zeroTotals() }]));
  // a deleted org's records count in the child it was under, as they count in the totals
  const childOf = new Map<number, OrgTotals>();
  for (const o of allOrgs) {
    const child = children.find((c) => String(o.path).includes(subtreeMarker(Number(c.id))));
    if (child) childOf.set(Number(o.id), result.get(Number(child.id))!);
  }
  for (const [key, sums] of perOrg) {
    for (const [orgId, n] of sums) {
      const child = childOf.get(orgId);
      if (child) child.totals[key] += n;
    }
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
