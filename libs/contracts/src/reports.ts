import { labelledEnum, EnumValue } from './labelled-enum';
import type { MeetingCategory } from './meetings';

/** The figures of DESIGN.md §4 "Annual statistics", one key each. */
export const TOTAL_KEYS = [
  'meetings',
  'researchTrips',
  'deeds',
  'deedsCompleted',
  'recruitments',
  'developmentRecords',
  'papers',
  'excellentPapers',
  'outreachActivities',
  'outreachItems',
  'journalPosts',
  'publicResponses',
  'writerContacts',
  'volunteerServices',
] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];
export type Totals = Record<TotalKey, number>;

export const TotalName = labelledEnum<TotalKey>({
  meetings: { zh: '会议', en: 'Meetings' },
  researchTrips: { zh: '基层调研', en: 'Research trips' },
  deeds: { zh: '为群众办实事', en: 'Practical deeds' },
  deedsCompleted: { zh: '已办结实事', en: 'Deeds completed' },
  recruitments: { zh: '吸纳人才', en: 'Talents recruited' },
  developmentRecords: { zh: '发展党员（在培养）', en: 'People in development' },
  papers: { zh: '征集论文', en: 'Papers collected' },
  excellentPapers: { zh: '全国行业学会年度优秀论文', en: 'National excellent papers' },
  outreachActivities: { zh: '科普活动', en: 'Popular-science activities' },
  outreachItems: { zh: '科普项目', en: 'Popular-science items' },
  journalPosts: { zh: '期刊与网站信息', en: 'Journal and website posts' },
  publicResponses: { zh: '回应关切', en: 'Responses to public concerns' },
  writerContacts: { zh: '联系基层撰稿人', en: 'Contacts with writers' },
  volunteerServices: { zh: '党员志愿服务', en: 'Volunteer services' },
});

/** One bar, slice or row of a breakdown. */
export interface BreakdownEntry {
  key: string;
  label: string;
  count: number;
}

/** The breakdowns an annual report carries. */
export const BREAKDOWN_KEYS = [
  'meetingsByMonth',
  'tripsByMonth',
  'deedsByMonth',
  'outreachByMonth',
  'journalByMonth',
  'meetingsByCategory',
  'meetingsByFormat',
  'tripsByServiceArea',
  'deedsByServiceArea',
  'deedsByStatus',
  'outreachByVenue',
  'outreachItemsByVenue',
  'outreachByAudience',
  'outreachByAspect',
  'journalByChannel',
  'journalByKind',
  'papersByDimension',
  'papersByAward',
  'developmentByStage',
  'byOrg',
] as const;
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number];

/** Per direct child org of the report's org: each total. */
export interface OrgTotals {
  orgId: number;
  name: string;
  totals: Totals;
}

export const ComplianceFrequency = labelledEnum({
  monthly: { zh: '每月', en: 'Monthly' },
  quarterly: { zh: '每季度', en: 'Quarterly' },
  yearly: { zh: '每年', en: 'Yearly' },
});
export type ComplianceFrequency = EnumValue<typeof ComplianceFrequency>;

/** How often a kind of meeting is due (三会一课), by an admin's setting. */
export interface ComplianceRule {
  category: MeetingCategory;
  frequency: ComplianceFrequency;
  /** Meetings needed per period. */
  required: number;
  /** The org types the rule applies to. */
  orgTypes: ('party_branch' | 'party_group')[];
  /** Where the figure comes from. */
  source: string;
}

/**
 * 三会一课 by the defaults of 《中国共产党支部工作条例（试行）》: the branch assembly quarterly, the
 * branch committee and the party group monthly, the theme day monthly, the organisational life
 * meeting yearly; party lectures quarterly (the 条例 sets no figure, so an admin may change it).
 */
