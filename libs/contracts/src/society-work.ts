import { labelledEnum, EnumValue } from './labelled-enum';
import { BaseRecord } from './records';
import { RecordRule } from './rules';

/** 三个维度 of academic exchange. */
export const PaperDimension = labelledEnum({
  development: { zh: '促发展', en: 'Promoting development' },
  team: { zh: '强团队', en: 'Strengthening the team' },
  capability: { zh: '提能力', en: 'Building capability' },
});
export type PaperDimension = EnumValue<typeof PaperDimension>;

export const PaperAward = labelledEnum({
  none: { zh: '未获奖', en: 'None' },
  municipal: { zh: '市级', en: 'Municipal' },
  provincial: { zh: '省级', en: 'Provincial' },
  national_excellent: { zh: '全国行业学会年度优秀论文', en: 'National excellent paper of the year' },
});
export type PaperAward = EnumValue<typeof PaperAward>;

/** 科普活动的“三个进入” (and online). */
export const OutreachVenue = labelledEnum({
  teams: { zh: '进队所', en: 'At teams and stations' },
  terminals: { zh: '进终端', en: 'At retail terminals' },
  communities: { zh: '进社区', en: 'In communities' },
  online: { zh: '线上', en: 'Online' },
});
export type OutreachVenue = EnumValue<typeof OutreachVenue>;

export const OutreachAudience = labelledEnum({
  staff: { zh: '干部职工', en: 'Staff' },
  retailers: { zh: '零售客户', en: 'Retail customers' },
  public: { zh: '社会公众', en: 'The public' },
  students: { zh: '青少年', en: 'Young people' },
});
export type OutreachAudience = EnumValue<typeof OutreachAudience>;

export const JournalChannel = labelledEnum({
  internal_journal: { zh: '内部期刊', en: 'Internal journal' },
  website: { zh: '外部网站', en: 'Website' },
  new_media: { zh: '新媒体', en: 'New media' },
});
export type JournalChannel = EnumValue<typeof JournalChannel>;

export const JournalKind = labelledEnum({
  article: { zh: '信息稿件', en: 'Article' },
  public_response: { zh: '回应关切', en: 'Response to public concerns' },
});
export type JournalKind = EnumValue<typeof JournalKind>;

export const ContactMode = labelledEnum({
  online: { zh: '线上', en: 'Online' },
  offline: { zh: '线下', en: 'In person' },
});
export type ContactMode = EnumValue<typeof ContactMode>;

/** Names in a list of authors are separated by 、 (also accepted: ， , ; ；). */
export const AUTHOR_SEPARATOR = '、';

/** The first author of `authors` (刘泽、王静 → 刘泽): what makes a paper a duplicate with its title and year. */
export function firstAuthorOf(authors: string | null | undefined): string {
  return (authors ?? '').split(/[、，,;；]/)[0]?.trim() ?? '';
}

/** The first author is also stored on its own (for the duplicate rule), in a column of this many characters. */
export const FIRST_AUTHOR_MAX = 50;

/** Rules of a paper across its fields, checked by the API and by the admin's form alike. */
export const PAPER_RULES: readonly RecordRule<Paper>[] = [
  {
    field: 'authors',
    code: 'firstAuthorFits',
    message: { zh: `第一作者姓名不能超过 ${FIRST_AUTHOR_MAX} 个字符（多位作者请用“、”分隔）`, en: `The first author's name cannot be longer than ${FIRST_AUTHOR_MAX} characters (separate authors with 、)` },
    holds: (paper) => typeof paper.authors !== 'string' || firstAuthorOf(paper.authors).length <= FIRST_AUTHOR_MAX,
  },
];

export interface Paper extends BaseRecord {
  title: string;
  authors: string;
  /** Computed from `authors`. */
  firstAuthor: string;
  authorMemberIds: number[];
  authorUnit: string | null;
  year: number;
  submittedDate: string | null;
  dimension: PaperDimension;
  award: PaperAward;
}

export interface OutreachActivity extends BaseRecord {
  title: string;
  date: string;
  venue: OutreachVenue;
  aspect: string;
  items: number;
  audience: OutreachAudience;
  participants: number | null;
  materials: string | null;
}

export interface JournalPost extends BaseRecord {
  title: string;
  channel: JournalChannel;
  issue: string | null;
  publishedDate: string;
  kind: JournalKind;
  author: string | null;
  writerContactId: number | null;
}

export interface WriterContact extends BaseRecord {
  date: string;
  writer: string;
  unit: string | null;
  mode: ContactMode;
  topic: string;
}
