export interface DemoVolunteerService {
  org: string;
  title: string;
  date: string;
  place: string;
  /** Headcount, the militia of other units included: never fewer than the members listed. */
  participants: number;
  /** Demo member keys, from the society's own branch. */
  members: string[];
  /** Hours each participant served, one decimal at most. */
  hours: number;
  description: string;
}

const TEAM = '党员民兵突击队';

/** The seed's assault team in the epidemic winter of 2021, and the year's community service; two services in 2020. */
export const DEMO_VOLUNTEER_SERVICES: DemoVolunteerService[] = [
  {
    org: 'branch', title: `${TEAM}驰援物流配送中心到货入库分拣`, date: '2021-01-15', place: '物流配送中心仓库', participants: 18, members: ['liu', 'zhang', 'li', 'sun'], hours: 6.5,
    description: '配送中心多名职工居家隔离，到货积压。突击队接到通知当天到岗，协助卸货、入库和分拣。',
  },
  {
    org: 'branch', title: `${TEAM}支援城区分公司配送站分拣`, date: '2021-01-22', place: '城区分公司配送站', participants: 16, members: ['wang', 'chen', 'zhou', 'zhao'], hours: 5.5,
    description: '协助配送站完成分拣和装车，保障城区零售客户按时到货。',
  },
  {
    org: 'branch', title: `${TEAM}支援郊县分公司仓库入库`, date: '2021-01-29', place: '郊县分公司仓库', participants: 14, members: ['liu', 'li', 'sun'], hours: 7,
    description: '连续作业完成两批到货的清点入库，队员克服腰伤坚持到最后。',
  },
  {
    org: 'branch', title: `${TEAM}节前到货高峰入库分拣`, date: '2021-02-05', place: '物流配送中心仓库', participants: 22, members: ['liu', 'wang', 'zhang', 'li', 'zhou', 'zhao'], hours: 8.5,
    description: '春节前到货高峰，突击队分两班连续作战，与配送中心职工一起完成入库分拣任务。',
  },
  {
    org: 'branch', title: `${TEAM}节后复工支援分拣`, date: '2021-02-19', place: '物流配送中心分拣车间', participants: 15, members: ['zhang', 'chen', 'sun'], hours: 6,
    description: '节后职工陆续返岗前，突击队协助分拣，保障第一批配送按时出库。',
  },
  {
    org: 'branch', title: '科普进社区志愿服务：真假商品现场鉴别咨询', date: '2021-11-20', place: '城区某社区文化广场', participants: 9, members: ['chen', 'zhou', 'li'], hours: 3.5,
    description: '党员志愿者在社区设咨询台，现场讲解真假商品鉴别方法，解答居民提问。',
  },
  {
    org: 'branch', title: '社区疫情防控值守', date: '2020-02-14', place: '学会所在社区卡口', participants: 8, members: ['liu', 'wang', 'zhang', 'sun'], hours: 4,
    description: '党员下沉社区，协助测温、登记和宣传防控知识。',
  },
  {
    org: 'branch', title: `${TEAM}协助物流配送中心复工分拣`, date: '2020-03-06', place: '物流配送中心仓库', participants: 12, members: ['liu', 'li', 'zhou'], hours: 6.5,
    description: '复工初期人手不足，突击队协助完成到货入库和分拣。',
  },
];
