import { addDays, ContactMode, JournalChannel, JournalKind } from '@wb/contracts';
import { spread, spreadWorkday, workday } from './demo-sequence';

export interface DemoWriterContact {
  org: string;
  date: string;
  writer: string;
  unit: string;
  mode: ContactMode;
  topic: string;
}

export interface DemoJournalPost {
  org: string;
  title: string;
  channel: JournalChannel;
  issue: string | null;
  publishedDate: string;
  kind: JournalKind;
  author: string | null;
  /** Index in DEMO_WRITER_CONTACTS of the contact the post came from. */
  contact: number | null;
}

type Line = 'market' | 'logistics';

/**
 * The grassroots writers the journal keeps in touch with (invented), where they work, which
 * org their news is about, and how often they are in touch (weight).
 */
const WRITERS: { name: string; unit: string; newsOf: string; line: Line; weight: number }[] = [
  { name: '柯雨桐', unit: '城区分公司办公室', newsOf: '城区分公司', line: 'market', weight: 3 },
  { name: '郝婷', unit: '城区分公司营销中心', newsOf: '城区分公司营销中心', line: 'market', weight: 2 },
  { name: '牛志鹏', unit: '城区分公司专卖管理所', newsOf: '城区分公司专卖管理所', line: 'market', weight: 2 },
  { name: '褚佳琪', unit: '郊县分公司办公室', newsOf: '郊县分公司', line: 'market', weight: 3 },
  { name: '卞雅楠', unit: '郊县分公司营销部', newsOf: '郊县分公司营销部', line: 'market', weight: 1 },
  { name: '祁国栋', unit: '郊县分公司专卖管理所', newsOf: '郊县分公司专卖管理所', line: 'market', weight: 2 },
  { name: '裴晓蕾', unit: '物流配送中心办公室', newsOf: '物流配送中心', line: 'logistics', weight: 3 },
  { name: '殷红梅', unit: '物流配送中心分拣车间', newsOf: '物流配送中心分拣车间', line: 'logistics', weight: 2 },
  { name: '焦永胜', unit: '物流配送中心仓储部', newsOf: '物流配送中心仓储部', line: 'logistics', weight: 1 },
  { name: '车志强', unit: '物流配送中心运输部', newsOf: '物流配送中心运输部', line: 'logistics', weight: 1 },
  { name: '阎振宇', unit: '城区分公司办公室', newsOf: '城区分公司', line: 'market', weight: 2 },
  { name: '廖俊峰', unit: '城区分公司营销中心', newsOf: '城区分公司营销中心', line: 'market', weight: 1 },
  { name: '骆文斌', unit: '城区分公司技术中心', newsOf: '城区分公司', line: 'market', weight: 1 },
  { name: '蔡东升', unit: '郊县分公司办公室', newsOf: '郊县分公司', line: 'market', weight: 1 },
  { name: '鲁振华', unit: '郊县分公司营销部', newsOf: '郊县分公司营销部', line: 'market', weight: 2 },
  { name: '俞静', unit: '郊县分公司专卖管理所', newsOf: '郊县分公司专卖管理所', line: 'market', weight: 1 },
  { name: '滕飞', unit: '郊县分公司城关营销站', newsOf: '郊县分公司城关营销站', line: 'market', weight: 1 },
  { name: '庞宇', unit: '物流配送中心办公室', newsOf: '物流配送中心', line: 'logistics', weight: 1 },
  { name: '施建平', unit: '物流配送中心分拣车间', newsOf: '物流配送中心分拣车间', line: 'logistics', weight: 1 },
  { name: '纪晓慧', unit: '物流配送中心仓储部', newsOf: '物流配送中心仓储部', line: 'logistics', weight: 1 },
  { name: '邢晓丹', unit: '城区分公司营销中心', newsOf: '城区分公司营销中心', line: 'market', weight: 2 },
  { name: '葛颖', unit: '城区分公司专卖管理所', newsOf: '城区分公司专卖管理所', line: 'market', weight: 1 },
  { name: '齐梦瑶', unit: '郊县分公司营销部', newsOf: '郊县分公司营销部', line: 'market', weight: 1 },
  { name: '翁思琪', unit: '物流配送中心分拣车间', newsOf: '物流配送中心分拣车间', line: 'logistics', weight: 1 },
  // joined with the “1+1” pairing of 2021
  { name: '管丽娜', unit: '物流配送中心运输部', newsOf: '物流配送中心运输部', line: 'logistics', weight: 1 },
  { name: '包文娟', unit: '城区分公司营销中心', newsOf: '城区分公司营销中心', line: 'market', weight: 2 },
  { name: '左立伟', unit: '郊县分公司专卖管理所', newsOf: '郊县分公司专卖管理所', line: 'market', weight: 1 },
  { name: '缪强', unit: '物流配送中心分拣车间', newsOf: '物流配送中心分拣车间', line: 'logistics', weight: 1 },
  { name: '尚雯', unit: '城区分公司办公室', newsOf: '城区分公司', line: 'market', weight: 2 },
  { name: '房志明', unit: '郊县分公司城关营销站', newsOf: '郊县分公司城关营销站', line: 'market', weight: 1 },
];
const WRITERS_2020 = 24;

