import type { DeedSource, DeedStatus, Focus, ServiceArea } from '@wb/contracts';

export interface DemoDeed {
  org: string;
  title: string;
  serviceArea: ServiceArea;
  focus: Focus | null;
  source: DeedSource;
  /** The research trip (its key in demo-research-trips.ts) that found the need; research deeds only. */
  trip: string | null;
  beneficiaryGroup: string;
  responsible: string;
  plannedStart: string;
  plannedEnd: string;
  status: DeedStatus;
  completedDate: string | null;
  beneficiaries: number | null;
  outcome: string | null;
  /** [date, per cent done, note], progress never going down. */
  milestones: [date: string, progress: number, note: string][];
}

/** The seed's 11 practical deeds of 2021, most of them born of that year's research trips. */
const DEEDS_2021: DemoDeed[] = [
  {
    org: 'branch', title: '编印《致零售客户的一封信》，上门讲解信用体系建设', serviceArea: 'customers', focus: 'outreach', source: 'research', trip: 'credit',
    beneficiaryGroup: '城区、郊县零售客户', responsible: '林芳', plannedStart: '2021-03-29', plannedEnd: '2021-05-31', status: 'completed', completedDate: '2021-05-28',
    beneficiaries: 3260, outcome: '发放信函3200余份，客户经理上门讲解信用积分查询和等级评定标准，客户对信用体系的知晓率明显提高。',
    milestones: [['2021-04-15', 30, '完成信函编印'], ['2021-05-10', 70, '城区客户走访完成'], ['2021-05-28', 100, '郊县客户走访完成']],
  },
  {
    org: 'branch', title: '开展本行业法律法规知识培训，提升依法行政能力', serviceArea: 'grassroots', focus: 'outreach', source: 'research', trip: 'lawTraining',
    beneficiaryGroup: '全市本行业执法人员', responsible: '孙建国', plannedStart: '2021-04-06', plannedEnd: '2021-06-30', status: 'completed', completedDate: '2021-06-18',
    beneficiaries: 156, outcome: '分三期完成培训，结合实际案例讲解法律运用要点和行政执法实操，参训人员考试合格率100%。',
    milestones: [['2021-04-20', 20, '确定课程和授课人'], ['2021-05-21', 60, '完成第一、二期培训'], ['2021-06-18', 100, '完成第三期培训和考试']],
  },
  {
    org: 'branch', title: '真假商品鉴别培训和鉴别要点手册编印', serviceArea: 'grassroots', focus: 'outreach', source: 'research', trip: 'counterfeit',
    beneficiaryGroup: '执法人员和营销人员', responsible: '孙建国', plannedStart: '2021-05-06', plannedEnd: '2021-07-31', status: 'completed', completedDate: '2021-07-22',
    beneficiaries: 210, outcome: '围绕鉴别难点和关键识别点开展培训两场，编印鉴别要点手册300册发至各执法中队。',
    milestones: [['2021-06-04', 40, '完成鉴别培训'], ['2021-07-22', 100, '手册印制发放']],
  },
  {
    org: 'branch', title: '协调开办职工子女暑期托管班', serviceArea: 'employees', focus: null, source: 'research', trip: 'staffEpidemic',
    beneficiaryGroup: '物流配送中心双职工家庭', responsible: '王静', plannedStart: '2021-07-05', plannedEnd: '2021-08-27', status: 'completed', completedDate: '2021-08-27',
    beneficiaries: 46, outcome: '联合工会开办托管班七周，安排党员志愿者辅导作业，解决了一线职工暑期后顾之忧。',
    milestones: [['2021-07-05', 10, '托管班开班'], ['2021-08-02', 60, '完成前四周'], ['2021-08-27', 100, '结业']],
  },
  {
    org: 'branch', title: '业务骨干带队辅导青年员工撰写学术论文', serviceArea: 'development', focus: 'academic', source: 'research', trip: 'papers',
    beneficiaryGroup: '全市本行业青年员工', responsible: '陈晓梅', plannedStart: '2021-06-01', plannedEnd: '2021-10-31', status: 'completed', completedDate: '2021-10-29',
    beneficiaries: 85, outcome: '发布年度选题指南，组建六个辅导小组，辅导青年员工完成论文42篇，其中4篇入选全国行业学会年度优秀论文。',
    milestones: [['2021-06-10', 15, '发布选题指南'], ['2021-07-30', 40, '辅导小组结对完成'], ['2021-09-15', 75, '完成初稿修改'], ['2021-10-29', 100, '论文定稿报送']],
  },
  {
    org: 'branch', title: '推行“1+1”编辑联系基层撰稿人工作模式', serviceArea: 'grassroots', focus: 'journal', source: 'research', trip: 'writers',
    beneficiaryGroup: '基层单位撰稿人', responsible: '李强', plannedStart: '2021-06-21', plannedEnd: '2022-01-31', status: 'in_progress', completedDate: null,
    beneficiaries: null, outcome: null,
    milestones: [['2021-07-15', 20, '编辑与撰稿人结对名单确定'], ['2021-09-30', 55, '开展线上写作交流三次'], ['2021-12-20', 85, '征集摄影作品，年度总结进行中']],
  },
  {
    org: 'branch', title: '制作《微语说法》微视频，送《法律明白纸》进终端', serviceArea: 'customers', focus: 'outreach', source: 'research', trip: 'terminalLaw',
    beneficiaryGroup: '零售客户', responsible: '周敏', plannedStart: '2021-07-26', plannedEnd: '2021-09-30', status: 'completed', completedDate: '2021-09-28',
    beneficiaries: 2850, outcome: '制作微视频6集，发放《法律明白纸》《诚信倡议书》2800余份，零售客户合法守规经营意识增强。',
    milestones: [['2021-08-20', 50, '微视频拍摄完成'], ['2021-09-28', 100, '材料发放完毕']],
  },
  {
    org: 'branch', title: '法律颁布30周年普法进社区和真假商品现场鉴别咨询', serviceArea: 'society', focus: 'outreach', source: 'research', trip: 'community',
    beneficiaryGroup: '社区居民', responsible: '孙建国', plannedStart: '2021-09-01', plannedEnd: '2021-10-31', status: 'completed', completedDate: '2021-10-26',
    beneficiaries: 1520, outcome: '在四个社区设置咨询台，现场鉴别咨询300余人次，发放《零售涉法常识》1500份。',
    milestones: [['2021-09-15', 30, '第一场进社区宣传'], ['2021-10-12', 70, '完成三个社区'], ['2021-10-26', 100, '四个社区全部完成']],
  },
  {
    org: 'branch', title: '“守护成长、走进校园”主题活动', serviceArea: 'society', focus: 'outreach', source: 'research', trip: 'campus',
    beneficiaryGroup: '中学生和家长', responsible: '周敏', plannedStart: '2021-11-01', plannedEnd: '2021-12-20', status: 'delayed', completedDate: null,
    beneficiaries: null, outcome: null,
    milestones: [['2021-11-12', 30, '完成第一所学校法治课'], ['2021-12-10', 40, '受疫情防控影响，第二所学校活动顺延至寒假后']],
  },
  {
    org: 'branch', title: '分拣车间增设休息区、配备防暑降温物品', serviceArea: 'employees', focus: null, source: 'public', trip: null,
    beneficiaryGroup: '物流配送中心分拣职工', responsible: '韩磊', plannedStart: '2021-06-15', plannedEnd: '2021-07-15', status: 'completed', completedDate: '2021-07-09',
    beneficiaries: 120, outcome: '分拣车间增设休息区两处，配齐饮水和防暑药品。',
    milestones: [['2021-06-25', 50, '休息区选址和采购'], ['2021-07-09', 100, '投入使用']],
  },
  {
    org: 'branch', title: '组织党员参加党员民兵突击队驰援基层到货入库分拣', serviceArea: 'grassroots', focus: null, source: 'directive', trip: null,
    beneficiaryGroup: '人手不足的基层单位', responsible: '刘泽', plannedStart: '2021-01-11', plannedEnd: '2021-02-28', status: 'completed', completedDate: '2021-02-19',
    beneficiaries: 300, outcome: '按市局（公司）党组部署，支部党员五次驰援基层单位，参与到货入库分拣，缓解了疫情期间人手不足的困难。',
    milestones: [['2021-01-15', 20, '第一次驰援'], ['2021-02-05', 70, '节前到货高峰支援'], ['2021-02-19', 100, '节后支援结束']],
  },
];

