import { Document, Packer, Paragraph, Table } from 'docx';
import {
  AnnualReport,
  BREAKDOWN_KEYS,
  breakdownChart,
  byOrgTable,
  CHARTED_BREAKDOWNS,
  chartHasData,
  ChartSpec,
  chartTable,
  ComplianceCell,
  complianceCells,
  complianceTable,
  developmentTable,
  reportCharts,
  ResourceName,
  shortfalls,
  MAX_REPORT_PHOTOS,
  TotalKey,
  totalsTable,
} from '@wb/contracts';
import { CHART_HEIGHT, CHART_WIDTH, chartPngAsync } from './chart-image';
import { bodyParagraph, centred, docTable, figure, heading1, heading2, note, PAGE, pageNumberFooter, SIZE, STYLES, title } from './docx-parts';
import { chineseNumber, dateLabel, dateTimeLabel, dayLabel, summaryParagraphs } from './format';
import { printSize, ReportPhotos } from './report-photos-docx';
import { splitByScale } from './chart-panels';

export interface AnnualDocxOptions {
  orgName: string;
  /** Set once the year is finalised (定稿): who and when (UTC ISO). */
  finalised?: { at: string; by: string };
  /** The generation date printed under the title; now by default. */
  now?: Date;
  /** The photos chosen for the report, ready for Word: a last section, 活动照片. */
  photos?: ReportPhotos;
}

/** The media type of a .docx file. */
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What a section of the document is made of. */
type Block = Paragraph | Table;

/** Charts go into Word at the text width (about 600 px of 602) and are rendered at twice that for print. */
const FIGURE_WIDTH = 600;
const FIGURE_HEIGHT = Math.round((FIGURE_WIDTH * CHART_HEIGHT) / CHART_WIDTH);

/** The totals the per-org table of Word shows (Excel has them all; Word's page is narrower). */
const BY_ORG_KEYS: readonly TotalKey[] = ['meetings', 'researchTrips', 'deeds', 'papers', 'outreachActivities', 'journalPosts'];

/** The year-end report as Word: title, summary text, the figures, charts, 三会一课 and development. */
export async function annualDocx(report: AnnualReport, summary: string, options: AnnualDocxOptions): Promise<Buffer> {
  const heading = `${options.orgName}${report.year}年度工作总结`;
  const charts = reportCharts(report).filter(chartHasData);
  const panels = charts.flatMap(splitByScale);
  // All images rendered at once, in resvg's worker threads.
  const images = await Promise.all(panels.map((spec) => chartPngAsync(spec, { scale: 2 })));
  const pngs = new Map(panels.map((spec, i) => [spec.key, images[i]]));
  const doc = new Document({
    title: heading,
    creator: options.orgName,
    description: `${report.orgName}${report.year}年度统计`,
    styles: STYLES,
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        footers: { default: pageNumberFooter() },
        children: [
          title(heading),
          ...subtitle(report, options),
          ...summaryParagraphs(summary).map(bodyParagraph),
          ...mainFigures(report),
          ...breakdowns(report, charts, pngs),
          ...compliance(complianceCells(report.year, report.compliance)),
          ...development(report),
          ...activityPhotos(options.photos),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function subtitle(report: AnnualReport, options: AnnualDocxOptions): Paragraph[] {
  const lines = [
    `统计口径：${report.orgName}及所属组织，${report.year}年1月1日至12月31日`,
    `生成日期：${dateLabel(options.now ?? new Date())}` + (options.finalised ? `　定稿：${options.finalised.by}，${dateTimeLabel(options.finalised.at)}` : ''),
  ];
  return [...lines.map((line) => centred(line, SIZE.table)), new Paragraph({ children: [] })];
}

function mainFigures(report: AnnualReport): Block[] {
  return [
    heading1('一、主要数据'),
    docTable(totalsTable(report)),
    note(`注：成立以来累计吸纳人才${report.sinceFounding.recruitments}名；本年科普活动涉及${report.outreachAspects}个方面。增减、增减率与上年同口径相比。`),
  ];
}

/** Each chart with its table and image, then the breakdowns shown only as tables. */
function breakdowns(report: AnnualReport, charts: ChartSpec[], pngs: Map<string, Buffer>): Block[] {
  const parts: Block[] = [heading1('二、分项统计')];
  let section = 0;
  let figureNo = 0;
  const subheading = (text: string) => heading2(`（${chineseNumber(++section)}）${text}`);
  const image = (spec: ChartSpec) => figure(pngs.get(spec.key)!, FIGURE_WIDTH, FIGURE_HEIGHT, `图${++figureNo}　${spec.title}`);

  for (const spec of charts) {
    parts.push(subheading(spec.title), docTable(chartTable(spec)), ...splitByScale(spec).flatMap(image));
  }

  const tableOnly = BREAKDOWN_KEYS.filter((key) => key !== 'byOrg' && !CHARTED_BREAKDOWNS.includes(key));
  for (const key of tableOnly) {
    const spec = breakdownChart(report, key);
    if (chartHasData(spec)) parts.push(subheading(spec.title), docTable(chartTable(spec)));
  }
  if (report.byOrg.length) {
    parts.push(subheading('分组织主要数据'), docTable(byOrgTable(report.byOrg, BY_ORG_KEYS), SIZE.small));
  }
  if (section === 0) parts.push(bodyParagraph(['本年度暂无分项数据。']));
  return parts;
}

function compliance(cells: ComplianceCell[]): Block[] {
  const parts: Block[] = [heading1('三、三会一课落实情况')];
  if (!cells.length) return [...parts, bodyParagraph(['本年度没有需要对照三会一课要求检查的组织。'])];
  const by = (status: ComplianceCell['status']) => cells.filter((c) => c.status === status).length;
  parts.push(bodyParagraph([`按规定应开展的三会一课共检查${cells.length}项（组织、会议类别、期间），达标${by('met')}项，不足${by('partial')}项，未开展${by('missing')}项。`]));
  const short = shortfalls(cells);
  parts.push(short.length ? docTable(complianceTable(short, '未达标情况')) : bodyParagraph(['各组织三会一课均按规定落实。']));
  return parts;
}

function development(report: AnnualReport): Block[] {
  const parts: Block[] = [heading1('四、发展党员情况')];
  if (!report.development.length) return [...parts, bodyParagraph(['本年度暂无发展党员数据。'])];
  // Thirteen columns: the smaller type keeps the occupation headers legible on a portrait page.
  return [...parts, docTable(developmentTable(report.development), SIZE.small), note('单位：名。')];
}

/** 五、活动照片: each chosen photo under the activity it shows, in date order. */
function activityPhotos(photos: ReportPhotos | undefined): Block[] {
  if (!photos || (!photos.sections.length && !photos.left.length)) return [];
  const parts: Block[] = [heading1('五、活动照片')];
  let photoNo = 0;
  photos.sections.forEach(({ group, images }, i) => {
    const kind = ResourceName.has(group.resource) ? ResourceName.label(group.resource) : '';
    parts.push(heading2(`（${chineseNumber(i + 1)}）${dayLabel(group.date)}　${kind}：${group.title}`));
    for (const image of images) {
      const { width, height } = printSize(image);
      parts.push(...figure(image.jpeg, width, height, `照片${++photoNo}　${image.caption}`, 'jpg'));
    }
  });
  if (photos.left.length) parts.push(note(`注：另有${photos.left.length}张选入报告的照片未附（超过${MAX_REPORT_PHOTOS}张上限或文件缺失）：${photos.left.join('、')}。`));
  return parts;
}
