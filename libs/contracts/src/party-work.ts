import { labelledEnum, EnumValue } from './labelled-enum';
import { BaseRecord } from './records';
import { notBefore, RecordRule, requiredWhen } from './rules';

/** The five areas the branch serves (the seed's 发展、社会、职工、客户、基层). */
export const ServiceArea = labelledEnum({
  development: { zh: '发展', en: 'Development' },
  society: { zh: '社会', en: 'Society' },
  employees: { zh: '职工', en: 'Employees' },
  customers: { zh: '客户', en: 'Customers' },
  grassroots: { zh: '基层', en: 'Grassroots' },
});
export type ServiceArea = EnumValue<typeof ServiceArea>;

/** 三聚焦三提升: academic work, popular science, the journal. */
export const Focus = labelledEnum({
  academic: { zh: '学术', en: 'Academic' },
  outreach: { zh: '科普', en: 'Popular science' },
  journal: { zh: '期刊', en: 'Journal' },
});
export type Focus = EnumValue<typeof Focus>;

export const RecruitmentCategory = labelledEnum({
  scientist: { zh: '科技工作者', en: 'Scientist' },
  expert: { zh: '专业人才', en: 'Expert' },
  backbone: { zh: '业务骨干', en: 'Backbone staff' },
  other: { zh: '其他', en: 'Other' },
});
export type RecruitmentCategory = EnumValue<typeof RecruitmentCategory>;

export const TripMethod = labelledEnum({
  symposium: { zh: '座谈', en: 'Symposium' },
  visit: { zh: '走访', en: 'Visit' },
  survey: { zh: '问卷', en: 'Survey' },
  field: { zh: '实地', en: 'Field study' },
});
export type TripMethod = EnumValue<typeof TripMethod>;

export const DeedSource = labelledEnum({
  research: { zh: '调研发现', en: 'Research finding' },
  public: { zh: '群众反映', en: 'Public request' },
  directive: { zh: '上级部署', en: 'Directive' },
});
export type DeedSource = EnumValue<typeof DeedSource>;

export const DeedStatus = labelledEnum({
  planned: { zh: '已认领', en: 'Planned' },
  in_progress: { zh: '推进中', en: 'In progress' },
  completed: { zh: '已完成', en: 'Completed' },
  delayed: { zh: '延期', en: 'Delayed' },
});
export type DeedStatus = EnumValue<typeof DeedStatus>;

export interface Recruitment extends BaseRecord {
  memberId: number;
  date: string;
  category: RecruitmentCategory;
  sourceUnit: string | null;
  note: string | null;
}

export interface ResearchTrip extends BaseRecord {
  topic: string;
  startDate: string;
  endDate: string;
  destination: string;
  leader: string | null;
  participants: string | null;
  method: TripMethod;
  serviceArea: ServiceArea;
  focus: Focus | null;
  findings: string | null;
  suggestions: string | null;
}

export interface DeedMilestone {
  date: string;
  progress: number;
  note: string | null;
}

export interface Deed extends BaseRecord {
  title: string;
  serviceArea: ServiceArea;
  focus: Focus | null;
  source: DeedSource;
  sourceTripId: number | null;
  beneficiaryGroup: string | null;
  responsible: string | null;
  plannedStart: string;
  plannedEnd: string | null;
  status: DeedStatus;
  completedDate: string | null;
  beneficiaries: number | null;
  milestones: DeedMilestone[];
  outcome: string | null;
}

export interface VolunteerService extends BaseRecord {
  title: string;
  date: string;
  place: string | null;
  participants: number;
  memberIds: number[];
  hours: number;
  description: string | null;
}

const msg = (zh: string, en: string) => ({ zh, en });

export const RESEARCH_TRIP_RULES: readonly RecordRule<ResearchTrip>[] = [
  notBefore<ResearchTrip>('endDate', 'startDate', msg('结束日期不能早于开始日期', 'The end cannot be before the start')),
];

/** Milestones in date order never go back in progress. */
function progressNeverDrops(milestones: unknown): boolean {
  if (!Array.isArray(milestones)) return true;
  const rows = milestones.filter((row): row is DeedMilestone => typeof row?.date === 'string' && typeof row?.progress === 'number');
  const ordered = [...rows].sort((a, b) => a.date.localeCompare(b.date));
  return ordered.every((row, i) => i === 0 || row.progress >= ordered[i - 1].progress);
}

export const DEED_RULES: readonly RecordRule<Deed>[] = [
  notBefore<Deed>('plannedEnd', 'plannedStart', msg('计划完成日期不能早于计划开始日期', 'The planned end cannot be before the planned start')),
  requiredWhen<Deed>('completedDate', (deed) => deed.status === 'completed', msg('状态为已完成时必须填写完成日期', 'A completed deed needs its completion date')),
  notBefore<Deed>('completedDate', 'plannedStart', msg('完成日期不能早于计划开始日期', 'Completion cannot be before the planned start')),
  {
    field: 'sourceTripId',
    code: 'sourceMismatch',
    message: msg('只有来源为“调研发现”的实事才能关联调研', 'Only a deed found by research links to a trip'),
    holds: (deed) => deed.sourceTripId == null || deed.source === undefined || deed.source === 'research',
  },
  {
    field: 'milestones',
    code: 'progressDrops',
    message: msg('按日期排列的进度不能倒退', 'Progress cannot go down from one milestone to the next'),
    holds: (deed) => progressNeverDrops(deed.milestones),
  },
];

export const VOLUNTEER_SERVICE_RULES: readonly RecordRule<VolunteerService>[] = [
  {
    field: 'participants',
    code: 'fewerThanListed',
    message: msg('参加人数不能少于所列党员人数', 'The headcount cannot be less than the members listed'),
    holds: (service) => !Array.isArray(service.memberIds) || typeof service.participants !== 'number' || service.participants >= service.memberIds.length,
  },
];
