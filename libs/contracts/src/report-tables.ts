import type { ChartSpec } from './report-charts';
import { ComplianceStatus, TOTAL_KEYS, TotalName, type AnnualReport, type ComplianceCell, type DevelopmentTableRow, type OrgTotals, type TotalKey } from './reports';
import { MeetingCategory } from './meetings';
import { Occupation } from './members';

/**
 * The tables of the year-end report as plain data, so Word and Excel show the same rows and
 * headers and only differ in how they draw them.
 */

/**
 * How a column's values read; all but text are numbers, formatted per file: a count, a signed
 * difference (+3), a share (12.5%) or a relative change (+12.5%).
 */
export type ColumnKind = 'text' | 'count' | 'signed' | 'percent' | 'change';

export interface TableColumn {
  header: string;
  kind: ColumnKind;
}

export type ReportTableCell = string | number | null;

export interface ReportTable {
  title: string;
  columns: TableColumn[];
  rows: ReportTableCell[][];
  /** A last row of totals, drawn in bold. */
  footer?: ReportTableCell[];
}

const text = (header: string): TableColumn => ({ header, kind: 'text' });
const count = (header: string): TableColumn => ({ header, kind: 'count' });

/** 一、主要数据: each total this year and last. */
export function totalsTable(report: AnnualReport): ReportTable {
  return {
    title: '主要数据',
    columns: [text('项目'), count('本年'), count('上年'), { header: '增减', kind: 'signed' }, { header: '增减率', kind: 'change' }],
    rows: TOTAL_KEYS.map((key) => {
      const current = report.totals[key];
      const previous = report.previous.totals[key];
      return [TotalName.label(key), current, previous, current - previous, previous ? (current - previous) / previous : null];
    }),
  };
}

/** A chart's figures: one row per category; a share column when there is one series. */
export function chartTable(spec: ChartSpec): ReportTable {
  const unit = spec.unit ? `（${spec.unit}）` : '';
  const sums = spec.series.map((s) => spec.data.reduce((sum, p) => sum + (p.values[s.key] ?? 0), 0));
  if (spec.series.length === 1) {
    const [key] = spec.series.map((s) => s.key);
    const total = sums[0];
    return {
      title: spec.title,
      columns: [text(spec.categoryLabel), count(`${spec.series[0].label}${unit}`), { header: '占比', kind: 'percent' }],
      rows: spec.data.map((p) => [p.label, p.values[key] ?? 0, total ? (p.values[key] ?? 0) / total : null]),
      footer: ['合计', total, total ? 1 : null],
    };
  }
  return {
    title: spec.title,
    columns: [text(spec.categoryLabel), ...spec.series.map((s) => count(`${s.label}${unit}`))],
    rows: spec.data.map((p) => [p.label, ...spec.series.map((s) => p.values[s.key] ?? 0)]),
    footer: ['合计', ...sums],
  };
}

/** Per child org, the totals chosen (all of them by default). */
export function byOrgTable(byOrg: OrgTotals[], keys: readonly TotalKey[] = TOTAL_KEYS): ReportTable {
  return {
    title: '分组织',
    columns: [text('组织'), ...keys.map((key) => count(TotalName.label(key)))],
    rows: byOrg.map((org) => [org.name, ...keys.map((key) => org.totals[key])]),
  };
}

/** 三会一课: org by org, kind by kind, period by period. */
export function complianceTable(cells: ComplianceCell[], title = '三会一课落实情况'): ReportTable {
  const sorted = [...cells].sort(
    (a, b) =>
      a.orgName.localeCompare(b.orgName, 'zh') ||
      MeetingCategory.values.indexOf(a.category) - MeetingCategory.values.indexOf(b.category) ||
      a.period.localeCompare(b.period),
  );
  return {
    title,
    columns: [text('组织'), text('会议类别'), text('期间'), count('应开（次）'), count('实开（次）'), text('落实情况')],
    rows: sorted.map((c) => [c.orgName, MeetingCategory.label(c.category), periodLabel(c.period), c.required, c.held, ComplianceStatus.label(c.status)]),
  };
}

/** The cells that fall short of their rule. */
export function shortfalls(cells: ComplianceCell[]): ComplianceCell[] {
  return cells.filter((c) => c.status !== 'met');
}

/** The occupations a development table shows: every known one, then any other key it carries. */
function occupationKeys(rows: DevelopmentTableRow[]): string[] {
  const extra = rows.flatMap((r) => Object.keys(r.byOccupation)).filter((k) => !Occupation.has(k));
  return [...Occupation.values, ...new Set(extra)];
}

/** 发展党员情况: people admitted and confirmed, by group (as the Party's year-end statistics). */
export function developmentTable(rows: DevelopmentTableRow[]): ReportTable {
  const occupations = occupationKeys(rows);
  return {
    title: '发展党员情况',
    columns: [
      text('项目'),
      count('合计'),
      count('女性'),
      count('少数民族'),
      count('35岁及以下'),
      count('大专及以上'),
      ...occupations.map((k) => count(Occupation.has(k) ? Occupation.label(k) : k)),
    ],
    rows: rows.map((r) => [r.label, r.total, r.women, r.minorities, r.age35AndUnder, r.collegeAndAbove, ...occupations.map((k) => r.byOccupation[k] ?? 0)]),
  };
}

/** A compliance period (`2021-Q1`, `2021-03`, `2021`) in words. */
export function periodLabel(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}年第${'一二三四'[Number(quarter[2]) - 1]}季度`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  return /^\d{4}$/.test(period) ? `${period}年` : period;
}
