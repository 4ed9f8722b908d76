import type { DevelopmentDates } from '@wb/contracts';

export interface DemoDevelopmentRecord extends DevelopmentDates {
  /** The demo member; their politicalStatus is the stage these dates reach. */
  member: string;
  /** The Party branch that handles the person. */
  org: string;
  introducers: string | null;
  trainingHours: number | null;
  note: string | null;
}

const NONE = {
  talkDate: null, activistDate: null, lastReviewDate: null, candidateDate: null, probationaryDate: null,
  extensionMonths: null, extensionReason: null, fullMemberDate: null, introducers: null, trainingHours: null, note: null,
} as const;

/**
 * One person at each stage of the pipeline. Seen from 2021-12-31: 赵丽's confirmation, 郑雪's review
 * and 邓婧's talk are due within 30 days; 曹阳's half-yearly review is the one overdue.
 */
export const DEMO_DEVELOPMENT: DemoDevelopmentRecord[] = [
  {
    ...NONE, member: 'liang', org: 'urbanBranch',
    applicationDate: '2018-03-05', talkDate: '2018-03-20', activistDate: '2018-09-10', lastReviewDate: '2019-03-12', candidateDate: '2019-10-15',
    probationaryDate: '2020-06-30', fullMemberDate: '2021-07-01',
    introducers: '罗成、林芳', trainingHours: 32, note: '预备期满，经支部党员大会讨论、上级党委审批，按期转为正式党员。',
  },
  {
    ...NONE, member: 'tang', org: 'countyBranch',
    applicationDate: '2018-05-14', talkDate: '2018-06-01', activistDate: '2018-11-20', lastReviewDate: '2019-05-20', candidateDate: '2019-12-10',
    probationaryDate: '2020-09-10', extensionMonths: 6, extensionReason: '预备期内参加组织生活和集中学习不够经常，需要继续教育和考察',
    introducers: '宋涛、何秀英', trainingHours: 32, note: '2021年9月支部党员大会讨论决定延长预备期半年，已报上级党委备案。',
  },
  {
    ...NONE, member: 'zhao', org: 'branch',
    applicationDate: '2018-10-08', talkDate: '2018-10-25', activistDate: '2019-04-16', lastReviewDate: '2020-04-14', candidateDate: '2020-05-20',
    probationaryDate: '2021-01-20',
    introducers: '李强、陈晓梅', trainingHours: 32, note: '预备期将满，支部已提醒本人提交转正申请。',
  },
  {
    ...NONE, member: 'wu', org: 'branch',
    applicationDate: '2019-09-02', talkDate: '2019-09-20', activistDate: '2020-03-17', lastReviewDate: '2021-03-16', candidateDate: '2021-06-22',
    introducers: '刘泽、孙建国', trainingHours: 24, note: '已完成政治审查和集中培训，拟提交支部党员大会讨论接收。',
  },
  {
    ...NONE, member: 'zheng', org: 'branch',
    applicationDate: '2020-04-07', talkDate: '2020-04-28', activistDate: '2020-11-17', lastReviewDate: '2021-07-15',
    trainingHours: 16, note: '培养联系人：王静、周敏。',
  },
  {
    ...NONE, member: 'cao', org: 'logisticsBranch',
    applicationDate: '2020-10-12', talkDate: '2020-11-05', activistDate: '2021-03-23',
    trainingHours: 8, note: '到货高峰期间半年考察未按时开展，须尽快补做。',
  },
  {
    ...NONE, member: 'guo', org: 'branch',
    applicationDate: '2021-05-10', talkDate: '2021-05-31',
    note: '谈话人：张伟。拟在下次支部委员会研究确定为入党积极分子。',
  },
  {
    ...NONE, member: 'deng', org: 'branch',
    applicationDate: '2021-12-08',
    note: '入党申请书已收到，待安排谈话。',
  },
];

/** The dates alone, as developmentProgress() and DEVELOPMENT_RULES read them. */
export function developmentDates(record: DemoDevelopmentRecord): DevelopmentDates {
  const { applicationDate, talkDate, activistDate, lastReviewDate, candidateDate, probationaryDate, extensionMonths, extensionReason, fullMemberDate } = record;
  return { applicationDate, talkDate, activistDate, lastReviewDate, candidateDate, probationaryDate, extensionMonths, extensionReason, fullMemberDate };
}
