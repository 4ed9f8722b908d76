import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { EntityManager } from 'typeorm';
import { cellOf, numberFormatOf, type Cell } from './cells';
import { Lookups } from './lookups';
import { SheetSpec } from './sheet-spec';

export type ExportFormat = 'xlsx' | 'csv';

/** How much written xlsx may wait for its reader before the next page of records is read. */
const BACKLOG_BYTES = 4 * 1024 * 1024;

type Row = Record<string, unknown>;

/**
 * Writes pages of records as a spreadsheet, as they come: the xlsx through exceljs' streaming
 * writer, the CSV line by line — a hundred thousand rows never sit in memory at once.
 * Chinese headers, labels for codes, names for ids, real dates, a frozen header row.
 */
export function exportSheet(format: ExportFormat, spec: SheetSpec, pages: AsyncIterable<Row[]>, manager: EntityManager): Readable {
  const lookups = new Lookups(manager, spec);
  return format === 'xlsx' ? xlsxStream(spec, pages, lookups) : csvStream(spec, pages, lookups);
}

function xlsxStream(spec: SheetSpec, pages: AsyncIterable<Row[]>, lookups: Lookups): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(spec.title.zh, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((column) => ({
    header: column.header.zh,
    key: column.field,
    width: column.width ?? Math.max(10, column.header.zh.length * 2 + 4),
    style: numberFormatOf(column) ? { numFmt: numberFormatOf(column) } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  (async () => {
    for await (const page of pages) {
      await lookups.load(page);
      for (const record of page) sheet.addRow(spec.columns.map((column) => cellOf(column, record, lookups, true))).commit();
      // A slow reader (a phone on a poor line) holds the next page back rather than piling it up here.
      while (out.readableLength > BACKLOG_BYTES && !out.destroyed) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: Error) => out.destroy(error));
  return out;
}

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes. */
function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvStream(spec: SheetSpec, pages: AsyncIterable<Row[]>, lookups: Lookups): Readable {
  async function* lines(): AsyncGenerator<string> {
    // The BOM makes Excel read UTF-8 (a Chinese Windows would otherwise assume GBK).
    yield `\uFEFF${spec.columns.map((column) => csvField(column.header.zh)).join(',')}\r\n`;
    for await (const page of pages) {
      await lookups.load(page);
      yield page.map((record) => spec.columns.map((column) => csvField(cellOf(column, record, lookups, false))).join(',') + '\r\n').join('');
    }
  }
  return Readable.from(lines());
}
