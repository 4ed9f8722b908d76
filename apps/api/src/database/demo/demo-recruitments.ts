import type { RecruitmentCategory } from '@wb/contracts';
import { demoMemberOrg } from './demo-members';

export interface DemoRecruitment {
  /** The demo member taken in (in the branch's talent pool). */
  member: string;
  org: string;
  date: string;
  category: RecruitmentCategory;
  sourceUnit: string;
  note: string | null;
}

type Row = [member: string, date: string, category: RecruitmentCategory, sourceUnit: string, note: string | null];

/**
 * The seed's 21 talents taken in since the branch was founded (early 2020): 9 in 2020, 12 in 2021,
 * from every line of the industry. One person each.
 */
const ROWS: Row[] = [
  // 2020
  ['kong', '2020-03-18', 'other', '城区分公司办公室', '长期为内部期刊供稿，吸纳进期刊编辑委员会'],
  ['gao', '2020-04-16', 'scientist', '城区分公司技术中心', '学术工作委员会成立时吸纳，牵头信息化方向课题'],
  ['yang', '2020-04-16', 'scientist', '城区分公司技术中心', '物流信息系统方向，多篇论文在省级刊物发表'],
  ['qian', '2020-04-16', 'expert', '郊县分公司财务部', '财务管理专业人才，参与学会课题评审'],
  ['zeng', '2020-05-20', 'backbone', '物流配送中心分拣车间', '一线业务骨干，参与科普进队所授课'],
  ['peng', '2020-06-10', 'scientist', '郊县分公司技术科', null],
  ['bai', '2020-07-08', 'expert', '物流配送中心经营部', '熟悉零售客户信用评价，参与科普讲解'],
  ['xie', '2020-08-26', 'backbone', '物流配送中心仓储部', '仓储业务骨干，突击队分拣组组长'],
  ['qin', '2020-10-14', 'backbone', '城区分公司营销中心', '客户经理，负责零售终端走访联络'],
  // 2021
  ['pan', '2021-01-13', 'backbone', '城区分公司营销中心', null],
  ['jiang', '2021-01-13', 'expert', '学会秘书处', '期刊审稿专家，负责内部期刊年度审核材料'],
  ['du', '2021-03-03', 'scientist', '郊县分公司信息中心', '数据分析方向，指导青年员工写作论文'],
  ['cheng', '2021-03-17', 'backbone', '郊县分公司专卖管理所', '执法一线骨干，参与真假商品鉴别培训'],
  ['ye', '2021-03-31', 'expert', '城区分公司法规科', '法律专业人才，主讲法律法规知识培训'],
  ['su', '2021-04-21', 'scientist', '城区分公司技术中心', '青年科技工作者，当年论文入选学会交流'],
  ['lu', '2021-04-28', 'expert', '郊县分公司', '经济管理专家，换届后当选理事'],
  ['ren', '2021-05-19', 'other', '物流配送中心分拣车间', '疫情期间参加突击队表现突出'],
  ['shi', '2021-06-09', 'backbone', '物流配送中心质检部', '质检业务骨干，熟悉商品鉴别'],
  ['wei', '2021-07-07', 'scientist', '城区分公司技术中心', null],
  ['xiao', '2021-09-15', 'backbone', '城区分公司综合办公室', '基层撰稿人，“1+1”结对培养对象'],
  ['fang', '2021-10-20', 'other', '郊县分公司办公室', '摄影爱好者，为期刊提供图片稿件'],
];

/** The branch recruited them: the records are the branch's work, counted in its statistics. */
export const DEMO_RECRUITMENTS: DemoRecruitment[] = ROWS.map(([member, date, category, sourceUnit, note]) => ({ member, org: demoMemberOrg(member), date, category, sourceUnit, note }));
