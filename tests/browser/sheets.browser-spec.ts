import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SCREENSHOTS } from './support/browser';
import { useProduct } from './support/product';
import { DEMO, signIn } from './support/session';

jest.setTimeout(120_000);

async function workbookRows(path: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function ledger(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2021年会议台账');
  sheet.addRow(['会议日期', '会议主题', '会议类别', '会议形式', '应到人数', '实到人数', '所属组织']);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** RFC 4180, as the API writes it: quoted fields may hold commas, quotes and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',' || c === '\n') {
      row.push(field);
      field = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (c !== '\r') {
      field += c;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** A secretary brings last year's ledger in from Excel, and takes a list out to Excel. */
describe('admin in Chromium: Excel in and out', () => {
  const product = useProduct();

  it('imports a ledger: template, progress, the wrong cells marked, then the lot in one go', async () => {
    const page = await product.open(1280, 900);
    await signIn(page, product.url, DEMO.secretary);
    await page.goto(`${product.url}/#/meetings`);
    await page.getByRole('link', { name: '导入' }).click();
    await page.getByRole('heading', { name: '导入会议' }).first().waitFor();

    const templateDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载导入模板' }).click();
    const template = await templateDownload;
    expect(template.suggestedFilename()).toBe('会议-导入模板.xlsx');
    expect((await workbookRows((await template.path())!))[0]).toEqual(expect.arrayContaining(['会议日期*', '会议主题*', '会议类别*']));

    // hold the server's answer a moment, so the progress can be seen
    await page.route('**/api/meetings/import?dryRun=true', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    const rows = [
      ['2021-01-22', '党小组会：学习新党章', '党小组会', '现场', 6, 6, '第一党小组'],
      ['2021-02-26', '党小组会：冬训学习', '党小组会', '视频', 6, 5, '第一党小组'],
      ['2021-02-30', '日期写错的一行', '茶话会', '现场', 6, 7, '第一党小组'],
    ];
    await page.getByTestId('import-file').setInputFiles({ name: '2021年会议台账.xlsx', mimeType: 'application/octet-stream', buffer: await ledger(rows) });
    await page.getByTestId('import-progress').waitFor();
    await page.getByTestId('import-summary').waitFor();
    await expect(page.getByTestId('import-summary').innerText()).resolves.toContain('共 3 行，2 行无误');
    const problems = await page.getByTestId('import-errors').locator('tbody tr').allInnerTexts();
    expect(problems.map((row) => row.split('\t').slice(0, 2).join(':')).sort()).toEqual(['4:会议日期', '4:会议类别', '4:实到人数']);
    await expect(page.getByTestId('import-preview').locator('[data-error]').count()).resolves.toBe(3);
    await expect(page.getByRole('button', { name: '确认导入' }).count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-errors.png'), fullPage: true });

    // fixed in Excel, chosen again
    await page.getByTestId('import-file').setInputFiles({ name: '2021年会议台账.xlsx', mimeType: 'application/octet-stream', buffer: await ledger(rows.slice(0, 2)) });
    await page.getByText('全部无误，可以导入').waitFor();
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/meetings/import?dryRun=false'));
    await page.getByRole('button', { name: '确认导入' }).click();
    expect((await saved).status()).toBe(200);
    await expect(page.getByTestId('import-done').innerText()).resolves.toContain('已导入 2 条记录');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-done.png'), fullPage: true });
    await page.getByRole('link', { name: '返回列表' }).click();
    await page.locator('input[name="q"]').fill('冬训学习');
    await page.getByText('党小组会：冬训学习').waitFor();
    expect(product.problems).toEqual([]);
  });

  it('exports the filtered list to Excel with Chinese headers', async () => {
    const page = await product.open(1280, 900);
    await signIn(page, product.url, DEMO.secretary);
    await page.goto(`${product.url}/#/meetings?filter=${encodeURIComponent(JSON.stringify({ category: 'theme_day' }))}`);
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: '导出' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /Excel/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^会议-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await workbookRows((await file.path())!);
    const header = rows[0] as string[];
    expect(header).toEqual(expect.arrayContaining(['会议日期', '会议主题', '会议类别', '所属组织']));
    const categories = new Set(rows.slice(1).map((row) => row[header.indexOf('会议类别')]));
    expect([...categories]).toEqual(['主题党日']);
    expect(rows.length - 1).toBeGreaterThanOrEqual(12);
    expect(product.problems).toEqual([]);
  });

  it('exports the filtered list to CSV: UTF-8 with a BOM, Chinese headers, every matching row', async () => {
    const page = await product.open(1280, 900);
    await signIn(page, product.url, DEMO.secretary);
    const filter = { category: 'theme_day' };
    const list = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/meetings' && new URL(r.url()).searchParams.get('filter') === JSON.stringify(filter));
    await page.goto(`${product.url}/#/meetings?filter=${encodeURIComponent(JSON.stringify(filter))}`);
    const total = Number((await list).headers()['x-total-count']);
    await page.getByText(new RegExp(`共 ${total} 条$`)).waitFor();
    const shown = await page.locator('tbody tr').count();
    // more than one page matches, so a CSV of the page alone would be caught
    expect(total).toBeGreaterThan(shown);

    await page.getByRole('button', { name: '导出' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: '导出为 CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^会议-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await file.path())!);
    // the BOM lets a Chinese Excel read UTF-8 rather than guess GBK
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    const [header, ...records] = rows;
    const column = (name: string) => records.map((row) => row[header.indexOf(name)]);
    expect({
      header: header.slice(0, 4),
      org: header.includes('所属组织'),
      ragged: records.filter((row) => row.length !== header.length).length,
      count: records.length,
      categories: [...new Set(column('会议类别'))],
    }).toEqual({ header: ['编号', '会议日期', '会议主题', '会议类别'], org: true, ragged: 0, count: total, categories: ['主题党日'] });
    expect(product.problems).toEqual([]);
  });
});
