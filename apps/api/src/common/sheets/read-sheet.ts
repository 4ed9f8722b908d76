import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { DomainError } from '../errors/domain-error';
import { readXlsxRows, XlsxRows } from './xlsx-reader';

/** A sheet as read: its header row and its data rows with the spreadsheet's own row numbers. */
export interface RawSheet {
  headers: string[];
  rows: { row: number; cells: unknown[] }[];
}

export const MAX_IMPORT_ROWS = 50_000;

const refuse = (reason: string) => DomainError.validation([{ field: 'file', code: 'unreadable', message: reason }], reason);

const startsWith = (buffer: Buffer, bytes: number[]) => bytes.every((byte, i) => buffer[i] === byte);

/**
 * Reads the first worksheet of an .xlsx, or a CSV in UTF-8 (with or without BOM) or GBK, as Excel on
 * a Chinese Windows saves it. The type is decided by the bytes, not the name. Anything else — an
 * old .xls, a password-protected workbook, a broken or empty file — is a 400 saying which.
 */
export async function readSheet(file: Buffer): Promise<RawSheet> {
  if (file.length === 0) throw refuse('文件是空的');
  // Office's compound file format: an .xls, or an .xlsx saved with a password (encrypted).
  if (startsWith(file, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw refuse('无法读取加密或旧版（.xls）的 Excel 文件：请取消密码保护并另存为 .xlsx 后再导入');
  }
  const sheet = startsWith(file, [0x50, 0x4b, 0x03, 0x04]) ? await readXlsx(file) : readCsv(file);
  if (sheet.headers.every((header) => header === '')) throw refuse('文件中没有表头：第一行应是各列的名称');
  if (sheet.rows.length > MAX_IMPORT_ROWS) throw refuse(`一次最多导入 ${MAX_IMPORT_ROWS} 行，此文件有 ${sheet.rows.length} 行：请分成几个文件`);
  return sheet;
}

async function readXlsx(file: Buffer): Promise<RawSheet> {
  let sheet: XlsxRows | null;
  try {
    sheet = readXlsxRows(file);
  } catch {
    throw refuse('文件已损坏，或不是 Excel（.xlsx）文件');
  }
  if (!sheet) throw refuse('工作簿中没有数据');
  const header = sheet.rows.find((row) => row.row === 1)?.cells ?? [];
  const headers = header.map((cell) => String(cell ?? '').trim());
  const rows = sheet.rows.filter((row) => row.row !== 1 && row.cells.some((cell) => cell !== null));
  // each row as many cells as headers (in place: a sheet has hundreds of thousands)
  for (const { cells } of rows) {
    cells.length = Math.min(cells.length, headers.length);
    for (let i = 0; i < headers.length; i++) cells[i] ??= null;
  }
  return { headers, rows };
}

/** UTF-8 when the bytes are valid UTF-8, GBK otherwise. */
function decode(file: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return utf8.decode(file).replace(/^\uFEFF/, '');
  } catch {
    return iconv.decode(file, 'gbk');
  }
}

function readCsv(file: Buffer): RawSheet {
  const text = decode(file);
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) throw refuse('不是表格文件：请上传 .xlsx 或 .csv');
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    throw refuse(`CSV 格式有误：${(error as Error).message}`);
  }
  if (records.length === 0) throw refuse('文件是空的');
  const headers = records[0].map((header) => header.trim());
  const rows = records.slice(1).map((cells, i) => ({ row: i + 2, cells: headers.map((_, c) => cells[c] ?? null) }));
  return { headers, rows: rows.filter((row) => row.cells.some((cell) => cell !== null && String(cell).trim() !== '')) };
}
