import { labelledEnum, Locale } from './labelled-enum';
import { AnnualReport, BreakdownEntry, BreakdownKey, TotalKey, TotalName } from './reports';

/**
 * The charts of an annual report, defined once: the admin dashboard draws them with recharts and
 * the API draws them as images for Word. Plain data only, so the spec can travel as JSON.
 */
export type ChartKind = 'bar' | 'pie' | 'line';

export interface ChartSeries {
  key: string;
  label: string;
}

/** One category (a month, a meeting category, …) with one value per series key. */
export interface ChartPoint {
  key: string;
  label: string;
  values: Record<string, number>;
}

export interface ChartSpec {
  key: string;
  title: string;
  kind: ChartKind;
  /** The unit of the values, e.g. 次, 篇, 项. */
  unit: string;
  /** What the categories are (月份, 类别, …): an axis title and a table's first header. */
  categoryLabel: string;
  series: ChartSeries[];
  data: ChartPoint[];
}

/** A title for each breakdown of an annual report (sheet names, table and chart titles). */
export const BreakdownName = labelledEnum<BreakdownKey>({
  meetingsByMonth: { zh: '会议月度分布', en: 'Meetings by month' },
  tripsByMonth: { zh: '基层调研月度分布', en: 'Research trips by month' },
  deedsByMonth: { zh: '办实事月度分布', en: 'Deeds by month' },
  outreachByMonth: { zh: '科普活动月度分布', en: 'Popular science by month' },
  journalByMonth: { zh: '期刊与网站信息月度分布', en: 'Journal posts by month' },
  meetingsByCategory: { zh: '会议类别', en: 'Meetings by category' },
  meetingsByFormat: { zh: '会议形式', en: 'Meetings by format' },
  tripsByServiceArea: { zh: '基层调研服务领域', en: 'Research trips by service area' },
  deedsByServiceArea: { zh: '办实事服务领域', en: 'Deeds by service area' },
  deedsByStatus: { zh: '办实事进展', en: 'Deeds by status' },
  outreachByVenue: { zh: '科普活动阵地', en: 'Popular science by venue' },
  outreachItemsByVenue: { zh: '科普项目阵地', en: 'Popular-science items by venue' },
  outreachByAudience: { zh: '科普活动对象', en: 'Popular science by audience' },
  outreachByAspect: { zh: '科普活动方面', en: 'Popular science by aspect' },
  journalByChannel: { zh: '期刊与网站信息渠道', en: 'Journal posts by channel' },
  journalByKind: { zh: '期刊与网站信息类型', en: 'Journal posts by kind' },
  papersByDimension: { zh: '论文维度', en: 'Papers by dimension' },
  papersByAward: { zh: '论文获奖', en: 'Papers by award' },
  developmentByStage: { zh: '发展党员阶段', en: 'Development by stage' },
  byOrg: { zh: '分组织', en: 'By organisation' },
});

/** What the categories of each breakdown are. */
export const BreakdownCategory = labelledEnum<BreakdownKey>({
  meetingsByMonth: { zh: '月份', en: 'Month' },
  tripsByMonth: { zh: '月份', en: 'Month' },
  deedsByMonth: { zh: '月份', en: 'Month' },
  outreachByMonth: { zh: '月份', en: 'Month' },
  journalByMonth: { zh: '月份', en: 'Month' },
  meetingsByCategory: { zh: '会议类别', en: 'Category' },
  meetingsByFormat: { zh: '会议形式', en: 'Format' },
  tripsByServiceArea: { zh: '服务领域', en: 'Service area' },
  deedsByServiceArea: { zh: '服务领域', en: 'Service area' },
  deedsByStatus: { zh: '进展', en: 'Status' },
  outreachByVenue: { zh: '阵地', en: 'Venue' },
  outreachItemsByVenue: { zh: '阵地', en: 'Venue' },
  outreachByAudience: { zh: '对象', en: 'Audience' },
  outreachByAspect: { zh: '方面', en: 'Aspect' },
  journalByChannel: { zh: '渠道', en: 'Channel' },
  journalByKind: { zh: '类型', en: 'Kind' },
  papersByDimension: { zh: '维度', en: 'Dimension' },
  papersByAward: { zh: '获奖等级', en: 'Award' },
  developmentByStage: { zh: '阶段', en: 'Stage' },
  byOrg: { zh: '组织', en: 'Organisation' },
});

/** The unit a figure of each breakdown is counted in (Chinese measure words; none in English). */
const UNIT: Record<BreakdownKey, string> = {
  meetingsByMonth: '次',
  tripsByMonth: '次',
  deedsByMonth: '项',
  outreachByMonth: '次',
  journalByMonth: '篇',
  meetingsByCategory: '次',
  meetingsByFormat: '次',
  tripsByServiceArea: '次',
  deedsByServiceArea: '项',
  deedsByStatus: '项',
  outreachByVenue: '次',
  outreachItemsByVenue: '项',
  outreachByAudience: '次',
  outreachByAspect: '次',
  journalByChannel: '篇',
  journalByKind: '篇',
  papersByDimension: '篇',
  papersByAward: '篇',
  developmentByStage: '人',
  byOrg: '',
};

