import { Resvg } from '@resvg/resvg-js';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  AnnualReport,
  BreakdownEntry,
  BreakdownKey,
  chartHasData,
  ChartSpec,
  complianceCells,
  DeedStatus,
  JournalChannel,
  JournalKind,
  MeetingCategory,
  MeetingFormat,
  OutreachAudience,
  OutreachVenue,
  PaperAward,
  PaperDimension,
  reportCharts,
  ServiceArea,
  Totals,
  DevelopmentStage,
  LabelledEnum,
} from '@wb/contracts';
import { annualDocx } from './annual-docx';
import { annualXlsx } from './annual-xlsx';
import { existsSync } from 'node:fs';
import { findChartFont } from './chart-font';
import { chartPng, chartPngAsync } from './chart-image';
import { fontFamilyName } from './font-name';
import { splitByScale } from './chart-panels';
import { chartSvg } from './chart-svg';
import { chineseNumber, dateTimeLabel, summaryParagraphs } from './format';
import { periodLabel } from '@wb/contracts';

// ---------------------------------------------------------------------------------------------
// A 2021 report with the seed's figures: 13 trips, 11 deeds, 160 papers (13 excellent), 19 科普
// items in 5 aspects, 718 journal posts (64 responses), 195 writer contacts, 21 recruits since founding.

const months = (counts: number[]): BreakdownEntry[] => counts.map((count, i) => ({ key: String(i + 1).padStart(2, '0'), label: `${i + 1}月`, count }));

function byEnum<V extends string>(values: LabelledEnum<V>, counts: Partial<Record<V, number>>): BreakdownEntry[] {
  return values.values.map((key) => ({ key, label: values.label(key), count: counts[key] ?? 0 }));
}

const totals: Totals = {
  meetings: 26,
  researchTrips: 13,
  deeds: 11,
  deedsCompleted: 9,
  recruitments: 3,
  developmentRecords: 6,
  papers: 160,
  excellentPapers: 13,
  outreachActivities: 12,
  outreachItems: 19,
  journalPosts: 718,
  publicResponses: 64,
  writerContacts: 195,
  volunteerServices: 4,
};

const previousTotals: Totals = { ...totals, meetings: 22, researchTrips: 9, deeds: 0, deedsCompleted: 0, papers: 142, excellentPapers: 10, journalPosts: 655, publicResponses: 51, writerContacts: 170 };

const breakdowns: Record<BreakdownKey, BreakdownEntry[]> = {
  meetingsByMonth: months([2, 1, 3, 2, 2, 3, 2, 2, 3, 2, 2, 2]),
  tripsByMonth: months([0, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1]),
  deedsByMonth: months([0, 0, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0]),
  outreachByMonth: months([0, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1]),
  journalByMonth: months([52, 48, 61, 60, 63, 58, 62, 59, 64, 61, 63, 67]),
  meetingsByCategory: byEnum(MeetingCategory, { branch_assembly: 4, branch_committee: 12, party_lecture: 4, theme_day: 3, org_life: 1, member_congress: 1, council: 1 }),
  meetingsByFormat: byEnum(MeetingFormat, { in_person: 20, video: 5, hybrid: 1 }),
  tripsByServiceArea: byEnum(ServiceArea, { development: 3, society: 2, employees: 3, customers: 2, grassroots: 3 }),
  deedsByServiceArea: byEnum(ServiceArea, { development: 2, society: 2, employees: 3, customers: 2, grassroots: 2 }),
  deedsByStatus: byEnum(DeedStatus, { completed: 9, in_progress: 2 }),
  outreachByVenue: byEnum(OutreachVenue, { teams: 4, terminals: 4, communities: 3, online: 1 }),
  outreachItemsByVenue: byEnum(OutreachVenue, { teams: 7, terminals: 6, communities: 5, online: 1 }),
  outreachByAudience: byEnum(OutreachAudience, { staff: 5, retailers: 4, public: 3 }),
  outreachByAspect: ['法律法规培训', '真假商品鉴别', '信用体系建设', '普法宣传', '专题调研'].map((label, i) => ({ key: label, label, count: [3, 2, 3, 3, 1][i] })),
  journalByChannel: byEnum(JournalChannel, { internal_journal: 402, website: 251, new_media: 65 }),
  journalByKind: byEnum(JournalKind, { article: 654, public_response: 64 }),
  papersByDimension: byEnum(PaperDimension, { development: 62, team: 48, capability: 50 }),
  papersByAward: byEnum(PaperAward, { none: 120, municipal: 19, provincial: 8, national_excellent: 13 }),
  developmentByStage: byEnum(DevelopmentStage, { applicant: 2, activist: 2, candidate: 1, probationary: 1 }),
  byOrg: [
    { key: '2', label: '学会党支部第一党小组', count: 402 },
    { key: '3', label: '学会党支部第二党小组', count: 515 },
  ],
};

