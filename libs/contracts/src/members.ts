import { labelledEnum, EnumValue } from './labelled-enum';
import { BaseRecord } from './records';

export const Gender = labelledEnum({
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
});
export type Gender = EnumValue<typeof Gender>;

export const PoliticalStatus = labelledEnum({
  masses: { zh: '群众', en: 'Masses' },
  applicant: { zh: '入党申请人', en: 'Applicant' },
  activist: { zh: '入党积极分子', en: 'Activist' },
  candidate: { zh: '发展对象', en: 'Candidate' },
  probationary: { zh: '预备党员', en: 'Probationary member' },
  full: { zh: '正式党员', en: 'Full member' },
});
export type PoliticalStatus = EnumValue<typeof PoliticalStatus>;

export const SocietyRole = labelledEnum({
  director: { zh: '理事', en: 'Director' },
  supervisor: { zh: '监事', en: 'Supervisor' },
  delegate: { zh: '会员代表', en: 'Member delegate' },
  committee_member: { zh: '专委会委员', en: 'Committee member' },
});
export type SocietyRole = EnumValue<typeof SocietyRole>;

/** Highest education completed, as the Party's annual statistics break it down. */
export const Education = labelledEnum({
  postgraduate: { zh: '研究生', en: 'Postgraduate' },
  bachelor: { zh: '大学本科', en: "Bachelor's degree" },
  college: { zh: '大学专科', en: 'Junior college' },
  secondary: { zh: '中专/高中', en: 'Secondary school' },
  below: { zh: '初中及以下', en: 'Lower secondary or below' },
});
export type Education = EnumValue<typeof Education>;

/** Occupation category of the Party's annual statistics. */
export const Occupation = labelledEnum({
  worker: { zh: '工人（工勤技能人员）', en: 'Worker' },
  farmer: { zh: '农牧渔民', en: 'Farmer, herder or fisher' },
  professional: { zh: '专业技术人员', en: 'Professional' },
  manager: { zh: '企事业单位管理人员', en: 'Manager' },
  official: { zh: '党政机关工作人员', en: 'Government official' },
  student: { zh: '学生', en: 'Student' },
  other: { zh: '其他', en: 'Other' },
});
export type Occupation = EnumValue<typeof Occupation>;

/** The code for 汉族; any other ethnicity is stored by its name, one of ETHNIC_MINORITIES. */
export const HAN = 'han';

/** China's 55 recognised ethnic minorities, by name. */
export const ETHNIC_MINORITIES: readonly string[] = [
  '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族', '满族', '侗族', '瑶族', '白族', '土家族',
  '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族', '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族', '景颇族',
  '柯尔克孜族', '土族', '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族', '普米族',
  '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族', '独龙族',
  '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族',
];

/** `han` or the name of an ethnic minority. */
export function isEthnicity(value: unknown): value is string {
  return value === HAN || ETHNIC_MINORITIES.includes(value as string);
}

/** How an ethnicity reads: 汉族 (Han) for the code, the name otherwise. */
export function ethnicityLabel(value: string | null | undefined, locale: 'zh' | 'en' = 'zh'): string {
  if (!value) return '';
  return value === HAN ? (locale === 'en' ? 'Han' : '汉族') : value;
}

export interface Member extends BaseRecord {
  name: string;
  gender: Gender;
  birthDate: string | null;
  unit: string | null;
  position: string | null;
  politicalStatus: PoliticalStatus;
  societyRoles: SocietyRole[];
  phone: string | null;
  ethnicity: string | null;
  education: Education | null;
  occupation: Occupation | null;
  /** The day they joined the Party (入党日期), for full and probationary members. */
  joinedPartyDate: string | null;
}

/** Digits with the usual separators; a masked number (138****1234) is not a phone number. */
export const PHONE_PATTERN = /^[0-9+\-() ]{3,20}$/;

/** `GET /api/members/:id/summary`: the member's page's counts. */
export interface MemberSummary {
  meetingsAttended: number;
  volunteerServices: number;
  volunteerHours: number;
}
