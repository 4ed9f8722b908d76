import { chartHasData, COUNT_SERIES, MONTH_KEYS, reportCharts } from './report-charts';
import { AnnualReport, BREAKDOWN_KEYS, BreakdownEntry, BreakdownKey, TOTAL_KEYS, Totals } from './reports';

const zeroTotals = (): Totals => Object.fromEntries(TOTAL_KEYS.map((k) => [k, 0])) as Totals;

const months = (counts: number[]): BreakdownEntry[] =>
  counts.map((count, i) => ({ key: MONTH_KEYS[i], label: `${i + 1}月`, count })).filter((e) => e.count > 0);

function report(breakdowns: Partial<Record<BreakdownKey, BreakdownEntry[]>>): AnnualReport {
  return {
    year: 2021,
    orgId: 1,
    orgName: '市行业学会',
    totals: zeroTotals(),
    previous: { totals: zeroTotals() },
    sinceFounding: { recruitments: 0 },
    outreachAspects: 0,
    breakdowns: { ...(Object.fromEntries(BREAKDOWN_KEYS.map((k) => [k, []])) as unknown as Record<BreakdownKey, BreakdownEntry[]>), ...breakdowns },
    byOrg: [],
    compliance: [],
    development: [],
  };
}

describe('reportCharts', () => {
  const trips = [0, 1, 2, 1, 0, 3, 1, 1, 2, 0, 1, 1];
  const journal = [50, 55, 60, 62, 58, 61, 59, 64, 60, 63, 61, 65];
  const charts = reportCharts(
    report({
      tripsByMonth: months(trips),
      journalByMonth: months(journal),
      meetingsByFormat: [
        { key: 'in_person', label: '现场', count: 20 },
        { key: 'video', label: '视频', count: 6 },
      ],
    }),
  );

  it('has a monthly trend of 12 months whose values are the breakdown counts, 0 for a month without any', () => {
    const monthly = charts.find((c) => c.key === 'monthly')!;
    expect(monthly.kind).toBe('line');
    expect(monthly.data.map((p) => p.label)).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(monthly.data.map((p) => p.values.researchTrips)).toEqual(trips);
    expect(monthly.data.map((p) => p.values.journalPosts)).toEqual(journal);
    expect(monthly.data.every((p) => p.values.meetings === 0)).toBe(true);
    expect(monthly.series.map((s) => s.label)).toEqual(['会议', '基层调研', '为群众办实事', '科普活动', '期刊与网站信息']);
  });

  it('draws each main breakdown once, in its own order, with its labels', () => {
    expect(charts.map((c) => c.key)).toEqual([
      'monthly',
      'meetingsByCategory',
      'meetingsByFormat',
      'tripsByServiceArea',
      'deedsByServiceArea',
      'deedsByStatus',
      'papersByDimension',
      'papersByAward',
      'outreachItemsByVenue',
      'journalByChannel',
    ]);
    const format = charts.find((c) => c.key === 'meetingsByFormat')!;
    expect(format).toMatchObject({ kind: 'pie', title: '会议形式', unit: '次' });
    expect(format.data).toEqual([
      { key: 'in_person', label: '现场', values: { [COUNT_SERIES]: 20 } },
      { key: 'video', label: '视频', values: { [COUNT_SERIES]: 6 } },
    ]);
  });

  it('tells the empty charts apart and stays plain JSON', () => {
    expect(charts.filter(chartHasData).map((c) => c.key)).toEqual(['monthly', 'meetingsByFormat']);
    expect(JSON.parse(JSON.stringify(charts))).toEqual(charts);
  });

  it('speaks English when asked', () => {
    const [monthly] = reportCharts(report({}), 'en');
    expect(monthly.data[0].label).toBe('Jan');
    expect(monthly.series[0].label).toBe('Meetings');
  });
});
