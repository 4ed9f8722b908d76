import type { AttendanceStatus, MeetingCategory, MeetingFormat } from '@wb/contracts';
import { BRANCH_MEMBER_KEYS } from './demo-members';

export interface DemoMeeting {
  org: string;
  category: MeetingCategory;
  session?: string;
  topic: string;
  date: string;
  format: MeetingFormat;
  host: string;
  recorder: string;
  expectedCount: number;
  attendedCount: number;
  minutes: string;
  resolutions?: string;
  /** Branch members absent or on leave; everyone else in the branch was present. */
  attendance?: { absent: Partial<Record<string, Exclude<AttendanceStatus, 'present'>>> };
}

/** The seed's 2021: the change of term held by video during the epidemic. */
const CHANGE_OF_TERM: DemoMeeting[] = [
  {
    org: 'branch', category: 'branch_committee', topic: '研究学会换届工作方案和疫情期间会议组织方式', date: '2021-01-12', format: 'video',
    host: '刘泽', recorder: '张伟', expectedCount: 5, attendedCount: 5,
    minutes: '根据新冠肺炎疫情防控要求，支部委员会决定换届相关会议采取视频会议方式召开，审议换届工作方案和候选人建议名单。',
    resolutions: '通过换届工作方案；会员代表大会、理事会采用视频会议方式召开。',
  },
  {
    org: 'society', category: 'member_congress', session: '第五届第一次', topic: '学会第五届第一次会员代表大会', date: '2021-01-28', format: 'video',
    host: '刘泽', recorder: '王静', expectedCount: 126, attendedCount: 118,
    minutes: '审议通过第四届理事会工作报告、财务报告和章程修改案，选举产生第五届理事会理事和监事。会议以视频方式召开，各分会场同步参会。',
    resolutions: '选举产生第五届理事会理事 45 名、监事 3 名。',
  },
  {
    org: 'council', category: 'council', session: '第五届第一次', topic: '第五届理事会第一次会议', date: '2021-01-28', format: 'video',
    host: '冯志远', recorder: '王静', expectedCount: 45, attendedCount: 44,
    minutes: '选举产生学会理事长、副理事长、秘书长，审议通过专业委员会设置方案。',
    resolutions: '通过学术、科普、期刊三个专业委员会设置方案。',
  },
  {
    org: 'branch', category: 'branch_committee', topic: '学会党支部委员会议：完成换届改选和委员分工', date: '2021-01-29', format: 'video',
    host: '刘泽', recorder: '张伟', expectedCount: 5, attendedCount: 5,
    minutes: '完成支部委员会换届改选，明确书记、副书记、组织委员、宣传委员分工。',
    resolutions: '支部委员分工方案。',
  },
];

const MONTHLY_THEMES = [
  '学习贯彻全国“两会”精神', '党史学习教育动员', '学史明理：学习《中国共产党简史》', '学史增信：重温入党誓词', '学史崇德：参观革命纪念馆',
  '庆祝建党100周年', '学习“七一”重要讲话精神', '学史力行：我为群众办实事', '三聚焦三提升攻坚课题推进', '学习党的十九届六中全会精神',
  '科普进社区志愿服务', '年度组织生活会准备',
];

