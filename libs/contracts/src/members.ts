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

export interface Member extends BaseRecord {
  name: string;
  gender: Gender;
  birthDate: string | null;
  unit: string | null;
  position: string | null;
  politicalStatus: PoliticalStatus;
  societyRoles: SocietyRole[];
  phone: string | null;
}

/** Digits with the usual separators; a masked number (138****1234) is not a phone number. */
export const PHONE_PATTERN = /^[0-9+\-() ]{3,20}$/;