/** Each writer as often as their weight says, spread over the sequence. */
function writerSequence(writers: number): number[] {
  return spread(WRITERS.slice(0, writers).map((writer, index) => [index, writer.weight]));
}

const ONLINE_TOPICS = [
  '线上交流稿件内容，提出修改意见',
  '微信沟通写作技巧：消息导语怎么写',
  '征集摄影作品：一线职工工作瞬间',
  '交流稿件选题，确定本月报道重点',
  '线上反馈来稿采用情况和修改建议',
  '征集“身边的榜样”主题摄影作品',
  '交流写作技巧：如何在消息中突出新闻点',
  '交流通讯稿件内容，补充一线人物细节',
];
const OFFLINE_TOPICS = [
  '到基层单位当面交流稿件内容',
  '面对面交流写作技巧：人物通讯的采写',
  '现场指导新闻摄影的构图和拍摄',
  '参加基层通讯员座谈，交流选题和写作技巧',
  '“1+1”结对辅导，逐段修改稿件',
  '征集摄影作品，现场挑选期刊用图',
];

interface ContactPlan {
  year: number;
  count: number;
  writers: number;
  /** Of every eight contacts, how many online. */
  onlineOfEight: number;
}

/** The seed's 190-odd contacts of 2021 (线上线下相结合), about 120 in 2020 with fewer writers. */
const CONTACT_PLANS: ContactPlan[] = [
  { year: 2021, count: 195, writers: WRITERS.length, onlineOfEight: 5 },
  { year: 2020, count: 120, writers: WRITERS_2020, onlineOfEight: 6 },
];

function contactsOf(plan: ContactPlan): DemoWriterContact[] {
  const sequence = writerSequence(plan.writers);
  // a step coprime with the sequence's length visits every entry once, neighbours in time being different writers
  const step = 7;
  if (sequence.length % step === 0) throw new Error('Demo writer contacts: the weights must not add up to a multiple of 7');
  return Array.from({ length: plan.count }, (_, i) => {
    const writer = WRITERS[sequence[(i * step) % sequence.length]];
    const online = (i * 3) % 8 < plan.onlineOfEight;
    const topics = online ? ONLINE_TOPICS : OFFLINE_TOPICS;
    return {
      org: 'journal',
      date: spreadWorkday(`${plan.year}-01-05`, 352, i, plan.count),
      writer: writer.name,
      unit: writer.unit,
      mode: online ? 'online' : 'offline',
      topic: topics[(i * 5 + sequence[(i * step) % sequence.length]) % topics.length],
    };
  });
}

export const DEMO_WRITER_CONTACTS: DemoWriterContact[] = CONTACT_PLANS.flatMap(contactsOf);

// ---------------------------------------------------------------------------------------------
// Posts. A title template may name its month ({m}); one marked `2021:` or `2020:` belongs to that
// year only, one marked `@6-7:` (or `@12,1:`) to those months only.

/** Any unit's news. */
const GENERAL = [
  '召开{m}月份安全生产例会', '开展{m}月份主题党日活动', '召开{m}月份经营分析会', '开展{m}月份质量安全检查', '组织开展消防应急演练',
  '开展廉洁文化进基层活动', '@3:开展“学雷锋”志愿服务活动', '召开青年员工座谈会', '开展职工技能比武', '@7-9:举办新员工入职培训',
  '@6:开展“安全生产月”宣传活动', '召开党风廉政建设工作推进会', '@1-2,12:开展困难职工走访慰问', '组织观看警示教育片', '@6-7:开展“七一”党员政治生日活动',
  '@7-8:开展夏季“送清凉”活动', '组织职工健康体检', '开展保密知识学习', '@9-10:开展网络安全宣传周活动', '@4-5:举办职工读书分享会',
  '开展节前廉洁提醒谈话', '组织职工参加无偿献血', '@12,1:召开年度工作总结会', '推进基层班组标准化建设', '开展疫情防控应急演练',
  '2021:@3-12:开展“我为群众办实事”实践活动', '2021:@3-12:召开党史学习教育专题组织生活会', '2021:@3-12:开展党史学习教育专题学习', '2021:@6-7:举办庆祝建党100周年主题活动',
  '2020:@2-5:有序推进复工复产', '2020:开展疫情防控督导检查', '2020:@2-5:组织职工参加“线上课堂”学习',
];

