import type { AnnualReport, BreakdownEntry } from './reports';

/** "促发展42篇、强团队36篇、提能力30篇": the non-zero entries of a breakdown, in order. */
function listed(entries: readonly BreakdownEntry[], unit: string): string {
  return entries.filter((entry) => entry.count > 0).map((entry) => `${entry.label}${entry.count}${unit}`).join('、');
}

/** 3 → 三: small counts read as words in running text ("三个维度", "五个方面"). */
function numeral(n: number): string {
  return n >= 1 && n <= 10 ? '一二三四五六七八九十'[n - 1] : String(n);
}

const named = (entries: readonly BreakdownEntry[]) => entries.filter((entry) => entry.count > 0).map((entry) => `“${entry.label}”`);

/** "比上年增加3次" / "与上年持平" / "比上年减少2次". */
function versus(current: number, previous: number, unit: string): string {
  if (previous === 0) return '';
  if (current === previous) return '，与上年持平';
  return current > previous ? `，比上年增加${current - previous}${unit}` : `，比上年减少${previous - current}${unit}`;
}

/**
 * The first draft of the year-end summary, in the manner of the branch's own: a paragraph per area
 * stating the year's real figures. The secretary edits it before it is exported or finalised.
 */
export function draftSummary(report: AnnualReport): string {
  const { totals: t, previous, breakdowns: b, year, orgName } = report;
  const p = previous.totals;
  const paragraphs: string[] = [];

  const video = b.meetingsByFormat.find((entry) => entry.key === 'video')?.count ?? 0;
  const kinds = listed(b.meetingsByCategory, '次');
  const founding = report.sinceFounding.recruitments
    ? `${orgName}成立以来，累计吸纳优秀科技工作者等各类人才${report.sinceFounding.recruitments}名${t.recruitments ? `，其中本年度吸纳${t.recruitments}名` : ''}。`
    : '';
  const meetings = t.meetings
    ? `全年召开各类会议${t.meetings}次${versus(t.meetings, p.meetings, '次')}${kinds ? `，其中${kinds}` : ''}` +
      (video ? `；根据疫情防控要求，${video}次会议采取视频会议方式召开` : '') +
      '，进一步强化了党组织的组织力和政治功能。'
    : '';
  paragraphs.push(`${year}年，${orgName}坚持以党建为引领，落实落细党建工作。${founding}${meetings}`);

  const areas = named(b.tripsByServiceArea);
  const trips = t.researchTrips
    ? `全年深入基层开展调研${t.researchTrips}次${versus(t.researchTrips, p.researchTrips, '次')}` + (areas.length ? `，围绕${areas.join('、')}${numeral(areas.length)}个方面强化服务` : '')
    : '';
  const deeds = t.deeds
    ? `开展了${t.deeds}项为群众办实事、解难题的具体活动${t.deedsCompleted ? `，已办结${t.deedsCompleted}项` : ''}，有力推动了“我为群众办实事”实践活动走深走实。`
    : '';
  const volunteering = t.volunteerServices ? `组织党员参加志愿服务${t.volunteerServices}次，以实际行动缓解基层单位人手不足的困难。` : '';
  if (trips || deeds || volunteering) {
    paragraphs.push(`坚持重心下移，${trips}${trips && deeds ? '，' : trips ? '。' : ''}${deeds}${volunteering}`);
  }

  const developed = report.development.find((row) => row.key === 'developed')?.total ?? 0;
  const confirmed = report.development.find((row) => row.key === 'confirmed')?.total ?? 0;
  if (t.developmentRecords || developed || confirmed) {
    const parts = [
      t.developmentRecords ? `全年在培养考察的入党申请人、积极分子和发展对象等共${t.developmentRecords}人` : '',
      developed ? `发展党员${developed}名` : '',
      confirmed ? `预备党员按期转正${confirmed}名` : '',
    ].filter(Boolean);
    paragraphs.push(`严格按照组织程序做好发展党员工作，${parts.join('，')}。`);
  }

  if (t.papers) {
    const dimensions = b.papersByDimension.filter((entry) => entry.count > 0);
    paragraphs.push(
      `拓展“党建+学术”模式，${dimensions.length ? `从${dimensions.map((entry) => entry.label).join('、')}${numeral(dimensions.length)}个维度开展学术交流，` : ''}` +
        `全年共征集论文${t.papers}篇，其中${t.excellentPapers}篇入选全国行业学会年度优秀论文` +
        (dimensions.length ? `；按维度分，${listed(dimensions, '篇')}` : '') +
        (p.papers && p.papers !== t.papers ? `；论文总数${versus(t.papers, p.papers, '篇').slice(1)}` : '') +
        '。',
    );
  }

  const venues = b.outreachItemsByVenue.filter((entry) => entry.count > 0 && entry.key !== 'online').map((entry) => entry.label);
  const outreach = t.outreachActivities
    ? `全年开展科普活动${t.outreachActivities}次，开展专题调研、征集科普需求等共${report.outreachAspects}个方面${t.outreachItems}项内容` + (venues.length ? `，实现了科普活动${venues.join('、')}` : '') + '。'
    : '';
  const journal = t.journalPosts
    ? `以期刊和外部网站为载体，全年共刊登各类信息${t.journalPosts}篇${versus(t.journalPosts, p.journalPosts, '篇')}` + (t.publicResponses ? `，回应零售客户、社会公众关切${t.publicResponses}次` : '') + '。'
    : '';
  if (outreach || journal) paragraphs.push(`拓展“党建+科普”模式，${outreach}${journal}`);

  if (t.writerContacts) {
    paragraphs.push(`拓展“党建+期刊”模式，在期刊组稿编辑过程中，采取线上线下相结合的方式，与基层撰稿人沟通联系${t.writerContacts}次，帮助基层单位发现人才、培养人才。`);
  }
  return paragraphs.join('\n\n');
}
