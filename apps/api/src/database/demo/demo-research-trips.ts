import type { Focus, ServiceArea, TripMethod } from '@wb/contracts';

export interface DemoResearchTrip {
  /** How deeds name the trip they came from. */
  key: string;
  org: string;
  topic: string;
  startDate: string;
  endDate: string;
  destination: string;
  leader: string;
  participants: string;
  method: TripMethod;
  serviceArea: ServiceArea;
  focus: Focus | null;
  findings: string;
  suggestions: string;
}

/** The seed's 13 trips of 2021, across the five service areas and the three focuses. */
const TRIPS_2021: DemoResearchTrip[] = [
  {
    key: 'credit', org: 'branch', topic: '零售客户信用体系建设知晓情况调研', startDate: '2021-03-09', endDate: '2021-03-10',
    destination: '城区分公司营销中心及辖区12户零售终端', leader: '刘泽', participants: '林芳、梁燕、周敏', method: 'visit', serviceArea: 'customers', focus: 'outreach',
    findings: '多数零售客户知道信用等级评定，但对评定标准、信用积分与日常经营的关系了解不多；部分年龄较大的经营户不会在手机上查看自己的信用积分。',
    suggestions: '编印《致零售客户的一封信》，由客户经理上门逐户讲解；在营销人员中开展信用体系建设专题宣传，统一讲解口径。',
  },
  {
    key: 'lawTraining', org: 'branch', topic: '基层执法人员法律知识需求座谈', startDate: '2021-03-23', endDate: '2021-03-24',
    destination: '郊县分公司专卖管理所', leader: '孙建国', participants: '叶晴、唐莉、张伟', method: 'symposium', serviceArea: 'grassroots', focus: 'outreach',
    findings: '近三年新入职执法人员占比较高，对行政执法程序、现场证据固定和文书制作掌握不熟，希望结合真实案例学习。',
    suggestions: '由科普工作委员会联合基层业务骨干开展本行业法律法规知识培训，讲解运用要点和行政执法实操内容。',
  },
  {
    key: 'counterfeit', org: 'branch', topic: '真假商品鉴别难点实地调研', startDate: '2021-04-13', endDate: '2021-04-15',
    destination: '物流配送中心质检部、郊县分公司稽查中队', leader: '孙建国', participants: '郭鹏、石慧、周敏', method: 'field', serviceArea: 'grassroots', focus: 'outreach',
    findings: '新型仿冒包装在印刷、封口等细节上越来越接近真品，一线人员主要凭经验目测，鉴别要点缺少统一整理，新手容易误判。',
    suggestions: '围绕鉴别难点和关键识别点组织真假商品鉴别培训，编印图文并茂的鉴别要点手册，发到每个执法中队。',
  },
  {
    key: 'staffEpidemic', org: 'branch', topic: '疫情常态化防控下一线职工工作生活情况座谈', startDate: '2021-04-27', endDate: '2021-04-27',
    destination: '物流配送中心', leader: '王静', participants: '韩磊、谢磊、曹阳', method: 'symposium', serviceArea: 'employees', focus: null,
    findings: '分拣岗位在到货高峰期连续作业，春节前后人手尤其紧张；双职工家庭反映暑期子女无人照看，影响安心工作。',
    suggestions: '建立党员突击队轮换支援机制，在高峰期优先支援分拣岗位；协调工会在暑期开办职工子女托管班。',
  },
  {
    key: 'papers', org: 'branch', topic: '青年员工学术论文选题与写作需求问卷调查', startDate: '2021-05-11', endDate: '2021-05-21',
    destination: '城区分公司、郊县分公司、物流配送中心', leader: '陈晓梅', participants: '马骏、杜鹏飞、邓婧', method: 'survey', serviceArea: 'development', focus: 'academic',
    findings: '回收问卷126份，七成青年员工有写作意愿，但普遍反映不知道怎么选题，论文与本职工作结合不紧，缺少有经验的人指导修改。',
    suggestions: '发布年度论文选题指南；由业务骨干带队组建写作辅导小组，做好传帮带，辅导青年员工完成论文。',
  },
  {
    key: 'fiveYearPlan', org: 'branch', topic: '围绕“十四五”发展大局确定学术交流方向座谈', startDate: '2021-05-25', endDate: '2021-05-25',
    destination: '学会秘书处（邀请各理事单位参加）', leader: '刘泽', participants: '冯志远、马骏、杨帆、钱晓东', method: 'symposium', serviceArea: 'development', focus: 'academic',
    findings: '各理事单位希望学术交流更多服务企业高质量发展政策体系，当前交流题目偏散，团队建设和能力提升方面的题目较少。',
    suggestions: '从促发展、强团队、提能力三个维度设置学术交流专题，把学术工作融入本行业“十四五”发展大局。',
  },
  {
    key: 'writers', org: 'branch', topic: '内部期刊基层撰稿人队伍情况走访', startDate: '2021-06-08', endDate: '2021-06-09',
    destination: '郊县分公司、物流配送中心', leader: '李强', participants: '赵丽、蒋文博', method: 'visit', serviceArea: 'grassroots', focus: 'journal',
    findings: '基层撰稿人稿件选题比较单一，新闻写作技巧不足，投稿后得不到反馈；有的单位只有一名兼职通讯员，人员变动后就断了稿源。',
    suggestions: '推行“1+1”工作模式，编辑与基层撰稿人结对联系，线上线下交流稿件内容和写作技巧，帮助基层单位发现和培养人才。',
  },
  {
    key: 'readers', org: 'branch', topic: '内部期刊读者满意度问卷调查', startDate: '2021-06-22', endDate: '2021-07-02',
    destination: '全市本行业各单位', leader: '李强', participants: '赵丽、林芳、肖雨涵', method: 'survey', serviceArea: 'employees', focus: 'journal',
    findings: '职工对期刊内容总体满意，希望多登一线职工的故事和现场照片，版面可以更清爽，部分文章篇幅偏长。',
    suggestions: '改进文风、压缩篇幅，优化版面设计，增设反映一线风采的摄影栏目，面向基层征集摄影作品。',
  },
  {
    key: 'terminalLaw', org: 'branch', topic: '零售终端普法需求走访', startDate: '2021-07-13', endDate: '2021-07-14',
    destination: '城区分公司所辖三个商圈的零售终端', leader: '周敏', participants: '叶晴、梁燕、潘静怡', method: 'visit', serviceArea: 'customers', focus: 'outreach',
    findings: '零售客户对未成年人保护法中关于不得向未成年人销售的相关规定知晓不全，对违规经营的后果认识不足，更愿意看短小直观的宣传材料。',
    suggestions: '制作《微语说法》系列微视频，编印《法律明白纸》和《诚信倡议书》，由客户经理走访时发放讲解。',
  },
  {
    key: 'community', org: 'branch', topic: '社区居民对本行业普法宣传需求问卷调查', startDate: '2021-08-17', endDate: '2021-08-27',
    destination: '城区两个街道的四个社区', leader: '孙建国', participants: '周敏、郑雪、白玉兰', method: 'survey', serviceArea: 'society', focus: 'outreach',
    findings: '居民最关心怎样辨别真假商品和遇到问题向哪里反映，对本行业在打假打私、促进地方经济等方面的工作了解很少。',
    suggestions: '以本行业相关法律颁布30周年为契机开展进社区系列宣传，设置真假商品现场鉴别咨询台，发放《零售涉法常识》。',
  },
  {
    key: 'modernTerminal', org: 'branch', topic: '乡镇现代零售终端建设情况实地调研', startDate: '2021-09-07', endDate: '2021-09-08',
    destination: '郊县分公司所辖两个乡镇', leader: '王静', participants: '何秀英、唐莉、胡婷', method: 'field', serviceArea: 'customers', focus: null,
    findings: '乡镇终端陈列设备老旧，部分客户不会使用结算终端的数据功能；客户经理走访频次高，但现代终端建设的讲解比较笼统。',
    suggestions: '把现代零售终端建设纳入营销人员专题宣传内容；编写操作图解，由客户经理结合走访上门指导。',
  },
  {
    key: 'campus', org: 'branch', topic: '校园周边零售点普法宣传情况走访', startDate: '2021-10-19', endDate: '2021-10-19',
    destination: '城区两所中学周边零售点', leader: '周敏', participants: '叶晴、郑雪', method: 'visit', serviceArea: 'society', focus: 'outreach',
    findings: '个别零售点未在显著位置张贴禁止向未成年人销售的标识；学生和家长对相关法律规定了解有限。',
    suggestions: '开展“守护成长、走进校园”主题活动，联合学校开展法治宣传，督促周边零售点规范张贴标识。',
  },
  {
    key: 'transfer', org: 'branch', topic: '学术成果转化与青年人才培养座谈', startDate: '2021-11-16', endDate: '2021-11-17',
    destination: '城区分公司技术中心、物流配送中心', leader: '陈晓梅', participants: '马骏、魏宏、杜鹏飞、谢磊', method: 'symposium', serviceArea: 'employees', focus: 'academic',
    findings: '获奖论文的成果在基层推广应用较少，缺少转化渠道；青年员工希望有固定的带教老师和交流平台。',
    suggestions: '完善学术评价和成果转化机制，对可推广的成果组织现场交流；推行业务骨干与青年员工结对带教。',
  },
];