export function breakdownUnit(key: BreakdownKey, locale: Locale = 'zh'): string {
  return locale === 'zh' ? UNIT[key] : '';
}

/** Month keys of a breakdown by month. */
export const MONTH_KEYS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `03` (or `2021-03`) as 3月 / Mar. */
export function monthLabel(month: string, locale: Locale = 'zh'): string {
  const n = Number(month.slice(-2));
  return locale === 'zh' ? `${n}月` : (EN_MONTHS[n - 1] ?? month);
}

/** One line of the monthly chart: which breakdown it draws and which total names it. */
interface MonthlyLine {
  breakdown: BreakdownKey;
  total: TotalKey;
}

const MONTHLY: readonly MonthlyLine[] = [
  { breakdown: 'meetingsByMonth', total: 'meetings' },
  { breakdown: 'tripsByMonth', total: 'researchTrips' },
  { breakdown: 'deedsByMonth', total: 'deeds' },
  { breakdown: 'outreachByMonth', total: 'outreachActivities' },
  { breakdown: 'journalByMonth', total: 'journalPosts' },
];

/** The single-breakdown charts, in the order the report shows them. Pies for parts of a whole. */
const SINGLE: readonly { breakdown: BreakdownKey; kind: ChartKind }[] = [
  { breakdown: 'meetingsByCategory', kind: 'bar' },
  { breakdown: 'meetingsByFormat', kind: 'pie' },
  { breakdown: 'tripsByServiceArea', kind: 'bar' },
  { breakdown: 'deedsByServiceArea', kind: 'bar' },
  { breakdown: 'deedsByStatus', kind: 'pie' },
  { breakdown: 'papersByDimension', kind: 'bar' },
  { breakdown: 'papersByAward', kind: 'bar' },
  { breakdown: 'outreachItemsByVenue', kind: 'bar' },
  { breakdown: 'journalByChannel', kind: 'pie' },
];

/** The breakdowns the charts draw; a report tabulates the others without a chart. */
export const CHARTED_BREAKDOWNS: readonly BreakdownKey[] = [...MONTHLY.map((m) => m.breakdown), ...SINGLE.map((s) => s.breakdown)];

const MONTHLY_TITLE = labelledEnum({ monthly: { zh: '月度工作趋势', en: 'Work by month' } });

/** The charts of an annual report: the monthly trend first, then one per main breakdown. */
export function reportCharts(report: AnnualReport, locale: Locale = 'zh'): ChartSpec[] {
  return [monthlyChart(report, locale), ...SINGLE.map(({ breakdown, kind }) => breakdownChart(report, breakdown, kind, locale))];
}

/** A line per kind of work over the twelve months; a month the API left out counts 0. */
function monthlyChart(report: AnnualReport, locale: Locale): ChartSpec {
  // Counts keyed by the month's two digits (tolerates `2021-03` as well as `03`).
  const byMonth = MONTHLY.map(({ breakdown }) => {
    const counts = new Map<string, number>();
    for (const entry of report.breakdowns[breakdown] ?? []) counts.set(entry.key.slice(-2), entry.count);
    return counts;
  });
  return {
    key: 'monthly',
    title: MONTHLY_TITLE.label('monthly', locale),
    kind: 'line',
    unit: '',
    categoryLabel: BreakdownCategory.label('meetingsByMonth', locale),
    series: MONTHLY.map(({ total }) => ({ key: total, label: TotalName.label(total, locale) })),
    data: MONTH_KEYS.map((month) => ({
      key: month,
      label: monthLabel(month, locale),
      values: Object.fromEntries(MONTHLY.map(({ total }, i) => [total, byMonth[i].get(month) ?? 0])),
    })),
  };
}

/** The one series of a single-breakdown chart. */
export const COUNT_SERIES = 'count';

/** One breakdown as a one-series chart (also how a report tabulates a breakdown it does not draw). */
export function breakdownChart(report: AnnualReport, breakdown: BreakdownKey, kind: ChartKind = 'bar', locale: Locale = 'zh'): ChartSpec {
  const entries: BreakdownEntry[] = report.breakdowns[breakdown] ?? [];
  return {
    key: breakdown,
    title: BreakdownName.label(breakdown, locale),
    kind,
    unit: breakdownUnit(breakdown, locale),
    categoryLabel: BreakdownCategory.label(breakdown, locale),
    series: [{ key: COUNT_SERIES, label: locale === 'zh' ? '数量' : 'Count' }],
    data: entries.map((entry) => ({ key: entry.key, label: entry.label, values: { [COUNT_SERIES]: entry.count } })),
  };
}

/** Whether a chart has anything to draw (a report leaves out empty charts). */
export function chartHasData(spec: ChartSpec): boolean {
  return spec.data.some((point) => spec.series.some((s) => (point.values[s.key] ?? 0) > 0));
}