/** Marketing and market supervision news. */
const MARKET = [
  '开展零售客户信用等级评定', '召开零售客户座谈会', '开展现代零售终端建设回头看', '开展{m}月份市场检查', '推进零售客户信用体系建设',
  '开展真假商品鉴别培训', '开展零售终端未成年人保护宣传', '开展行政执法案卷评查', '召开{m}月份营销工作例会', '走访乡镇零售客户',
  '开展客户经理服务技能竞赛', '开展打假打私专项行动', '组织执法人员法律法规知识培训', '开展零售终端结算设备使用指导', '开展市场状态监测分析',
  '开展零售客户满意度调查', '举办零售客户经营培训班', '@3,9:开展校园周边零售点专项检查', '推进终端数据采集应用', '开展持证经营情况核查',
  '2021:@5-12:开展“我与客户共成长”主题实践活动', '2021:@8-9:发放《致零售客户的一封信》', '2020:@2-6:帮助零售客户应对疫情影响',
];

/** Logistics news. */
const LOGISTICS = [
  '@1-2:完成春节前到货入库高峰保障', '开展分拣设备检修保养', '开展驾驶员安全驾驶培训', '召开{m}月份物流运行分析会', '开展仓储安全大检查',
  '优化城区配送线路', '开展分拣岗位技能比武', '推进仓储分拣智能化改造', '开展{m}月份车辆安全检查', '开展{m}月份库存盘点',
  '开展送货服务质量回访', '开展叉车操作规范培训', '推行精益物流管理', '@5-7:开展防汛应急演练',
  '2021:@1-2:党员民兵突击队支援到货入库分拣', '2020:@1-4:保障疫情期间配送不断线',
];

/** The society's own news, features and 科普 columns, written by the editors. */
const EDITORIAL = [
  '学会党支部召开{m}月份支部委员会议', '学会党支部开展{m}月份主题党日活动', '期刊编辑委员会召开{m}月份组稿会', '学会秘书处召开{m}月份工作调度会',
  '全市本行业{m}月份市场运行情况综述',
  '@3-5:学术工作委员会发布年度论文选题指南', '@10-11:学术工作委员会召开论文评审会', '@5-9:学术工作委员会举办青年员工论文写作辅导', '学术工作委员会召开学术交流会',
  '科普工作委员会组建科普专家团队', '@3-4:科普工作委员会开展科普需求征集', '期刊编辑委员会召开基层通讯员座谈会', '学会召开理事单位联络员会议',
  '2021:@1-2:学会采取视频会议方式召开第五届第一次会员代表大会', '2021:@1-2:学会第五届理事会第一次会议召开', '2021:@3-12:学会党支部开展党史学习教育专题党课',
  '2021:@11-12:学会13篇论文入选全国行业学会年度优秀论文', '2021:@9-10:科普进社区：本行业相关法律颁布30周年宣传活动举行', '2021:@6-7:科普进终端：《微语说法》微视频上线',
  '2021:@10-11:“守护成长、走进校园”主题活动走进两所中学', '2021:@11-12:内部期刊顺利通过年度审核', '2021:学会推进“三聚焦三提升”攻坚课题', '2021:@1-2:学会党员民兵突击队驰援基层单位',
  '2021:@6-8:学会推行期刊组稿“1+1”工作模式', '2021:学会党支部吸纳优秀科技工作者进入人才库',
  '2020:@3-5:学会党支部组织党员支援复工复产', '2020:@9-10:内部期刊启动改版', '2020:@6-7:学会召开年度论文征集工作座谈会', '2020:@7-8:学会建立科普需求征集机制',
  ...[
    '如何识别包装印刷的细微差别', '零售客户信用等级是怎样评定的', '一图读懂未成年人保护法相关规定', '行政执法文书制作的五个要点', '现场证据如何固定',
    '真假商品鉴别的“看、摸、比”', '现代零售终端的数据功能怎么用', '本行业法律法规的发展历程', '物流配送中心的一天', '分拣线上的“智慧大脑”',
    '信用积分与日常经营有什么关系', '《法律明白纸》里的十个知识点', '遇到假冒商品该向哪里反映', '零售许可证的办理与延续', '仓储温湿度为何如此重要',
    '@11-12,1:冬季送货安全注意事项', '零售终端消防安全常识', '网络购物中如何辨别商品真伪', '诚信经营从哪些小事做起', '客户经理上门能帮你做什么',
  ].map((topic) => withPrefix('科普小课堂｜', topic)),
  ...['计划供应年代的县城供应站', '第一台分拣机进厂记', '从马车送货到智能配送', '老专卖员的执法日记', '一张老许可证的故事', '行业里的第一批女客户经理'].map((topic) =>
    withPrefix('行业记忆｜', topic),
  ),
  ...[
    '分拣车间里的“老黄牛”', '穿梭在乡镇间的客户经理', '守护市场秩序的执法“尖兵”', '扎根仓库十五年的保管员', '零售户口中的“贴心人”',
    '把论文写在岗位上的青年工程师', '夜班调度员的二十四小时', '从新手到业务骨干的三年', '用镜头记录一线的通讯员', '科普宣讲台上的“法律明白人”',
    '配送路上的安全标兵', '带出技能比武冠军的班组长', '坚守疫情防控一线的党员', '信用体系建设的宣讲员',
  ].map((topic) => withPrefix('一线风采｜', topic)),
];

