import ExcelJS from 'exceljs';
import { ColumnKind, ReportTable, ReportTableCell } from '@wb/contracts';

/** Report tables as worksheets: a bold, shaded, frozen header row; figures kept as numbers. */

const NUMBER_FORMAT: Partial<Record<ColumnKind, string>> = {
  count: '0',
  signed: '+0;-0;0',
  percent: '0.0%',
  change: '+0.0%;-0.0%;0.0%',
};

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

/** Excel's limits on sheet names: 31 characters, none of : \ / ? * [ ]. Repeats get a number. */
export function sheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  const clean = wanted.replace(/[:\\/?*[\]]/g, '_').trim().slice(0, 31) || 'Sheet';
  const taken = (name: string) => workbook.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase());
  let name = clean;
  for (let n = 2; taken(name); n++) name = `${clean.slice(0, 31 - String(n).length - 1)}_${n}`;
  return name;
}

/** Display width in Excel's units: a Chinese character is about two digits wide. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

/** The text a cell shows, for sizing its column (a share at its widest). */
const shown = (value: ReportTableCell, kind: ColumnKind): string => (value === null ? '' : kind === 'percent' || kind === 'change' ? '+100.0%' : String(value));

export interface SheetOptions {
  /** Lines under the table (sources, scope). */
  notes?: string[];
  /** A filter on the header row, for long lists. */
  filter?: boolean;
}

export function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: ReportTable, options: SheetOptions = {}): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(workbook, name), { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const all = [...table.rows, ...(table.footer ? [table.footer] : [])];
  sheet.columns = table.columns.map((column, i) => ({
    header: column.header,
    width: Math.min(50, Math.max(8, ...[column.header, ...all.map((r) => shown(r[i], column.kind))].map(displayWidth)) + 2),
    style: NUMBER_FORMAT[column.kind] ? { numFmt: NUMBER_FORMAT[column.kind] } : {},
  }));

  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.border = THIN;
  });

  for (const values of table.rows) styleRow(sheet.addRow(values), table.columns.length);
  if (table.footer) {
    const footer = sheet.addRow(table.footer);
    styleRow(footer, table.columns.length);
    footer.font = { bold: true };
  }
  if (options.filter && table.rows.length) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  if (options.notes?.length) {
    sheet.addRow([]);
    for (const line of options.notes) sheet.addRow([line]).font = { color: { argb: 'FF595959' } };
  }
  return sheet;
}

function styleRow(row: ExcelJS.Row, columns: number): void {
  for (let c = 1; c <= columns; c++) row.getCell(c).border = THIN;
}