/** 2020: four deeds. */
const DEEDS_2020: DemoDeed[] = [
  {
    org: 'branch', title: '机关党员下沉基层支援复工期间分拣入库', serviceArea: 'grassroots', focus: null, source: 'research', trip: 'resumption2020',
    beneficiaryGroup: '物流配送中心', responsible: '刘泽', plannedStart: '2020-04-27', plannedEnd: '2020-05-31', status: 'completed', completedDate: '2020-05-29',
    beneficiaries: 80, outcome: '党员分批下沉支援，协助完成复工期间到货入库。',
    milestones: [['2020-05-08', 40, '第一批支援'], ['2020-05-29', 100, '支援结束']],
  },
  {
    org: 'branch', title: '为零售客户逐户讲解疫情期间扶持政策', serviceArea: 'customers', focus: null, source: 'research', trip: 'customers2020',
    beneficiaryGroup: '小型零售客户', responsible: '王静', plannedStart: '2020-06-08', plannedEnd: '2020-07-31', status: 'completed', completedDate: '2020-07-24',
    beneficiaries: 1900, outcome: '整理政策要点一页纸，客户经理走访讲解1900余户。',
    milestones: [['2020-06-20', 30, '政策要点印发'], ['2020-07-24', 100, '走访讲解完成']],
  },
  {
    org: 'branch', title: '内部期刊改版，增设基层来稿栏目', serviceArea: 'employees', focus: 'journal', source: 'research', trip: 'journal2020',
    beneficiaryGroup: '全市本行业职工', responsible: '李强', plannedStart: '2020-10-08', plannedEnd: '2020-12-31', status: 'completed', completedDate: '2020-12-25',
    beneficiaries: 1500, outcome: '完成栏目调整和版式设计，改版后首期基层来稿占比过半。',
    milestones: [['2020-11-10', 50, '改版方案确定'], ['2020-12-25', 100, '改版首期出刊']],
  },
  {
    org: 'branch', title: '为郊县分公司职工开设线上学术讲座', serviceArea: 'employees', focus: 'academic', source: 'public', trip: null,
    beneficiaryGroup: '郊县分公司职工', responsible: '陈晓梅', plannedStart: '2020-11-02', plannedEnd: '2020-12-18', status: 'completed', completedDate: '2020-12-18',
    beneficiaries: 95, outcome: '线上讲座四讲，累计95人参加。',
    milestones: [['2020-11-20', 50, '完成前两讲'], ['2020-12-18', 100, '四讲全部完成']],
  },
];

export const DEMO_DEEDS: DemoDeed[] = [...DEEDS_2021, ...DEEDS_2020];