/** Questions from retail customers and the public the society answered (回应关切). */
const QUESTIONS = [
  '零售客户信用等级是怎样评定的？', '信用积分低了会影响订货吗？', '向未成年人销售会受到什么处罚？', '零售许可证到期后如何延续？', '经营场所搬迁需要办理哪些手续？',
  '发现疑似假冒商品应如何举报？', '订货后多久能送达？', '节假日期间配送如何安排？', '结算终端出现故障怎么办？', '零售终端形象提升有哪些支持？',
  '为什么要在显著位置张贴禁止向未成年人销售的标识？', '客户经理多久走访一次？', '对执法检查结果有异议怎么办？', '网络平台上能否销售本行业商品？', '新办零售许可证需要多长时间？',
  '零售户如何查询自己的信用积分？', '学校周边能否设立零售点？', '货款结算方式有哪些？', '怎样报名参加零售客户经营培训班？', '假冒商品有哪些常见特征？',
  '投诉举报的渠道有哪些？', '疫情期间门店如何做好防控？', '到货商品破损如何处理？', '信用等级多久复评一次？', '现代零售终端建设如何申请？',
  '《诚信倡议书》倡议了什么？', '许可证遗失如何补办？', '怎样判断收到的商品是否为正品？', '零售客户可以对信用评价提出申诉吗？', '社区居民如何参加科普活动？',
  '本行业相关法律有哪些新变化？', '配送车辆进不了小区怎么办？',
];
const RESPONSE_FORMS = ['回应关切｜', '答零售客户问｜', '热点答疑｜'];

const EDITORS = ['本刊编辑部', '李强', '赵丽', '蒋文博', '林芳'];

/** `prefix` put before a template's text, after its marks. */
function withPrefix(prefix: string, template: string): string {
  const { marks, text } = /^(?<marks>(?:\d{4}:)?(?:@[\d,-]+:)?)(?<text>.*)$/.exec(template)!.groups!;
  return marks + prefix + text;
}

interface Template {
  text: string;
  /** The months it may be published in; all when null. */
  months: Set<number> | null;
}

/** The templates of a year, with the marks read. */
function ofYear(templates: string[], year: number): Template[] {
  return templates.flatMap((template): Template[] => {
    const { mark, months, text } = /^(?:(?<mark>\d{4}):)?(?:@(?<months>[\d,-]+):)?(?<text>.*)$/.exec(template)!.groups!;
    if (mark && Number(mark) !== year) return [];
    if (!months) return [{ text, months: null }];
    const allowed = months.split(',').flatMap((part) => {
      const [from, to = from] = part.split('-').map(Number);
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    });
    return [{ text, months: new Set(allowed) }];
  });
}

interface PostPlan {
  year: number;
  /** Posts per issue of the monthly internal journal. */
  perIssue: number;
  website: { count: number; responses: number };
  newMedia: { count: number; responses: number };
  writers: number;
}

