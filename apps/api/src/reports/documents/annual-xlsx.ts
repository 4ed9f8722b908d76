import ExcelJS from 'exceljs';
import { AnnualReport, BREAKDOWN_KEYS, BreakdownName, breakdownChart, byOrgTable, chartTable, complianceCells, complianceTable, developmentTable, reportCharts, totalsTable } from '@wb/contracts';
import { summaryParagraphs } from './format';
import { addTableSheet, displayWidth, sheetName } from './xlsx-sheet';

/** The five breakdowns by month share one sheet, a column each, as the monthly chart does. */
const MONTHLY = new Set(['meetingsByMonth', 'tripsByMonth', 'deedsByMonth', 'outreachByMonth', 'journalByMonth']);

/** Width of the summary column, in Excel's units (a Chinese character takes two). */
const SUMMARY_WIDTH = 100;

/** The year-end report as Excel: one sheet per table, then the summary text. */
export async function annualXlsx(report: AnnualReport, summary: string, orgName: string): Promise<Buffer> {
  const heading = `${orgName}${report.year}年度工作总结`;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = orgName;
  workbook.title = heading;
  workbook.created = new Date();

  addTableSheet(workbook, '主要数据', totalsTable(report), {
    notes: [
      `统计口径：${report.orgName}及所属组织，${report.year}年1月1日至12月31日。`,
      `成立以来累计吸纳人才${report.sinceFounding.recruitments}名；本年科普活动涉及${report.outreachAspects}个方面。`,
    ],
  });
  const monthly = reportCharts(report).find((spec) => spec.key === 'monthly')!;
  addTableSheet(workbook, '月度统计', chartTable(monthly));
  for (const key of BREAKDOWN_KEYS) {
    if (key === 'byOrg' || MONTHLY.has(key)) continue;
    addTableSheet(workbook, BreakdownName.label(key), chartTable(breakdownChart(report, key)));
  }
  addTableSheet(workbook, '分组织', byOrgTable(report.byOrg));
  addTableSheet(workbook, '三会一课', complianceTable(complianceCells(report.year, report.compliance)), { filter: true });
  addTableSheet(workbook, '发展党员', developmentTable(report.development));
  addSummarySheet(workbook, heading, summary);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The text, a paragraph per row in one wide wrapped column. */
function addSummarySheet(workbook: ExcelJS.Workbook, heading: string, summary: string): void {
  const sheet = workbook.addWorksheet(sheetName(workbook, '工作总结'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.getColumn(1).width = SUMMARY_WIDTH;
  const title = sheet.addRow([heading]);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  for (const lines of summaryParagraphs(summary)) {
    // Two full-width spaces indent the first line, as the Word version does.
    const text = lines.map((line, i) => (i === 0 ? `\u3000\u3000${line}` : line)).join('\n');
    const row = sheet.addRow([text]);
    row.alignment = { wrapText: true, vertical: 'top' };
    // Excel does not grow a row to its wrapped text by itself when the file is written elsewhere.
    const wrapped = lines.reduce((n, line) => n + Math.max(1, Math.ceil((displayWidth(line) + 4) / (SUMMARY_WIDTH - 2))), 0);
    row.height = wrapped * 16 + 4;
  }
}
