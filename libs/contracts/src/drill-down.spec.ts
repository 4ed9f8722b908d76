import { breakdownLink, chartLink, complianceLink, listPath, totalLink } from './drill-down';

describe('drill-down links', () => {
  const scope = { year: 2021, orgId: 2 };

  it('places records in the year by the column the report counts them by', () => {
    expect(totalLink('meetings', scope)).toEqual({ resource: 'meetings', filter: { orgId: 2, date_gte: '2021-01-01', date_lte: '2021-12-31' } });
    expect(totalLink('excellentPapers', scope)).toEqual({ resource: 'papers', filter: { orgId: 2, year: 2021, award: 'national_excellent' } });
    expect(totalLink('developmentRecords', scope).filter).toEqual({ orgId: 2, activeIn: 2021 });
  });

  it('narrows a month to its last day, leap years included', () => {
    expect(breakdownLink('deedsByMonth', '02', { year: 2024, orgId: 1 })!.filter).toEqual({ orgId: 1, plannedStart_gte: '2024-02-01', plannedStart_lte: '2024-02-29' });
    expect(breakdownLink('journalByChannel', 'website', scope)!.filter).toMatchObject({ channel: 'website', publishedDate_lte: '2021-12-31' });
    expect(breakdownLink('developmentByStage', 'candidate', scope)!.filter).toEqual({ orgId: 2, reachedIn: '2021:candidate' });
    expect(breakdownLink('byOrg', '3', scope)).toBeUndefined();
    expect(chartLink('monthly', 'researchTrips', '03', scope)).toEqual({ resource: 'research-trips', filter: { orgId: 2, startDate_gte: '2021-03-01', startDate_lte: '2021-03-31' } });
    expect(chartLink('papersByAward', 'count', 'none', scope)!.filter).toEqual({ orgId: 2, year: 2021, award: 'none' });
    expect(chartLink('monthly', 'unknown', '03', scope)).toBeUndefined();
  });

  it('gives a compliance cell its period', () => {
    const cell = { orgId: 5, orgName: '', category: 'branch_assembly' as const, required: 1, held: 0, status: 'missing' as const };
    expect(complianceLink({ ...cell, period: '2021-Q4' }).filter).toEqual({ orgId: 5, category: 'branch_assembly', date_gte: '2021-10-01', date_lte: '2021-12-31' });
    expect(complianceLink({ ...cell, period: '2021-04' }).filter).toMatchObject({ date_gte: '2021-04-01', date_lte: '2021-04-30' });
    expect(complianceLink({ ...cell, period: '2021' }).filter).toMatchObject({ date_gte: '2021-01-01', date_lte: '2021-12-31' });
  });

  it('writes the admin address with the filter inputs shown', () => {
    const path = listPath({ resource: 'papers', filter: { year: 2021 } });
    expect(path.startsWith('/papers?filter=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(new URL(path, 'http://x').searchParams.get('displayedFilters')!))).toEqual({ year: true });
  });
});
