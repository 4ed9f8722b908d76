import type { OutreachAudience, OutreachVenue } from '@wb/contracts';

export interface DemoOutreachActivity {
  org: string;
  title: string;
  date: string;
  venue: OutreachVenue;
  aspect: string;
  /** How many 科普 items (项) it delivered. */
  items: number;
  audience: OutreachAudience;
  participants: number | null;
  materials: string | null;
}

type Row = [date: string, venue: OutreachVenue, aspect: string, items: number, audience: OutreachAudience, participants: number | null, title: string, materials: string | null];

const SURVEY = '专题调研';
const NEEDS = '征集科普需求';
const LAW = '法律法规知识';
const COUNTERFEIT = '真假商品鉴别';
const CREDIT = '零售客户信用体系';

/**
 * The seed's 科普 of 2021: 19 items in 5 aspects, taken into teams and stations, retail terminals
 * and communities (the “三个进入”).
 */
const ROWS_2021: Row[] = [
  ['2021-03-16', 'teams', NEEDS, 1, 'staff', 46, '面向基层队所征集年度科普需求', '科普需求征集表，按执法、营销、物流三条线汇总'],
  ['2021-03-24', 'teams', SURVEY, 1, 'staff', 18, '基层执法人员法律知识需求专题调研', '座谈提纲、需求清单'],
  ['2021-04-22', 'teams', LAW, 2, 'staff', 86, '本行业法律法规知识培训：运用要点与行政执法实操', '培训课件、典型案例汇编'],
  ['2021-04-29', 'teams', COUNTERFEIT, 2, 'staff', 64, '真假商品鉴别培训：鉴别难点与关键识别点', '《真假商品鉴别要点手册》、对比样品'],
  ['2021-05-20', 'teams', CREDIT, 2, 'staff', 72, '面向营销人员的零售客户信用体系和现代零售终端建设专题宣传', '专题宣讲课件、统一讲解口径'],
  ['2021-06-17', 'terminals', LAW, 1, 'retailers', 860, '《微语说法》微视频进终端', '《微语说法》微视频（六集），客户经理走访时现场播放'],
  ['2021-07-14', 'terminals', SURVEY, 1, 'retailers', 36, '零售终端普法需求专题调研', '走访记录表'],
  ['2021-07-27', 'terminals', LAW, 2, 'retailers', 540, '发放《法律明白纸》，宣讲未成年人保护法相关规定', '《法律明白纸》、禁止向未成年人销售标识'],
  ['2021-08-12', 'terminals', CREDIT, 2, 'retailers', 620, '发放《致零售客户的一封信》和《诚信倡议书》', '《致零售客户的一封信》、《诚信倡议书》'],
  ['2021-08-31', 'communities', NEEDS, 1, 'public', 310, '社区居民科普需求问卷征集', '调查问卷'],
  ['2021-09-15', 'communities', LAW, 2, 'public', 1500, '本行业相关法律颁布30周年普法宣传进社区', '宣传展板、《零售涉法常识》；介绍本行业在促进经济建设、脱贫攻坚、打假打私等方面的成效'],
  ['2021-09-15', 'communities', COUNTERFEIT, 1, 'public', 420, '真假商品现场鉴别咨询', '鉴别咨询台、对比样品'],
  ['2021-10-28', 'communities', LAW, 1, 'students', 380, '“守护成长、走进校园”主题活动', '主题班会课件、未成年人保护宣传折页'],
];

/** 2020: a few, one of them online in the epidemic spring. */
const ROWS_2020: Row[] = [
  ['2020-04-28', 'online', '疫情防控知识', 2, 'retailers', 1200, '零售终端疫情防控知识线上宣传', '防控指引长图、微信群推送'],
  ['2020-07-16', 'teams', NEEDS, 1, 'staff', 32, '基层单位科普需求走访征集', '需求征集表'],
  ['2020-09-24', 'teams', LAW, 2, 'staff', 58, '专卖执法人员法律法规知识培训', '培训课件'],
  ['2020-10-22', 'communities', COUNTERFEIT, 1, 'public', 260, '社区真假商品鉴别咨询', '鉴别咨询台、宣传单'],
  ['2020-12-10', 'online', '本行业历史文化', 1, 'public', 900, '本行业历史文化线上图片展', '老照片、实物图片及解说词'],
];

export const DEMO_OUTREACH_ACTIVITIES: DemoOutreachActivity[] = [...ROWS_2021, ...ROWS_2020].map(
  ([date, venue, aspect, items, audience, participants, title, materials]) => ({ org: 'outreach', title, date, venue, aspect, items, audience, participants, materials }),
);
