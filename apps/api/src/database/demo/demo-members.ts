import type { Education, Gender, Occupation, PoliticalStatus, SocietyRole } from '@wb/contracts';

export interface DemoMember {
  key: string;
  org: string;
  name: string;
  gender: Gender;
  birthDate: string;
  unit: string;
  position: string;
  politicalStatus: PoliticalStatus;
  societyRoles: SocietyRole[];
  phone: string;
  /** `han` or a minority's name (ETHNIC_MINORITIES). */
  ethnicity: string;
  education: Education;
  occupation: Occupation;
  /** Full and probationary members only; for the development pipeline's people, their probationaryDate. */
  joinedPartyDate: string | null;
}

type Row = [
  key: string, org: string, name: string, gender: Gender, birthDate: string, unit: string, position: string, status: PoliticalStatus, roles: SocietyRole[],
  ethnicity: string, education: Education, occupation: Occupation, joinedPartyDate: string | null,
];

// Invented people; phone numbers are generated from the row number (new rows go at the end).
const ROWS: Row[] = [
  ['liu', 'branch', '刘泽', 'male', '1972-05-14', '学会秘书处', '支部书记、秘书长', 'full', ['director'], 'han', 'postgraduate', 'manager', '1996-06-28'],
  ['wang', 'branch', '王静', 'female', '1980-09-02', '学会秘书处', '支部副书记', 'full', ['director'], 'han', 'bachelor', 'manager', '2003-11-20'],
  ['zhang', 'group1', '张伟', 'male', '1978-03-21', '学会秘书处', '组织委员', 'full', ['supervisor'], 'han', 'bachelor', 'manager', '2001-06-15'],
  ['chen', 'group1', '陈晓梅', 'female', '1985-11-30', '学术工作委员会', '宣传委员', 'full', ['committee_member'], 'han', 'postgraduate', 'professional', '2008-05-30'],
  ['li', 'group1', '李强', 'male', '1983-07-08', '期刊编辑部', '编辑', 'full', ['committee_member'], 'han', 'bachelor', 'professional', '2006-12-12'],
  ['zhao', 'group1', '赵丽', 'female', '1990-01-17', '期刊编辑部', '编辑', 'probationary', [], 'han', 'bachelor', 'professional', '2021-01-20'],
  ['sun', 'group2', '孙建国', 'male', '1969-12-05', '科普工作委员会', '主任', 'full', ['director', 'committee_member'], 'han', 'bachelor', 'professional', '1992-07-01'],
  ['zhou', 'group2', '周敏', 'female', '1988-04-26', '科普工作委员会', '干事', 'full', ['committee_member'], 'han', 'bachelor', 'manager', '2011-06-20'],
  ['wu', 'group2', '吴海涛', 'male', '1992-08-13', '学会秘书处', '干事', 'candidate', [], 'han', 'bachelor', 'manager', null],
  ['zheng', 'group2', '郑雪', 'female', '1995-02-09', '学会秘书处', '干事', 'activist', [], 'han', 'bachelor', 'other', null],
  ['feng', 'council', '冯志远', 'male', '1966-06-19', '城区分公司', '总经理', 'full', ['director', 'delegate'], 'han', 'postgraduate', 'manager', '1990-06-18'],
  ['he', 'council', '何秀英', 'female', '1971-10-23', '郊县分公司', '副总经理', 'full', ['director', 'delegate'], 'han', 'bachelor', 'manager', '1995-10-30'],
  ['xu', 'council', '徐国强', 'male', '1975-01-30', '物流配送中心', '主任', 'full', ['director', 'delegate'], 'han', 'bachelor', 'manager', '1998-12-15'],
  ['ma', 'academic', '马骏', 'male', '1982-03-03', '城区分公司', '高级工程师', 'full', ['committee_member', 'delegate'], 'han', 'postgraduate', 'professional', '2007-06-25'],
  ['hu', 'academic', '胡婷', 'female', '1989-09-15', '郊县分公司', '工程师', 'masses', ['committee_member'], 'han', 'postgraduate', 'professional', null],
  ['guo', 'group2', '郭鹏', 'male', '1986-12-28', '物流配送中心', '业务骨干', 'applicant', ['committee_member'], 'han', 'bachelor', 'professional', null],
  ['lin', 'journal', '林芳', 'female', '1979-05-06', '城区分公司', '宣传干事', 'full', ['committee_member'], 'han', 'bachelor', 'professional', '2002-04-10'],
  ['luo', 'urbanBranch', '罗成', 'male', '1977-08-22', '城区分公司', '支部书记', 'full', ['delegate'], 'han', 'bachelor', 'manager', '2000-07-01'],
  ['liang', 'urbanBranch', '梁燕', 'female', '1991-06-11', '城区分公司', '客户经理', 'full', [], 'han', 'bachelor', 'professional', '2020-06-30'],
  ['song', 'countyBranch', '宋涛', 'male', '1974-04-04', '郊县分公司', '支部书记', 'full', ['delegate'], '蒙古族', 'bachelor', 'manager', '1997-12-20'],
  ['tang', 'countyBranch', '唐莉', 'female', '1993-10-10', '郊县分公司', '专卖管理员', 'probationary', [], 'han', 'college', 'professional', '2020-09-10'],
  ['han', 'logisticsBranch', '韩磊', 'male', '1981-02-14', '物流配送中心', '支部书记', 'full', ['delegate'], 'han', 'bachelor', 'manager', '2005-06-30'],
  ['cao', 'logisticsBranch', '曹阳', 'male', '1994-07-27', '物流配送中心', '分拣员', 'activist', [], 'han', 'college', 'worker', null],
  ['deng', 'group1', '邓婧', 'female', '1996-03-18', '城区分公司', '科技工作者', 'applicant', [], 'han', 'postgraduate', 'professional', null],
];