/** 2020, for the year-over-year comparison: seven trips. */
const TRIPS_2020: DemoResearchTrip[] = [
  {
    key: 'resumption2020', org: 'branch', topic: '疫情期间基层单位复工复产情况走访', startDate: '2020-04-21', endDate: '2020-04-22',
    destination: '物流配送中心、郊县分公司', leader: '刘泽', participants: '张伟、孙建国', method: 'visit', serviceArea: 'grassroots', focus: null,
    findings: '复工初期到货集中，分拣和入库人手不足；部分职工因防控要求不能按时返岗。',
    suggestions: '组织机关党员到基层单位支援分拣入库，协调错峰到货。',
  },
  {
    key: 'customers2020', org: 'branch', topic: '疫情影响下零售客户经营困难问卷调查', startDate: '2020-05-19', endDate: '2020-05-29',
    destination: '城区分公司、郊县分公司零售客户', leader: '王静', participants: '林芳、梁燕', method: 'survey', serviceArea: 'customers', focus: null,
    findings: '小型零售客户客流下降明显，对各级出台的扶持政策了解不多，不清楚如何办理。',
    suggestions: '整理疫情期间扶持政策要点，由客户经理逐户讲解。',
  },
  {
    key: 'academic2020', org: 'branch', topic: '学术论文征集工作座谈', startDate: '2020-06-16', endDate: '2020-06-16',
    destination: '学会秘书处', leader: '陈晓梅', participants: '马骏、杨帆、钱晓东', method: 'symposium', serviceArea: 'development', focus: 'academic',
    findings: '往年征集的论文偏重经验总结，研究方法不规范，基层单位参与面不广。',
    suggestions: '制定论文征集和评审办法，向各单位分配征集任务，组织写作培训。',
  },
  {
    key: 'outreach2020', org: 'branch', topic: '基层单位科普工作需求走访', startDate: '2020-07-14', endDate: '2020-07-15',
    destination: '郊县分公司专卖管理所、营销部', leader: '孙建国', participants: '周敏、郭鹏', method: 'visit', serviceArea: 'grassroots', focus: 'outreach',
    findings: '基层单位希望科普内容贴近执法和营销实际，集中授课之外需要可以随时查阅的材料。',
    suggestions: '建立科普需求征集机制，组建专家团队，按需求确定科普内容。',
  },
  {
    key: 'journal2020', org: 'branch', topic: '内部期刊改版意见座谈', startDate: '2020-09-08', endDate: '2020-09-08',
    destination: '城区分公司', leader: '李强', participants: '林芳、赵丽', method: 'symposium', serviceArea: 'employees', focus: 'journal',
    findings: '职工认为期刊版面陈旧，会议报道多，基层声音少。',
    suggestions: '启动期刊改版，调整栏目设置，增加基层稿件比例。',
  },
  {
    key: 'community2020', org: 'branch', topic: '社区普法宣传效果实地调研', startDate: '2020-10-20', endDate: '2020-10-21',
    destination: '城区两个社区', leader: '周敏', participants: '郑雪、白玉兰', method: 'field', serviceArea: 'society', focus: 'outreach',
    findings: '宣传以发放材料为主，居民参与度不高，现场咨询最受欢迎。',
    suggestions: '今后社区宣传以现场咨询和互动为主，材料精简。',
  },
  {
    key: 'training2020', org: 'branch', topic: '职工学术培训需求问卷调查', startDate: '2020-11-24', endDate: '2020-12-04',
    destination: '全市本行业各单位', leader: '陈晓梅', participants: '胡婷、马骏', method: 'survey', serviceArea: 'employees', focus: 'academic',
    findings: '职工最需要的是研究方法和数据分析培训，希望采用线上方式。',
    suggestions: '2021年组织线上学术培训，围绕研究方法和数据分析设置课程。',
  },
];

export const DEMO_RESEARCH_TRIPS: DemoResearchTrip[] = [...TRIPS_2021, ...TRIPS_2020];