/** The seed's 700-odd posts of 2021, 60-odd of them responses; about 500 in 2020. */
const POST_PLANS: PostPlan[] = [
  { year: 2021, perIssue: 22, website: { count: 262, responses: 34 }, newMedia: { count: 192, responses: 30 }, writers: WRITERS.length },
  { year: 2020, perIssue: 16, website: { count: 180, responses: 24 }, newMedia: { count: 126, responses: 18 }, writers: WRITERS_2020 },
];

function postsOf(plan: PostPlan): DemoJournalPost[] {
  const { year } = plan;
  const used = new Set<string>();
  /** The first title from `start` on that fits the month and the year has not used yet, from the first pool that has one left. */
  const pick = (pools: Template[][], start: number, month: number, prefix = ''): string => {
    for (const templates of pools) {
      for (let j = 0; j < templates.length; j++) {
        const { text, months } = templates[(start + j) % templates.length];
        if (months && !months.has(month)) continue;
        const title = prefix + text.replace('{m}', String(month));
        if (used.has(title)) continue;
        used.add(title);
        return title;
      }
    }
    throw new Error(`Demo journal posts: no title left for ${prefix || 'the editors'} in ${year}-${month}`);
  };
  const general = ofYear(GENERAL, year);
  const lines: Record<Line, Template[]> = { market: [...general, ...ofYear(MARKET, year)], logistics: [...general, ...ofYear(LOGISTICS, year)] };
  const editorial = ofYear(EDITORIAL, year);
  // once the editors' own titles run out: photo news of the units
  const newsOrgs = [...new Map(WRITERS.map((writer) => [writer.newsOf, writer.line])).entries()];
  const photos = lines.market.flatMap((_, t) =>
    newsOrgs.flatMap(([org, line]) => {
      const template = lines[line][t];
      return template ? [{ ...template, text: `镜头｜${org}${template.text}` }] : [];
    }),
  );
  const responses = RESPONSE_FORMS.flatMap((form) => QUESTIONS.map((question) => ({ text: form + question, months: null })));
  const writers = writerSequence(plan.writers);
  const contacts = DEMO_WRITER_CONTACTS.map((contact, index) => ({ ...contact, index })).filter((contact) => contact.date.startsWith(String(year)));

  /** An article: three in four from a grassroots writer (linked to the contact it came from, if one went before within a month), the rest by the editors. */
  const article = (n: number, publishedDate: string, channel: JournalChannel, issue: string | null): DemoJournalPost => {
    const month = Number(publishedDate.slice(5, 7));
    if (n % 4 !== 3) {
      const writer = WRITERS[writers[(n * 11) % writers.length]];
      const title = pick([lines[writer.line]], n * 7, month, writer.newsOf);
      let contact: number | null = null;
      for (const candidate of contacts) {
        if (candidate.writer === writer.name && candidate.date < publishedDate && candidate.date >= addDays(publishedDate, -30)) contact = candidate.index;
      }
      return { org: 'journal', title, channel, issue, publishedDate, kind: 'article', author: writer.name, contact };
    }
    return { org: 'journal', title: pick([editorial, photos], n * 13, month), channel, issue, publishedDate, kind: 'article', author: EDITORS[n % EDITORS.length], contact: null };
  };

  let n = 0;
  let responded = 0;
  const posts: DemoJournalPost[] = [];
  for (let month = 1; month <= 12; month++) {
    const issue = `${year}年第${month}期`;
    const publishedDate = workday(`${year}-${String(month).padStart(2, '0')}-20`);
    for (let i = 0; i < plan.perIssue; i++) posts.push(article(n++, publishedDate, 'internal_journal', issue));
  }
  for (const [channel, { count, responses: responseCount }] of [['website', plan.website], ['new_media', plan.newMedia]] as const) {
    const kinds = spread<JournalKind>([['article', count - responseCount], ['public_response', responseCount]]);
    kinds.forEach((kind, i) => {
      const publishedDate = spreadWorkday(`${year}-01-04`, 358, i, count);
      if (kind === 'article') {
        posts.push(article(n++, publishedDate, channel, null));
      } else {
        const title = pick([responses], (responded++ * 37) % responses.length, 0);
        posts.push({ org: 'journal', title, channel, issue: null, publishedDate, kind, author: '本刊编辑部', contact: null });
      }
    });
  }
  return posts;
}

export const DEMO_JOURNAL_POSTS: DemoJournalPost[] = POST_PLANS.flatMap(postsOf);