/**
 * The talent pool: people the branch took into the society in 2020 and 2021 (demo-recruitments.ts).
 * The branch keeps their records (where they work is their unit), so its secretary sees and records
 * them; they are not Party members of the branch, so its meetings' attendance leaves them out.
 */
const TALENT: Row[] = [
  ['yang', 'branch', '杨帆', 'male', '1984-02-11', '城区分公司', '高级工程师', 'masses', ['committee_member'], 'han', 'postgraduate', 'professional', null],
  ['qian', 'branch', '钱晓东', 'male', '1979-08-03', '郊县分公司', '经济师', 'masses', ['committee_member', 'delegate'], 'han', 'bachelor', 'professional', null],
  ['bai', 'branch', '白玉兰', 'female', '1987-12-19', '物流配送中心', '经济师', 'masses', ['committee_member'], '回族', 'bachelor', 'professional', null],
  ['xie', 'branch', '谢磊', 'male', '1990-05-27', '物流配送中心', '仓储业务骨干', 'masses', [], 'han', 'college', 'worker', null],
  ['pan', 'branch', '潘静怡', 'female', '1993-09-09', '城区分公司', '营销业务骨干', 'masses', [], 'han', 'bachelor', 'professional', null],
  ['jiang', 'branch', '蒋文博', 'male', '1981-11-14', '学会秘书处', '副编审', 'masses', ['committee_member'], 'han', 'postgraduate', 'professional', null],
  ['du', 'branch', '杜鹏飞', 'male', '1986-04-22', '郊县分公司', '工程师', 'masses', ['committee_member'], '满族', 'bachelor', 'professional', null],
  ['ye', 'branch', '叶晴', 'female', '1992-07-30', '城区分公司', '法规专员', 'masses', ['committee_member'], 'han', 'postgraduate', 'professional', null],
  ['lu', 'branch', '卢志刚', 'male', '1976-10-08', '郊县分公司', '高级经济师', 'masses', ['director'], 'han', 'bachelor', 'manager', null],
  ['shi', 'branch', '石慧', 'female', '1995-01-25', '物流配送中心', '质检业务骨干', 'masses', [], 'han', 'college', 'worker', null],
  ['wei', 'branch', '魏宏', 'male', '1983-06-16', '城区分公司', '高级工程师', 'masses', ['committee_member'], 'han', 'postgraduate', 'professional', null],
  ['xiao', 'branch', '肖雨涵', 'female', '1997-03-12', '城区分公司', '宣传业务骨干', 'masses', ['committee_member'], 'han', 'bachelor', 'professional', null],
  ['fang', 'branch', '方建军', 'male', '1973-12-01', '郊县分公司', '办公室主任', 'masses', ['committee_member'], 'han', 'bachelor', 'manager', null],
  ['gao', 'branch', '高远', 'male', '1984-08-19', '城区分公司技术中心', '高级工程师', 'masses', ['committee_member'], 'han', 'postgraduate', 'professional', null],
  ['peng', 'branch', '彭丽娟', 'female', '1987-02-11', '郊县分公司技术科', '工程师', 'masses', [], 'han', 'bachelor', 'professional', null],
  ['zeng', 'branch', '曾凡', 'male', '1990-05-06', '物流配送中心分拣车间', '班组长', 'masses', [], 'han', 'college', 'worker', null],
  ['qin', 'branch', '秦雅', 'female', '1993-09-27', '城区分公司营销中心', '客户经理', 'masses', [], 'han', 'bachelor', 'professional', null],
  ['cheng', 'branch', '程建华', 'male', '1979-12-14', '郊县分公司专卖管理所', '稽查骨干', 'masses', [], 'han', 'bachelor', 'professional', null],
  ['su', 'branch', '苏敏', 'female', '1994-04-02', '城区分公司技术中心', '助理工程师', 'masses', [], 'han', 'postgraduate', 'professional', null],
  ['ren', 'branch', '任晓光', 'male', '1988-11-23', '物流配送中心分拣车间', '分拣组长', 'masses', [], 'han', 'college', 'worker', null],
  ['kong', 'branch', '孔令怡', 'female', '1991-01-30', '城区分公司办公室', '文秘', 'masses', ['committee_member'], 'han', 'bachelor', 'other', null],
];

export const DEMO_MEMBERS: DemoMember[] = [...ROWS, ...TALENT].map(
  ([key, org, name, gender, birthDate, unit, position, politicalStatus, societyRoles, ethnicity, education, occupation, joinedPartyDate], index) => ({
    key,
    org,
    name,
    gender,
    birthDate,
    unit,
    position,
    politicalStatus,
    societyRoles,
    phone: `139${String(20210000 + index * 137).padStart(8, '0')}`,
    ethnicity,
    education,
    occupation,
    joinedPartyDate,
  }),
);

/**
 * Who attends the branch's meetings: its Party members and those it is developing beyond
 * application (activists, candidates), its two groups included.
 */
export const BRANCH_MEMBER_KEYS = ROWS.filter(([, org, , , , , , status]) => ['branch', 'group1', 'group2'].includes(org) && !['masses', 'applicant'].includes(status)).map(
  ([key]) => key,
);

/** The demo org a member belongs to. */
export function demoMemberOrg(key: string): string {
  const member = DEMO_MEMBERS.find((candidate) => candidate.key === key);
  if (!member) throw new Error(`No demo member "${key}"`);
  return member.org;
}