const orgTotals = (share: number): Totals => Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Math.round(v * share)])) as Totals;

const report: AnnualReport = {
  year: 2021,
  orgId: 1,
  orgName: '学会党支部',
  totals,
  previous: { totals: previousTotals },
  sinceFounding: { recruitments: 21 },
  outreachAspects: 5,
  breakdowns,
  byOrg: [
    { orgId: 2, name: '学会党支部第一党小组', totals: orgTotals(0.4) },
    { orgId: 3, name: '学会党支部第二党小组', totals: orgTotals(0.5) },
  ],
  compliance: [
    { orgId: 1, orgName: '学会党支部', category: 'branch_assembly', frequency: 'quarterly', required: 1, held: [1, 0] },
    { orgId: 1, orgName: '学会党支部', category: 'branch_committee', frequency: 'monthly', required: 1, held: [1, 0] },
    { orgId: 1, orgName: '学会党支部', category: 'party_lecture', frequency: 'quarterly', required: 2, held: [2, 1] },
  ],
  development: [
    { key: 'developed', label: '发展党员', total: 1, women: 1, minorities: 0, age35AndUnder: 1, collegeAndAbove: 1, byOccupation: { professional: 1 } },
    { key: 'confirmed', label: '预备党员转正', total: 2, women: 1, minorities: 1, age35AndUnder: 1, collegeAndAbove: 2, byOccupation: { professional: 1, manager: 1 } },
  ],
};

const summary = [
  '2021年以来，学会充分发挥党的政治引领作用和党员先锋模范作用，深入基层开展调研13次，开展了11项为群众办实事、解难题的具体活动。',
  '拓展“党建+学术”模式，学会全年共征集论文160篇，其中13篇入选全国行业学会年度优秀论文。',
  '拓展“党建+科普”模式，开展专题调研、征集科普需求等共5个方面19项内容。\n全年共刊登各类信息718篇，回应关切64次。',
].join('\n\n');

// ---------------------------------------------------------------------------------------------

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The text of every <w:t> of a WordprocessingML part, unescaped. */
function wordTexts(xml: string): string[] {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]));
}

const charts = reportCharts(report);
const chart = (key: string) => charts.find((c) => c.key === key)!;

