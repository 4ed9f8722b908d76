import { draftSummary } from './report-summary';
import { BREAKDOWN_KEYS, TOTAL_KEYS, type AnnualReport, type Totals } from './reports';

function report(totals: Partial<Totals>, previous: Partial<Totals> = {}): AnnualReport {
  const zero = Object.fromEntries(TOTAL_KEYS.map((key) => [key, 0])) as Totals;
  const breakdowns = Object.fromEntries(BREAKDOWN_KEYS.map((key) => [key, []])) as unknown as AnnualReport['breakdowns'];
  breakdowns.papersByDimension = [
    { key: 'development', label: '促发展', count: 62 },
    { key: 'team', label: '强团队', count: 48 },
    { key: 'ability', label: '提能力', count: 50 },
  ];
  breakdowns.tripsByServiceArea = ['发展', '社会', '职工', '客户', '基层'].map((label) => ({ key: label, label, count: 2 }));
  return {
    year: 2021,
    orgId: 1,
    orgName: '学会党支部',
    totals: { ...zero, ...totals },
    previous: { totals: { ...zero, ...previous } },
    sinceFounding: { recruitments: 21 },
    outreachAspects: 5,
    breakdowns,
    byOrg: [],
    compliance: [],
    development: [],
  };
}

describe('the drafted summary', () => {
  it('states the figures the way the branch wrote them', () => {
    const text = draftSummary(report({ researchTrips: 13, deeds: 11, papers: 160, excellentPapers: 13, outreachActivities: 13, outreachItems: 19, journalPosts: 718, publicResponses: 64, writerContacts: 195 }, { papers: 110 }));
    for (const phrase of [
      '累计吸纳优秀科技工作者等各类人才21名',
      '全年深入基层开展调研13次',
      '“发展”、“社会”、“职工”、“客户”、“基层”五个方面',
      '开展了11项为群众办实事',
      '从促发展、强团队、提能力三个维度开展学术交流，全年共征集论文160篇，其中13篇入选全国行业学会年度优秀论文',
      '论文总数比上年增加50篇',
      '共5个方面19项内容',
      '全年共刊登各类信息718篇',
      '回应零售客户、社会公众关切64次',
      '与基层撰稿人沟通联系195次',
    ]) {
      expect([phrase, text.includes(phrase)]).toEqual([phrase, true]);
    }
  });

  it('leaves out an area the org did no work in, rather than writing "0篇"', () => {
    const text = draftSummary(report({ meetings: 41, researchTrips: 13 }));
    expect(text).not.toContain('论文');
    expect(text).not.toContain('科普');
    expect(text).not.toContain('撰稿人');
    expect(text).not.toMatch(/[^\d]0[篇次项名]/);
  });
});
