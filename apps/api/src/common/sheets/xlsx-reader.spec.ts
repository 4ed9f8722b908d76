import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { readXlsxRows } from './xlsx-reader';

async function bufferOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readXlsxRows', () => {
  it('reads what exceljs wrote: shared strings, rich text, numbers, dates, booleans, formulas, hyperlinks, errors', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('可选值', { state: 'hidden' }).addRow(['hidden']);
    const sheet = workbook.addWorksheet('会议');
    sheet.addRow(['会议日期', '会议主题', '人数', '完成', '合计', '链接', '错误']);
    sheet.addRow([
      new Date('2021-03-26T00:00:00Z'),
      { richText: [{ text: '学习', font: { bold: true } }, { text: '党史 & <一>' }] },
      10,
      true,
      { formula: 'C2*2', result: 20 },
      { text: '文件', hyperlink: 'https://example.org' },
      { error: '#N/A' },
    ]);
    sheet.getCell('A2').numFmt = 'yyyy-mm-dd';
    sheet.addRow([]);
    sheet.getCell('B5').value = '  跳过空行  ';

    const read = readXlsxRows(await bufferOf(workbook));
    expect(read!.rows.map((row) => row.row)).toEqual([1, 2, 5]);
    expect(read!.rows[0].cells).toEqual(['会议日期', '会议主题', '人数', '完成', '合计', '链接', '错误']);
    expect(read!.rows[1].cells).toEqual([new Date('2021-03-26T00:00:00Z'), '学习党史 & <一>', 10, true, 20, '文件', null]);
    expect(read!.rows[2].cells).toEqual([null, '  跳过空行  ']);
  });

  it('reads the streaming writer\'s inline strings, as exports are written', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('x');
    sheet.columns = [{ key: 'a', style: { numFmt: 'yyyy-mm-dd hh:mm' } }, { key: 'b' }];
    sheet.addRow([new Date('2021-06-30T08:30:00Z'), '七一"主题"党日']).commit();
    sheet.commit();
    await workbook.commit();
    const read = readXlsxRows(Buffer.concat(chunks));
    expect(read!.rows).toEqual([{ row: 1, cells: [new Date('2021-06-30T08:30:00Z'), '七一"主题"党日'] }]);
  });

  it('answers null for a workbook without values, and throws on a zip that is no workbook', async () => {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('空');
    expect(readXlsxRows(await bufferOf(empty))).toBeNull();
    expect(() => readXlsxRows(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]))).toThrow();
  });
});
