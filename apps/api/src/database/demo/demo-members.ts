import type { Gender, PoliticalStatus, SocietyRole } from '@wb/contracts';

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
}

type Row = [key: string, org: string, name: string, gender: Gender, birthDate: string, unit: string, position: string, status: PoliticalStatus, roles: SocietyRole[]];

// Invented people; phone numbers are generated from the row number.
const ROWS: Row[] = [
  ['liu', 'branch', '刘泽', 'male', '1972-05-14', '学会秘书处', '支部书记、秘书长', 'full', ['director']],
  ['wang', 'branch', '王静', 'female', '1980-09-02', '学会秘书处', '支部副书记', 'full', ['director']],
  ['zhang', 'group1', '张伟', 'male', '1978-03-21', '学会秘书处', '组织委员', 'full', ['supervisor']],
  ['chen', 'group1', '陈晓梅', 'female', '1985-11-30', '学术工作委员会', '宣传委员', 'full', ['committee_member']],
  ['li', 'group1', '李强', 'male', '1983-07-08', '期刊编辑部', '编辑', 'full', ['committee_member']],
  ['zhao', 'group1', '赵丽', 'female', '1990-01-17', '期刊编辑部', '编辑', 'probationary', []],
  ['sun', 'group2', '孙建国', 'male', '1969-12-05', '科普工作委员会', '主任', 'full', ['director', 'committee_member']],
  ['zhou', 'group2', '周敏', 'female', '1988-04-26', '科普工作委员会', '干事', 'full', ['committee_member']],
  ['wu', 'group2', '吴海涛', 'male', '1992-08-13', '学会秘书处', '干事', 'candidate', []],
  ['zheng', 'group2', '郑雪', 'female', '1995-02-09', '学会秘书处', '干事', 'activist', []],
  ['feng', 'council', '冯志远', 'male', '1966-06-19', '城区分公司', '总经理', 'full', ['director', 'delegate']],
  ['he', 'council', '何秀英', 'female', '1971-10-23', '郊县分公司', '副总经理', 'full', ['director', 'delegate']],
  ['xu', 'council', '徐国强', 'male', '1975-01-30', '物流配送中心', '主任', 'full', ['director', 'delegate']],
  ['ma', 'academic', '马骏', 'male', '1982-03-03', '城区分公司', '高级工程师', 'full', ['committee_member', 'delegate']],
  ['hu', 'academic', '胡婷', 'female', '1989-09-15', '郊县分公司', '工程师', 'masses', ['committee_member']],
  ['guo', 'outreach', '郭鹏', 'male', '1986-12-28', '物流配送中心', '业务骨干', 'applicant', ['committee_member']],
  ['lin', 'journal', '林芳', 'female', '1979-05-06', '城区分公司', '宣传干事', 'full', ['committee_member']],
  ['luo', 'urbanBranch', '罗成', 'male', '1977-08-22', '城区分公司', '支部书记', 'full', ['delegate']],
  ['liang', 'urbanBranch', '梁燕', 'female', '1991-06-11', '城区分公司', '客户经理', 'full', []],
  ['song', 'countyBranch', '宋涛', 'male', '1974-04-04', '郊县分公司', '支部书记', 'full', ['delegate']],
  ['tang', 'countyBranch', '唐莉', 'female', '1993-10-10', '郊县分公司', '专卖管理员', 'probationary', []],
  ['han', 'logisticsBranch', '韩磊', 'male', '1981-02-14', '物流配送中心', '支部书记', 'full', ['delegate']],
  ['cao', 'logisticsBranch', '曹阳', 'male', '1994-07-27', '物流配送中心', '分拣员', 'activist', []],
  ['deng', 'academic', '邓婧', 'female', '1996-03-18', '城区分公司', '科技工作者', 'masses', []],
];

export const DEMO_MEMBERS: DemoMember[] = ROWS.map(([key, org, name, gender, birthDate, unit, position, politicalStatus, societyRoles], index) => ({
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
}));

/** Members of the society's own Party branch (its two groups included). */
export const BRANCH_MEMBER_KEYS = ROWS.filter(([, org]) => ['branch', 'group1', 'group2'].includes(org)).map(([key]) => key);
