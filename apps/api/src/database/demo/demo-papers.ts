import { addDays, AUTHOR_SEPARATOR, PaperAward, PaperDimension } from '@wb/contracts';
import { spread } from './demo-sequence';

export interface DemoPaper {
  org: string;
  title: string;
  /** Names separated by 、, the first author first. */
  authors: string;
  /** Demo member keys among the authors (members of the academic committee). */
  authorMembers: string[];
  authorUnit: string;
  year: number;
  submittedDate: string;
  dimension: PaperDimension;
  award: PaperAward;
}

/** Invented authors by unit; none of them is a demo member. */
const AUTHORS: Record<string, string[]> = {
  城区分公司: ['黄志明', '许文静', '沈浩', '汪晓琳', '田立新', '姚佳', '陆子涵', '邱明辉', '熊婷婷', '金鑫', '贾若楠', '付强'],
  郊县分公司: ['崔海峰', '钟丽萍', '谭伟', '陶思远', '严冬梅', '薛刚', '戴欣怡', '夏建平', '雷鸣', '范晓雯', '邹凯', '侯玉洁'],
  物流配送中心: ['段宏伟', '万里', '龙小燕', '江涛', '史东', '顾晨', '邵佳怡', '孟庆华', '黎明远', '常青', '武俊杰', '乔雪'],
  学会秘书处: ['易文轩', '章慧敏', '赖建新', '袁梦', '尹志成', '毛晓彤'],
};
const POOL = Object.entries(AUTHORS).flatMap(([unit, names]) => names.map((name, position) => ({ name, unit, position })));

/** The academic committee's two members, who write with the others now and then. */
const COMMITTEE_AUTHORS = [
  { key: 'ma', name: '马骏', unit: '城区分公司', every: 27, at: 5 },
  { key: 'hu', name: '胡婷', unit: '郊县分公司', every: 31, at: 17 },
];

/** What the papers are about, by dimension (促发展、强团队、提能力). */
const SUBJECTS: Record<PaperDimension, string[]> = {
  development: [
    '本行业高质量发展政策体系建设', '现代零售终端建设', '零售客户信用体系建设', '物流配送精益化管理', '营销网络数字化转型', '专卖市场监管效能提升',
    '乡镇零售网点布局优化', '“十四五”发展规划落地', '仓储分拣智能化改造', '客户服务标准化建设', '市场状态评价体系完善', '品牌培育与市场营销',
    '打假打私协作机制', '企业治理效能提升', '物流成本管控', '终端数据采集与应用',
  ],
  team: [
    '基层党建与业务深度融合', '青年员工传帮带机制', '人才梯队建设', '客户经理队伍建设', '专卖执法队伍建设', '学会理事单位协同联动',
    '基层撰稿人队伍培养', '“党建+学术”工作模式', '员工职业发展通道建设', '基层班组建设', '业务骨干带教机制', '考核激励机制优化',
    '企业文化建设', '创新工作室建设', '党员先锋岗创建', '科技工作者队伍建设',
  ],
  capability: [
    '员工知识转化能力提升', '行政执法实操能力培养', '真假商品鉴别技能培训', '营销人员数据分析能力培养', '员工新闻写作能力提升', '学术成果转化机制',
    '线上培训平台应用', '一线员工安全生产能力建设', '专卖案件证据固定规范', '零售客户经营指导能力提升', '财务人员数字化技能培养', '客户经理服务沟通能力提升',
    '岗位练兵常态化', '法律法规知识普及', '应急处置能力建设', '信息系统运维能力提升',
  ],
};

/** How a subject becomes a title. */
const FRAMES: ((subject: string) => string)[] = [
  (s) => `${s}的实践与思考`,
  (s) => `关于${s}的几点思考`,
  (s) => `${s}路径探析`,
  (s) => `浅析${s}`,
  (s) => `“十四五”时期${s}研究`,
  (s) => `高质量发展背景下${s}探究`,
  (s) => `${s}中存在的问题及对策`,
  (s) => `新形势下${s}的探索`,
  (s) => `${s}的现状与改进建议`,
  (s) => `基于数据分析的${s}研究`,
  (s) => `推进${s}的做法与成效`,
  (s) => `数字化背景下${s}的思考`,
];

interface YearPlan {
  year: number;
  dimensions: [PaperDimension, number][];
  awards: [PaperAward, number][];
  /** Call for papers: submissions spread over `days` days from `opens`. */
  opens: string;
  days: number;
  /** Where in the author pool the year starts. */
  salt: number;
}

/** The seed's 160 papers of 2021, 13 of them national excellent papers; 110 in 2020 with 8. */
const PLANS: YearPlan[] = [
  {
    year: 2021,
    dimensions: [['development', 62], ['team', 46], ['capability', 52]],
    awards: [['none', 90], ['municipal', 37], ['provincial', 20], ['national_excellent', 13]],
    opens: '2021-03-15', days: 200, salt: 0,
  },
  {
    year: 2020,
    dimensions: [['development', 44], ['team', 30], ['capability', 36]],
    awards: [['none', 64], ['municipal', 26], ['provincial', 12], ['national_excellent', 8]],
    opens: '2020-05-06', days: 160, salt: 11,
  },
];

function papersOf(plan: YearPlan, used: Record<PaperDimension, number>): DemoPaper[] {
  const dimensions = spread(plan.dimensions);
  const awards = spread(plan.awards);
  return dimensions.map((dimension, g) => {
    // k-th subject-and-frame pair of the dimension: every subject meets every frame once before any pair repeats
    const k = used[dimension]++;
    const subject = k % SUBJECTS[dimension].length;
    const frame = (subject * 5 + Math.floor(k / SUBJECTS[dimension].length)) % FRAMES.length;

    const lead = POOL[(g * 13 + plan.salt) % POOL.length];
    const colleagues = AUTHORS[lead.unit];
    const count = [1, 1, 2, 2, 3][g % 5];
    let names = [lead.name, colleagues[(lead.position + 1 + (g % 3)) % colleagues.length], colleagues[(lead.position + 4 + (g % 2)) % colleagues.length]].slice(0, count);
    let unit = lead.unit;
    const authorMembers: string[] = [];
    for (const member of COMMITTEE_AUTHORS) {
      if (g % member.every !== member.at) continue;
      authorMembers.push(member.key);
      if (Math.floor(g / member.every) % 2 === 0 && authorMembers.length === 1) {
        // first author: writes with colleagues of the same unit
        const own = AUTHORS[member.unit];
        names = [member.name, own[g % own.length], own[(g + 5) % own.length]].slice(0, Math.max(count, 2));
        unit = member.unit;
      } else {
        names = [names[0], member.name, ...names.slice(1)].slice(0, 3);
      }
    }

    let title = FRAMES[frame](SUBJECTS[dimension][subject]);
    if (k % 6 === 2 && unit !== '学会秘书处') title += `——以${unit}为例`;
    return {
      org: 'academic',
      title,
      authors: names.join(AUTHOR_SEPARATOR),
      authorMembers,
      authorUnit: unit,
      year: plan.year,
      submittedDate: addDays(plan.opens, (g * 53) % plan.days),
      dimension,
      award: awards[g],
    };
  });
}

const used: Record<PaperDimension, number> = { development: 0, team: 0, capability: 0 };
/** 2021 first, then 2020, which continues each dimension's pairs so no title of 2021 comes back. */
export const DEMO_PAPERS: DemoPaper[] = PLANS.flatMap((plan) => papersOf(plan, used));
