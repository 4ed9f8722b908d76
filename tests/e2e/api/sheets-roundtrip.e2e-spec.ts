import ExcelJS from 'exceljs';
import { startTestApp, TestApp } from '../support/test-app';

/** The data rows of an exported workbook, without the columns the database assigns, in a stable order. */
async function records(xlsx: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const [header, ...data] = rows as [string[], ...unknown[][]];
  const assigned = new Set(['编号', '创建时间', '更新时间']);
  const kept = header.map((name, i) => (assigned.has(name) ? -1 : i)).filter((i) => i >= 0);
  const text = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value ?? '');
  return data.map((row) => JSON.stringify(kept.map((i) => text(row[i])))).sort();
}

/** Resources whose table the demo fills and nothing else points at, so it can be emptied and imported again. */
const ROUND_TRIP: [resource: string, table: string][] = [
  ['meetings', 'meetings'],
  ['recruitments', 'recruitments'],
  ['development-records', 'development_records'],
  ['deeds', 'deeds'],
  ['volunteer-services', 'volunteer_services'],
  ['papers', 'papers'],
  ['outreach-activities', 'outreach_activities'],
  ['journal-posts', 'journal_posts'],
];

describe('spreadsheets round trip, on the demo year', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
  });
  afterAll(() => t.close());

  it.each(ROUND_TRIP)('%s: export, empty the table, import the file, export again — the same records', async (resource, table) => {
    const exported = await t.api.get(`/api/${resource}/export`, { format: 'xlsx' });
    expect(exported.status).toBe(200);
    const before = await records(exported.raw);
    expect(before.length).toBeGreaterThan(0);

    await t.dataSource.query(`DELETE FROM ${table}`);
    const imported = await t.api.upload(`/api/${resource}/import`, `${resource}.xlsx`, exported.raw);
    expect([resource, imported.body.errors?.slice(0, 3)]).toEqual([resource, []]);
    expect(imported.body).toMatchObject({ rows: before.length, valid: before.length, created: before.length });

    const after = await records((await t.api.get(`/api/${resource}/export`, { format: 'xlsx' })).raw);
    expect(after).toEqual(before);
  });

  it('imports 10,000 rows in one transaction', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('会议');
    sheet.addRow(['会议日期', '会议主题', '会议类别', '会议形式', '应到人数', '实到人数', '所属组织']);
    for (let i = 0; i < 10_000; i++) {
      sheet.addRow([new Date(Date.UTC(2019, 0, 1 + (i % 365))), `批量导入的会议 ${i + 1}`, '党小组会', i % 2 ? '现场' : '视频', 8, 7, '第一党小组']);
    }
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const count = async () => Number((await t.api.get('/api/meetings', { range: [0, 0], filter: { q: '批量导入的会议' } })).headers['x-total-count']);
    const started = Date.now();
    const result = await t.api.upload('/api/meetings/import', 'meetings-10000.xlsx', file);
    expect(result.body).toMatchObject({ rows: 10_000, valid: 10_000, created: 10_000, errors: [] });
    expect(await count()).toBe(10_000);
    // how long it took is a benchmark's business (bench/), not a test's: logged for the record only
    process.stdout.write(`10,000-row import on ${t.database.kind}: ${Date.now() - started} ms\n`);

    // and out again: every row once, in the order asked for, across the export's pages of 1,000
    const exported = await t.api.get('/api/meetings/export', { format: 'csv', filter: { q: '批量导入的会议' }, sort: ['topic', 'ASC'] });
    const lines = exported.raw.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    const topics = lines.map((line) => line.match(/批量导入的会议 \d+/)![0]);
    expect(topics).toHaveLength(10_000);
    expect(new Set(topics).size).toBe(10_000);
    expect(topics).toEqual([...topics].sort());
  }, 180_000);
});