describe('chartPng', () => {
  it('renders a PNG of the default size, and of the size and scale asked', () => {
    const png = chartPng(chart('monthly'));
    expect(png.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
    expect(pngSize(png)).toEqual({ width: 800, height: 420 });
    expect(pngSize(chartPng(chart('papersByAward'), { width: 640, height: 360 }))).toEqual({ width: 640, height: 360 });
    expect(pngSize(chartPng(chart('meetingsByFormat'), { scale: 2 }))).toEqual({ width: 1600, height: 840 });
  });

  it('renders the same image off the main thread', async () => {
    const spec = chart('papersByDimension');
    expect((await chartPngAsync(spec)).equals(chartPng(spec))).toBe(true);
  });

  it('draws different charts differently, bars, pies and lines alike', () => {
    const images = ['monthly', 'meetingsByCategory', 'meetingsByFormat', 'journalByChannel'].map((key) => chartPng(chart(key)));
    for (let i = 0; i < images.length; i++) for (let j = i + 1; j < images.length; j++) expect(images[i].equals(images[j])).toBe(false);
  });

  it('draws empty charts and awkward labels without failing', () => {
    const spec: ChartSpec = {
      key: 'x',
      title: 'A <b> & "quoted" 标题',
      kind: 'bar',
      unit: '次',
      categoryLabel: '类别',
      series: [{ key: 'count', label: '数量' }],
      data: [{ key: 'a', label: '<script>很长很长很长很长很长很长很长很长很长很长很长很长的类别名称', values: { count: 0 } }],
    };
    for (const kind of ['bar', 'line', 'pie'] as const) expect(chartPng({ ...spec, kind }).subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
    expect(chartPng({ ...spec, data: [] }).subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
  });

  it('draws Chinese labels with their glyphs, not empty boxes', () => {
    // Two titles of the same length in different characters: without a Chinese face both come out as
    // the same row of boxes (or nothing), so the images are equal; with one they differ.
    const titled = (title: string): ChartSpec => ({ ...chart('meetingsByFormat'), title });
    expect(chartPng(titled('会议次数统计')).equals(chartPng(titled('论文篇数汇总')))).toBe(false);
    // the comparison can tell: with only a Latin face and no system fonts, the two titles draw alike
    const latinOnly = (title: string) =>
      new Resvg(chartSvg(titled(title), { width: 800, height: 420 }, "'DejaVu Sans'"), {
        font: { fontFiles: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
      })
        .render()
        .asPng();
    expect(latinOnly('会议次数统计').equals(latinOnly('论文篇数汇总'))).toBe(true);
  });

  it('keeps the SVG well formed: text escaped', () => {
    const svg = chartSvg({ ...chart('meetingsByFormat'), title: 'A & <B>' }, { width: 800, height: 420 }, "'WenQuanYi Micro Hei', sans-serif");
    expect(svg).toContain('A &amp; &lt;B&gt;');
    expect(svg).not.toContain('<B>');
  });

  it('still renders when REPORT_FONT_FILE names a missing or unusable file', () => {
    const saved = process.env.REPORT_FONT_FILE;
    try {
      for (const file of ['/nonexistent/font.ttf', __filename]) {
        process.env.REPORT_FONT_FILE = file;
        expect(pngSize(chartPng(chart('deedsByStatus')))).toEqual({ width: 800, height: 420 });
      }
    } finally {
      if (saved === undefined) delete process.env.REPORT_FONT_FILE;
      else process.env.REPORT_FONT_FILE = saved;
    }
  });
});

describe('chart font', () => {
  const WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
  const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

  it('prefers REPORT_FONT_FILE, asked for by the family name inside it', () => {
    if (!existsSync(DEJAVU)) return; // the machine has no such font to point at
    expect(findChartFont({ REPORT_FONT_FILE: DEJAVU })).toEqual({ files: [DEJAVU], family: 'DejaVu Sans' });
  });

  it('falls back to the known CJK fonts, then to none at all', () => {
    const font = findChartFont({ REPORT_FONT_FILE: '/nonexistent/font.ttf' });
    if (existsSync(WQY)) expect(font).toEqual({ files: [WQY], family: 'WenQuanYi Micro Hei' });
    else expect(font.files.every(existsSync)).toBe(true);
  });

  it('reads family names from fonts and collections, and null from anything else', () => {
    if (existsSync(WQY)) expect(fontFamilyName(WQY)).toBe('WenQuanYi Micro Hei');
    expect(fontFamilyName(__filename)).toBeNull();
    expect(fontFamilyName('/nonexistent/font.ttf')).toBeNull();
  });
});

describe('splitByScale', () => {
  it('draws series of very different scale as two panels, the same scale as one', () => {
    const [work, journal, ...rest] = splitByScale(chart('monthly'));
    expect(rest).toEqual([]);
    expect(work.series.map((s) => s.key)).toEqual(['meetings', 'researchTrips', 'deeds', 'outreachActivities']);
    expect(journal.series.map((s) => s.key)).toEqual(['journalPosts']);
    expect(journal.title).toBe('月度工作趋势（期刊与网站信息）');
    expect(journal.data).toEqual(chart('monthly').data);
    expect(splitByScale(chart('papersByAward'))).toEqual([chart('papersByAward')]);
    const close = { ...chart('monthly'), series: chart('monthly').series.slice(0, 4) };
    expect(splitByScale(close)).toEqual([close]);
  });
});

describe('annualDocx', () => {
  let zip: JSZip;
  let texts: string[];
  let all: string;

  beforeAll(async () => {
    const file = await annualDocx(report, summary, { orgName: '市行业学会', finalised: { at: '2022-01-10T06:30:00Z', by: '王书记' }, now: new Date('2022-01-10T08:00:00Z') });
    zip = await JSZip.loadAsync(file);
    texts = wordTexts(await zip.file('word/document.xml')!.async('string'));
    all = texts.join('\n');
  });

  it('has the title, the scope and who finalised it when', () => {
    expect(texts).toContain('市行业学会2021年度工作总结');
    expect(all).toContain('统计口径：学会党支部及所属组织');
    expect(all).toContain('定稿：王书记，2022年1月10日 14:30');
  });

  it('holds each paragraph of the summary, line breaks kept', () => {
    for (const lines of summaryParagraphs(summary)) for (const line of lines) expect(texts).toContain(line);
  });

  it('tabulates the figures under Chinese headers', () => {
    for (const heading of ['一、主要数据', '二、分项统计', '三、三会一课落实情况', '四、发展党员情况']) expect(texts).toContain(heading);
    for (const header of ['项目', '本年', '上年', '增减', '会议形式', '占比', '35岁及以下', '大专及以上', '工人（工勤技能人员）', '专业技术人员']) expect(texts).toContain(header);
    for (const figure of ['160', '718', '13', '19', '195', '+18', '+63', '+12.7%']) expect(texts).toContain(figure);
    expect(all).toContain('成立以来累计吸纳人才21名');
  });

  it('lists the 三会一课 that fall short, and only those', () => {
    expect(all).toContain('共检查6项（组织、会议类别、期间），达标3项，不足1项，未开展2项');
    expect(texts).toContain('2021年第二季度');
    expect(texts).toContain('2021年2月');
    expect(texts).toContain('未开展');
    expect(texts).toContain('不足');
    expect(texts).not.toContain('2021年第一季度');
  });

  it('embeds one PNG per chart (or panel of one) that has data, each with a caption', async () => {
    const media = Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name));
    const drawn = charts.filter(chartHasData).flatMap(splitByScale);
    expect(drawn.length).toBe(charts.length + 1); // the monthly chart in two panels
    expect(media).toHaveLength(drawn.length);
    const first = await zip.file(media[0])!.async('nodebuffer');
    expect(first.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
    drawn.forEach((spec, i) => expect(texts).toContain(`图${i + 1}　${spec.title}`));
  });

  it('sets Chinese fonts and A4', async () => {
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:eastAsia="黑体"/);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
  });

  it('has no 定稿 line for a draft, and copes with an empty year', async () => {
    const empty: AnnualReport = {
      ...report,
      totals: Object.fromEntries(Object.keys(totals).map((k) => [k, 0])) as Totals,
      breakdowns: Object.fromEntries(Object.keys(breakdowns).map((k) => [k, []])) as unknown as Record<BreakdownKey, BreakdownEntry[]>,
      byOrg: [],
      compliance: [],
      development: [],
    };
    const draft = await JSZip.loadAsync(await annualDocx(empty, '', { orgName: '市行业学会' }));
    const draftTexts = wordTexts(await draft.file('word/document.xml')!.async('string')).join('\n');
    expect(draftTexts).not.toContain('定稿');
    expect(draftTexts).toContain('本年度暂无分项数据');
    expect(Object.keys(draft.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(0);
  });
});

describe('annualXlsx', () => {
  let workbook: ExcelJS.Workbook;
  const rowsOf = (name: string) => {
    const rows: unknown[][] = [];
    workbook.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await annualXlsx(report, summary, '市行业学会')) as unknown as ArrayBuffer);
  });

  it('has a sheet per table, named in Chinese within Excel’s limit', () => {
    const names = workbook.worksheets.map((ws) => ws.name);
    expect(names[0]).toBe('主要数据');
    for (const name of ['月度统计', '会议类别', '会议形式', '论文获奖', '科普项目阵地', '期刊与网站信息渠道', '分组织', '三会一课', '发展党员', '工作总结']) expect(names).toContain(name);
    expect(names.every((name) => name.length <= 31)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps the totals as numbers, with last year and the change', () => {
    const rows = rowsOf('主要数据');
    expect(rows[0]).toEqual(['项目', '本年', '上年', '增减', '增减率']);
    expect(rows.find((r) => r[0] === '征集论文')).toEqual(['征集论文', 160, 142, 18, 18 / 142]);
    expect(rows.find((r) => r[0] === '期刊与网站信息')!.slice(0, 4)).toEqual(['期刊与网站信息', 718, 655, 63]);
    expect(rows.find((r) => r[0] === '为群众办实事')!.slice(0, 4)).toEqual(['为群众办实事', 11, 0, 11]);
    expect(rows.flat()).toContain('成立以来累计吸纳人才21名；本年科普活动涉及5个方面。');
  });

  it('freezes a bold header row', () => {
    const sheet = workbook.getWorksheet('会议类别')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it('holds each breakdown, the months, the orgs, 三会一课 and development', () => {
    expect(rowsOf('论文获奖').find((r) => r[0] === '全国行业学会年度优秀论文')!.slice(0, 2)).toEqual(['全国行业学会年度优秀论文', 13]);
    const monthly = rowsOf('月度统计');
    expect(monthly[0]).toEqual(['月份', '会议', '基层调研', '为群众办实事', '科普活动', '期刊与网站信息']);
    expect(monthly).toHaveLength(14); // header, 12 months, total
    expect(monthly[13]).toEqual(['合计', 26, 13, 11, 12, 718]);
    expect(rowsOf('分组织').map((r) => r[0])).toEqual(['组织', '学会党支部第一党小组', '学会党支部第二党小组']);
    expect(rowsOf('三会一课')).toHaveLength(1 + complianceCells(report.year, report.compliance).length);
    const development = rowsOf('发展党员');
    expect(development[0]).toEqual(expect.arrayContaining(['合计', '女性', '少数民族', '35岁及以下', '大专及以上', '专业技术人员']));
    expect(development[2].slice(0, 6)).toEqual(['预备党员转正', 2, 1, 1, 1, 2]);
  });

  it('puts the summary text in one wrapped column, a paragraph per row', () => {
    const rows = rowsOf('工作总结').map((r) => String(r[0]));
    expect(rows[0]).toBe('市行业学会2021年度工作总结');
    expect(rows).toHaveLength(1 + 3);
    expect(rows[2]).toContain('160篇');
    expect(workbook.getWorksheet('工作总结')!.getCell('A2').alignment?.wrapText).toBe(true);
  });
});

describe('document formatting', () => {
  it('words periods, numbers and times as Chinese documents do', () => {
    expect(periodLabel('2021-Q3')).toBe('2021年第三季度');
    expect(periodLabel('2021-03')).toBe('2021年3月');
    expect(periodLabel('2021')).toBe('2021年');
    expect([1, 10, 12, 20, 21].map(chineseNumber)).toEqual(['一', '十', '十二', '二十', '二十一']);
    expect(dateTimeLabel('2021-12-31T16:05:00Z')).toBe('2022年1月1日 00:05');
  });

  it('splits a summary on blank lines, dropping indentation', () => {
    expect(summaryParagraphs('\u3000\u3000第一段。\r\n\r\n  第二段，\n接着写。\n \n')).toEqual([['第一段。'], ['第二段，', '接着写。']]);
  });
});