const LECTURES: [string, string][] = [
  ['2021-03-25', '支部书记讲党课：学党史、悟思想、办实事、开新局'],
  ['2021-06-24', '百年党史中的初心使命'],
  ['2021-09-23', '以党建引领学会高质量发展'],
  ['2021-12-16', '学习党的十九届六中全会精神专题党课'],
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 三会一课 through the year: theme days, lectures, assemblies, committee and group meetings. */
function regularMeetings(year: number, scale: number): DemoMeeting[] {
  const branchSize = BRANCH_MEMBER_KEYS.length;
  const meetings: DemoMeeting[] = [];
  const months = Math.round(12 * scale);
  for (let month = 1; month <= months; month++) {
    const epidemic = year === 2021 && month <= 2;
    meetings.push({
      org: 'branch', category: 'theme_day', topic: `主题党日：${MONTHLY_THEMES[month - 1]}`, date: `${year}-${pad(month)}-${month === 7 ? '01' : '20'}`,
      format: epidemic ? 'video' : month % 4 === 0 ? 'hybrid' : 'in_person', host: '刘泽', recorder: '陈晓梅',
      expectedCount: branchSize, attendedCount: branchSize - (month % 3 === 0 ? 1 : 0),
      minutes: `围绕“${MONTHLY_THEMES[month - 1]}”开展主题党日活动，党员交流学习体会。`,
      attendance: month % 3 === 0 ? { absent: { [BRANCH_MEMBER_KEYS[month % branchSize]]: 'leave' } } : { absent: {} },
    });
    meetings.push({
      org: month % 2 ? 'group1' : 'group2', category: 'party_group', topic: `党小组学习：${MONTHLY_THEMES[(month + 5) % 12]}`,
      date: `${year}-${pad(month)}-08`, format: epidemic ? 'video' : 'in_person', host: month % 2 ? '张伟' : '孙建国', recorder: month % 2 ? '李强' : '周敏',
      expectedCount: 4, attendedCount: 4, minutes: '党小组成员逐一发言，交流学习心得和工作打算。',
    });
    if (month % 2 === 0) {
      meetings.push({
        org: 'branch', category: 'branch_committee', topic: `支部委员会：研究${month}月党建和业务工作`, date: `${year}-${pad(month)}-05`,
        format: 'in_person', host: '刘泽', recorder: '张伟', expectedCount: 5, attendedCount: 5,
        minutes: '听取近期党建和学会业务工作情况汇报，研究下阶段重点任务。',
      });
    }
    if (month % 3 === 0) {
      meetings.push({
        org: 'branch', category: 'branch_assembly', topic: `支部党员大会：第${month / 3}季度工作通报和学习`, date: `${year}-${pad(month)}-26`,
        format: month === 3 && year === 2021 ? 'hybrid' : 'in_person', host: '刘泽', recorder: '王静',
        expectedCount: branchSize, attendedCount: branchSize - 1, minutes: '通报支部工作，集体学习上级文件精神，讨论党员发展和评议工作。',
        attendance: { absent: { [BRANCH_MEMBER_KEYS[(month + 2) % branchSize]]: 'absent' } },
      });
    }
  }
  for (const [date, topic] of LECTURES.slice(0, Math.round(4 * scale))) {
    meetings.push({
      org: 'branch', category: 'party_lecture', topic, date: date.replace('2021', String(year)), format: 'in_person', host: '刘泽', recorder: '陈晓梅',
      expectedCount: branchSize, attendedCount: branchSize, minutes: `${topic}。支部书记主讲，全体党员参加。`, attendance: { absent: {} },
    });
  }
  return meetings;
}

const OTHER_BRANCHES: DemoMeeting[] = [
  ['urbanBranch', '罗成', '梁燕'],
  ['countyBranch', '宋涛', '唐莉'],
  ['logisticsBranch', '韩磊', '曹阳'],
].flatMap(([org, host, recorder]) =>
  [3, 6, 9, 12].map((month) => ({
    org, category: 'branch_assembly' as const, topic: `支部党员大会：第${month / 3}季度党史学习教育`, date: `2021-${pad(month)}-15`,
    format: 'in_person' as const, host, recorder, expectedCount: 12, attendedCount: 11, minutes: '学习党史，通报支部工作。',
  })),
);

const YEAR_END: DemoMeeting[] = [
  {
    org: 'branch', category: 'org_life', topic: '2021年度组织生活会和民主评议党员', date: '2021-12-28', format: 'in_person', host: '刘泽', recorder: '王静',
    expectedCount: BRANCH_MEMBER_KEYS.length, attendedCount: BRANCH_MEMBER_KEYS.length,
    minutes: '对照党史学习教育目标任务查摆问题，开展批评和自我批评，民主评议党员。', resolutions: '形成整改清单 6 项。', attendance: { absent: {} },
  },
  {
    org: 'society', category: 'supervisors', session: '第五届第二次', topic: '第五届监事会第二次会议', date: '2021-12-10', format: 'in_person', host: '张伟', recorder: '王静',
    expectedCount: 3, attendedCount: 3, minutes: '监督学会年度财务和换届后各项制度执行情况。',
  },
];

/** 2021 tells the seed's story; 2020 (half as busy) gives the year-over-year comparison. */
export const DEMO_MEETINGS: DemoMeeting[] = [...CHANGE_OF_TERM, ...regularMeetings(2021, 1), ...OTHER_BRANCHES, ...YEAR_END, ...regularMeetings(2020, 0.5)];
