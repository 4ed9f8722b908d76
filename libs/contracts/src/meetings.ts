import { labelledEnum, EnumValue } from './labelled-enum';
import type { PoliticalStatus } from './members';
import { BaseRecord } from './records';
import { notGreaterThan, RecordRule } from './rules';

export const MeetingCategory = labelledEnum({
  branch_assembly: { zh: '支部党员大会', en: 'Branch general assembly' },
  branch_committee: { zh: '支部委员会', en: 'Branch committee' },
  party_group: { zh: '党小组会', en: 'Party group meeting' },
  party_lecture: { zh: '党课', en: 'Party lecture' },
  theme_day: { zh: '主题党日', en: 'Party theme day' },
  org_life: { zh: '组织生活会', en: 'Organisational life meeting' },
  member_congress: { zh: '会员代表大会', en: 'Member congress' },
  council: { zh: '理事会', en: 'Council meeting' },
  supervisors: { zh: '监事会', en: 'Board of supervisors' },
  other: { zh: '其他', en: 'Other' },
});
export type MeetingCategory = EnumValue<typeof MeetingCategory>;

/** The categories that make up 三会一课 (three meetings and one lecture). */
export const THREE_MEETINGS_ONE_LECTURE: readonly MeetingCategory[] = [
  'branch_assembly',
  'branch_committee',
  'party_group',
  'party_lecture',
];

/** Meetings of the Party organisation, attended by Party members (full and probationary). */
export const PARTY_MEETING_CATEGORIES: readonly MeetingCategory[] = ['branch_assembly', 'branch_committee', 'party_group', 'party_lecture', 'theme_day', 'org_life'];

/** Who a meeting's attendance list is filled with: Party members for Party meetings, everyone for the society's. */
export function attendeeStatuses(category: MeetingCategory | undefined): readonly PoliticalStatus[] | null {
  return category && PARTY_MEETING_CATEGORIES.includes(category) ? ['full', 'probationary'] : null;
}

export const MeetingFormat = labelledEnum({
  in_person: { zh: '现场', en: 'In person' },
  video: { zh: '视频', en: 'Video' },
  hybrid: { zh: '线上线下', en: 'Hybrid' },
});
export type MeetingFormat = EnumValue<typeof MeetingFormat>;

export const AttendanceStatus = labelledEnum({
  present: { zh: '出席', en: 'Present' },
  absent: { zh: '缺席', en: 'Absent' },
  leave: { zh: '请假', en: 'On leave' },
});
export type AttendanceStatus = EnumValue<typeof AttendanceStatus>;

export interface Attendance {
  memberId: number;
  status: AttendanceStatus;
  reason: string | null;
}

export interface Meeting extends BaseRecord {
  category: MeetingCategory;
  session: string | null;
  topic: string;
  date: string;
  format: MeetingFormat;
  host: string | null;
  recorder: string | null;
  expectedCount: number;
  attendedCount: number;
  attendance: Attendance[];
  minutes: string | null;
  resolutions: string | null;
}

/** Rules across a meeting's fields, checked by the API and the admin alike. */
export const MEETING_RULES: readonly RecordRule<Meeting>[] = [
  notGreaterThan<Meeting>('attendedCount', 'expectedCount', { zh: '实到人数不能超过应到人数', en: 'Attendance cannot exceed the expected number' }),
];
