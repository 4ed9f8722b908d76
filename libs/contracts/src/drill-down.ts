import type { Resource } from './access';
import type { BreakdownKey, ComplianceCell, TotalKey } from './reports';

/**
 * From a figure of the annual report to the records behind it: the list and the filter that select
 * exactly the records the figure counts (the same date column, the same conditions, the org's
 * subtree). The dashboard links every number with these, and a test checks each link's count.
 */
export interface ListLink {
  resource: Resource;
  filter: Record<string, string | number>;
}

type Filter = ListLink['filter'];

/** The date column placing a record of each list in a year, or `year` for papers. */
const PLACED_BY: Partial<Record<Resource, string>> = {
  meetings: 'date',
  'research-trips': 'startDate',
  deeds: 'plannedStart',
  recruitments: 'date',
  'outreach-activities': 'date',
  'journal-posts': 'publishedDate',
  'writer-contacts': 'date',
  'volunteer-services': 'date',
};

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** The filter placing records in a year, or in one month (`01`…`12`) of it. */
function placedIn(resource: Resource, year: number, month?: string): Filter {
  if (resource === 'papers') return { year };
  if (resource === 'development-records') return { activeIn: year };
  const column = PLACED_BY[resource]!;
  if (month === undefined) return { [`${column}_gte`]: `${year}-01-01`, [`${column}_lte`]: `${year}-12-31` };
  return { [`${column}_gte`]: `${year}-${month}-01`, [`${column}_lte`]: `${year}-${month}-${pad(lastDay(year, Number(month)))}` };
}

/** Each total: its list and the condition beyond "in the year". */
const TOTALS: Record<TotalKey, { resource: Resource; where?: Filter }> = {
  meetings: { resource: 'meetings' },
  researchTrips: { resource: 'research-trips' },
  deeds: { resource: 'deeds' },
  deedsCompleted: { resource: 'deeds', where: { status: 'completed' } },
  recruitments: { resource: 'recruitments' },
  developmentRecords: { resource: 'development-records' },
  papers: { resource: 'papers' },
  excellentPapers: { resource: 'papers', where: { award: 'national_excellent' } },
  outreachActivities: { resource: 'outreach-activities' },
  outreachItems: { resource: 'outreach-activities' },
  journalPosts: { resource: 'journal-posts' },
  publicResponses: { resource: 'journal-posts', where: { kind: 'public_response' } },
  writerContacts: { resource: 'writer-contacts' },
  volunteerServices: { resource: 'volunteer-services' },
};

/**
 * Each breakdown: its list and the filter an entry's key becomes. `byOrg` is absent: a child org
 * opens the dashboard of that org instead of a list.
 */
const BREAKDOWNS: Record<Exclude<BreakdownKey, 'byOrg'>, { resource: Resource; field?: string; month?: true; stage?: true }> = {
  meetingsByMonth: { resource: 'meetings', month: true },
  tripsByMonth: { resource: 'research-trips', month: true },
  deedsByMonth: { resource: 'deeds', month: true },
  outreachByMonth: { resource: 'outreach-activities', month: true },
  journalByMonth: { resource: 'journal-posts', month: true },
  meetingsByCategory: { resource: 'meetings', field: 'category' },
  meetingsByFormat: { resource: 'meetings', field: 'format' },
  tripsByServiceArea: { resource: 'research-trips', field: 'serviceArea' },
  deedsByServiceArea: { resource: 'deeds', field: 'serviceArea' },
  deedsByStatus: { resource: 'deeds', field: 'status' },
  outreachByVenue: { resource: 'outreach-activities', field: 'venue' },
  outreachItemsByVenue: { resource: 'outreach-activities', field: 'venue' },
  outreachByAudience: { resource: 'outreach-activities', field: 'audience' },
  outreachByAspect: { resource: 'outreach-activities', field: 'aspect' },
  journalByChannel: { resource: 'journal-posts', field: 'channel' },
  journalByKind: { resource: 'journal-posts', field: 'kind' },
  papersByDimension: { resource: 'papers', field: 'dimension' },
  papersByAward: { resource: 'papers', field: 'award' },
  developmentByStage: { resource: 'development-records', stage: true },
};

/** Which report a link comes from: the year and the org whose subtree it counts. */
export interface ReportScope {
  year: number;
  orgId: number;
}

export function totalLink(key: TotalKey, scope: ReportScope): ListLink {
  const { resource, where } = TOTALS[key];
  return { resource, filter: { orgId: scope.orgId, ...placedIn(resource, scope.year), ...where } };
}

/** The records behind one entry of a breakdown; `undefined` for `byOrg`. */
export function breakdownLink(key: BreakdownKey, entryKey: string, scope: ReportScope): ListLink | undefined {
  if (key === 'byOrg') return undefined;
  const spec = BREAKDOWNS[key];
  if (spec.stage) return { resource: spec.resource, filter: { orgId: scope.orgId, reachedIn: `${scope.year}:${entryKey}` } };
  const period = placedIn(spec.resource, scope.year, spec.month ? entryKey.slice(-2) : undefined);
  return { resource: spec.resource, filter: { orgId: scope.orgId, ...period, ...(spec.field ? { [spec.field]: entryKey } : {}) } };
}

/** The monthly breakdown behind each series of the monthly chart. */
const MONTHLY_OF: Partial<Record<TotalKey, BreakdownKey>> = {
  meetings: 'meetingsByMonth',
  researchTrips: 'tripsByMonth',
  deeds: 'deedsByMonth',
  outreachActivities: 'outreachByMonth',
  journalPosts: 'journalByMonth',
};

/** The records behind a bar or slice of a chart of `reportCharts` (its key, series and category). */
export function chartLink(chart: string, series: string, point: string, scope: ReportScope): ListLink | undefined {
  const breakdown = chart === 'monthly' ? MONTHLY_OF[series as TotalKey] : (chart as BreakdownKey);
  return breakdown && breakdown in BREAKDOWNS ? breakdownLink(breakdown, point, scope) : undefined;
}

/** The meetings of one compliance cell: the org (with its subtree), the kind, the period. */
export function complianceLink(cell: ComplianceCell): ListLink {
  const [year, part] = cell.period.split('-');
  const y = Number(year);
  let from = `${year}-01-01`;
  let to = `${year}-12-31`;
  if (part?.startsWith('Q')) {
    const first = (Number(part.slice(1)) - 1) * 3 + 1;
    from = `${year}-${pad(first)}-01`;
    to = `${year}-${pad(first + 2)}-${pad(lastDay(y, first + 2))}`;
  } else if (part) {
    from = `${year}-${part}-01`;
    to = `${year}-${part}-${pad(lastDay(y, Number(part)))}`;
  }
  return { resource: 'meetings', filter: { orgId: cell.orgId, category: cell.category, date_gte: from, date_lte: to } };
}

/** The admin's address of a filtered list (react-admin reads `filter` and shows those inputs). */
export function listPath({ resource, filter }: ListLink): string {
  const displayed = Object.fromEntries(Object.keys(filter).map((key) => [key, true]));
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&displayedFilters=${encodeURIComponent(JSON.stringify(displayed))}`;
}