export const DEFAULT_COMPLIANCE_RULES: readonly ComplianceRule[] = [
  { category: 'branch_assembly', frequency: 'quarterly', required: 1, orgTypes: ['party_branch'], source: '《中国共产党支部工作条例（试行）》' },
  { category: 'branch_committee', frequency: 'monthly', required: 1, orgTypes: ['party_branch'], source: '《中国共产党支部工作条例（试行）》' },
  { category: 'party_group', frequency: 'monthly', required: 1, orgTypes: ['party_group'], source: '《中国共产党支部工作条例（试行）》' },
  { category: 'party_lecture', frequency: 'quarterly', required: 1, orgTypes: ['party_branch'], source: '本会设定（条例未规定次数）' },
  { category: 'theme_day', frequency: 'monthly', required: 1, orgTypes: ['party_branch'], source: '《中国共产党支部工作条例（试行）》' },
  { category: 'org_life', frequency: 'yearly', required: 1, orgTypes: ['party_branch'], source: '《中国共产党支部工作条例（试行）》' },
];

export const ComplianceStatus = labelledEnum({
  met: { zh: '达标', en: 'Met' },
  partial: { zh: '不足', en: 'Short' },
  missing: { zh: '未开展', en: 'None held' },
});
export type ComplianceStatus = EnumValue<typeof ComplianceStatus>;

/**
 * 三会一课 of one org for one kind of meeting over the report's year: what its rule requires per
 * period and what the org and the orgs under it held in each period that has begun. One row per
 * org and kind keeps a society's table small (2,000 rows, not 15,000 cells); `complianceCells`
 * spells it out period by period.
 */
export interface ComplianceRow {
  orgId: number;
  orgName: string;
  category: MeetingCategory;
  frequency: ComplianceFrequency;
  /** Meetings needed per period. */
  required: number;
  /** Meetings held in each period that has begun, in the order of `compliancePeriods`. */
  held: number[];
}

/** One org's record for one kind of meeting in one period. */
export interface ComplianceCell {
  orgId: number;
  orgName: string;
  category: MeetingCategory;
  /** `2021-Q1`, `2021-03` or `2021`. */
  period: string;
  required: number;
  held: number;
  status: ComplianceStatus;
}

/** The development table of the Party's year-end statistics: people admitted and confirmed, by group. */
export interface DevelopmentTableRow {
  key: 'developed' | 'confirmed';
  label: string;
  total: number;
  women: number;
  minorities: number;
  age35AndUnder: number;
  collegeAndAbove: number;
  byOccupation: Record<string, number>;
}

/** `GET /api/reports/annual?year=&orgId=`. */
export interface AnnualReport {
  year: number;
  orgId: number;
  orgName: string;
  totals: Totals;
  previous: { totals: Totals };
  /** Figures a summary counts since the org was founded (the seed's 成立以来吸纳人才21名). */
  sinceFounding: { recruitments: number };
  /** Distinct 科普 aspects of the year (the seed's "5个方面"). */
  outreachAspects: number;
  breakdowns: Record<BreakdownKey, BreakdownEntry[]>;
  byOrg: OrgTotals[];
  compliance: ComplianceRow[];
  development: DevelopmentTableRow[];
}

export const CheckKind = labelledEnum({
  attended_above_expected: { zh: '实到人数超过应到人数', en: 'More attended than expected' },
  completed_without_date: { zh: '已完成的实事没有完成日期', en: 'Completed deed without a date' },
  development_out_of_order: { zh: '发展党员日期不合规定', en: 'Development dates break a rule' },
  development_overdue: { zh: '发展党员步骤已逾期', en: 'Development step overdue' },
  meeting_without_minutes: { zh: '会议没有记录', en: 'Meeting without minutes' },
  deed_stalled: { zh: '实事进度停滞', en: 'Deed stalled' },
  month_without_meeting: { zh: '整月没有开会', en: 'A month without any meeting' },
});
export type CheckKind = EnumValue<typeof CheckKind>;

/** One thing to put right before the year is finalised, with the record it concerns. */
export interface DataCheck {
  kind: CheckKind;
  resource: string | null;
  recordId: number | null;
  orgId: number;
  /** What and where, in Chinese. */
  message: string;
  /** For a record that is missing (a month without a meeting): the day to date the new one, for a pre-filled form. */
  date?: string;
}

/** A finalised year (定稿): the figures and the text as they stood, never changed afterwards. */
export interface ReportSnapshot {
  id: number;
  year: number;
  orgId: number;
  report: AnnualReport;
  summary: string;
  createdAt: string;
  createdBy: number | null;
  createdByName: string;
  /** The snapshot this one replaced, if any. */
  supersedes: number | null;
}
