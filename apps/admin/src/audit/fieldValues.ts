import {
  AttendanceStatus,
  DeedSource,
  DeedStatus,
  DevelopmentStage,
  DevelopmentStep,
  Education,
  Focus,
  Gender,
  Occupation,
  RecruitmentCategory,
  ServiceArea,
  TripMethod,
  MeetingCategory,
  MeetingFormat,
  OrgType,
  PoliticalStatus,
  Role,
  SocietyRole,
  type LabelledEnum,
} from '@wb/contracts';

/** Enum-valued fields by `resource.field` (child rows: `resource.field.childField`), for readable history. */
export const FIELD_VALUES: Readonly<Record<string, LabelledEnum<string>>> = {
  'meetings.category': MeetingCategory,
  'meetings.format': MeetingFormat,
  'meetings.attendance.status': AttendanceStatus,
  'members.gender': Gender,
  'members.politicalStatus': PoliticalStatus,
  'members.societyRoles': SocietyRole,
  'members.education': Education,
  'members.occupation': Occupation,
  'recruitments.category': RecruitmentCategory,
  'development-records.stage': DevelopmentStage,
  'development-records.nextStep': DevelopmentStep,
  'research-trips.method': TripMethod,
  'research-trips.serviceArea': ServiceArea,
  'research-trips.focus': Focus,
  'deeds.serviceArea': ServiceArea,
  'deeds.focus': Focus,
  'deeds.source': DeedSource,
  'deeds.status': DeedStatus,
  'orgs.type': OrgType,
  'users.role': Role,
};

/** Fields holding an org id, shown by the org's name. */
export const ORG_FIELDS: ReadonlySet<string> = new Set(['orgId', 'parentId']);

/** Bookkeeping columns left out of a diff: they change on every write and mean nothing to a reader. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set(['id', 'version', 'createdAt', 'updatedAt', 'createdBy', 'deletedAt', 'path']);
