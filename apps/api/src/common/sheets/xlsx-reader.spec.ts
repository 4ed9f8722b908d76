import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
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

  it('reads a sheet written by another program: prefixed names, rows and cells without references, formulas', async () => {
    const zip = new JSZip();
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    zip.file('xl/workbook.xml', `<x:workbook xmlns:x="${main}" xmlns:r="${rel}"><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`);
    zip.file('xl/_rels/workbook.xml.rels', `<Relationships><Relationship Id="rId1" Target="worksheets/s.xml"/></Relationships>`);
    zip.file(
      'xl/worksheets/s.xml',
      `<x:worksheet xmlns:x="${main}"><x:cols><x:col min="1" max="2" width="9"/></x:cols><x:sheetData>` +
        `<x:row r="1"><x:c t="inlineStr"><x:is><x:t>名称</x:t></x:is></x:c><x:c t="str"><x:v>a&amp;b</x:v></x:c></x:row>` +
        `<x:row r="3"/>` +
        `<x:row><x:c r="B4"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c/><x:c><x:v xml:space="preserve">7</x:v></x:c></x:row>` +
        `</x:sheetData><x:rowBreaks count="0"/></x:worksheet>`,
    );
    const read = readXlsxRows(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(read!.rows).toEqual([
      { row: 1, cells: ['名称', 'a&b'] },
      { row: 3, cells: [] },
      { row: 4, cells: [null, 2, null, 7] },
    ]);
  });
});
