import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';

/** The rows of an exported workbook's first sheet, header first. */
async function rowsOf(xlsx: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** The data rows of an exported workbook, without the columns the database assigns (and `left`), in a stable order. */
async function records(xlsx: Buffer, left: string[] = []): Promise<string[]> {
  const [header, ...data] = (await rowsOf(xlsx)) as [string[], ...unknown[][]];
  const assigned = new Set(['编号', '创建时间', '更新时间', ...left]);
  const kept = header.map((name, i) => (assigned.has(name) ? -1 : i)).filter((i) => i >= 0);
  const text = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value ?? '');
  return data.map((row) => JSON.stringify(kept.map((i) => text(row[i])))).sort();
}

interface Trip {
  resource: string;
  table: string;
  /** One org's records (with its subtree)… */
  org: string;
  /** …of one year: the filter besides the org. */
  filter: Record<string, unknown>;
  /** What points at the table, let go first (those tables have had their own round trip by then). */
  release?: string[];
  /** A column the export masks, so it cannot come back (a member's phone: personal): imported as empty. */
  masked?: string;
}

const year = (field: string) => ({ [`${field}_gte`]: '2021-01-01', [`${field}_lte`]: '2021-12-31' });

/** Resources the demo fills, in an order that empties a table only after those pointing at it had their turn. */
const ROUND_TRIP: Trip[] = [
  { resource: 'meetings', table: 'meetings', org: '学会党支部', filter: year('date') },
  { resource: 'recruitments', table: 'recruitments', org: '学会党支部', filter: year('date') },
  { resource: 'development-records', table: 'development_records', org: '学会党支部', filter: year('applicationDate') },
  { resource: 'deeds', table: 'deeds', org: '学会党支部', filter: year('plannedStart') },
  { resource: 'volunteer-services', table: 'volunteer_services', org: '学会党支部', filter: year('date') },
  { resource: 'papers', table: 'papers', org: '学术工作委员会', filter: { year: 2021 } },
  { resource: 'outreach-activities', table: 'outreach_activities', org: '科普工作委员会', filter: year('date') },
  { resource: 'journal-posts', table: 'journal_posts', org: '期刊编辑委员会', filter: year('publishedDate') },
  { resource: 'research-trips', table: 'research_trips', org: '学会党支部', filter: year('startDate'), release: ['UPDATE deeds SET sourceTripId = NULL'] },
  { resource: 'writer-contacts', table: 'writer_contacts', org: '期刊编辑委员会', filter: year('date'), release: ['UPDATE journal_posts SET writerContactId = NULL'] },
  {
    resource: 'members',
    table: 'members',
    org: '第一党小组',
    filter: { politicalStatus: 'full' },
    release: ['meeting_attendance', 'recruitments', 'development_records', 'volunteer_service_members', 'paper_authors'].map((table) => `DELETE FROM ${table}`),
    masked: '联系电话',
  },
];

describe('spreadsheets round trip, on the demo year', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
  });
  afterAll(() => t.close());

  const count = async (resource: string, filter: object = {}) => Number((await t.api.get(`/api/${resource}`, { range: [0, 0], filter })).headers['x-total-count']);

  it.each(ROUND_TRIP)('$resource: export a filtered list (one org\'s records), empty the table, import the file — those records and no others', async ({ resource, table, org, filter, release = [], masked }) => {
    const orgId = (await t.api.get('/api/orgs', { filter: { q: org } })).body.find((found: { name: string }) => found.name === org).id;
    const chosen = { ...filter, orgId };
    const exported = await t.api.get(`/api/${resource}/export`, { format: 'xlsx', filter: chosen });
    expect(exported.status).toBe(200);
    const before = await records(exported.raw, masked ? [masked] : []);
    // the filter chose some of the records, not none and not all
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBe(await count(resource, chosen));
    expect(before.length).toBeLessThan(await count(resource));

    for (const statement of [...release, `DELETE FROM ${table}`]) await t.dataSource.query(statement);
    // the file exactly as exported, masked phones too
    const imported = await t.api.upload(`/api/${resource}/import`, `${resource}.xlsx`, exported.raw);
    expect([resource, imported.body.errors?.slice(0, 3)]).toEqual([resource, []]);
    expect(imported.body).toMatchObject({ rows: before.length, valid: before.length, created: before.length });

    // everything the table holds now, unfiltered: exactly what was chosen
    const reexported = (await t.api.get(`/api/${resource}/export`, { format: 'xlsx' })).raw;
    expect(await records(reexported, masked ? [masked] : [])).toEqual(before);
    if (masked) {
      // a masked cell came back empty, never as the asterisks
      const [header, ...rows] = (await rowsOf(reexported)) as [string[], ...unknown[][]];
      expect(rows.map((row) => row[header.indexOf(masked)] ?? '').filter((value) => value !== '')).toEqual([]);
    }
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

  /** An .xlsx of one sheet: the headers, then the rows. */
  const workbookOf = async (headers: string[], rows: unknown[][]) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('导入');
    sheet.addRow(headers);
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const auditEntries = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM audit_logs'))[0].n);

  it('stores nothing when a later batch has a problem, and names every problem in the file', async () => {
    const before = await auditEntries();
    // stored a thousand at a time: the first batch is in the database when the second's problem is found
    const rows = Array.from({ length: 2_500 }, (_, i) => [
      new Date(Date.UTC(2019, 0, 1 + (i % 365))),
      `分批出错的会议 ${i + 1}`,
      i === 2_400 ? '茶话会' : '党小组会',
      '现场',
      8,
      i === 1_500 ? 9 : 7,
      '第一党小组',
    ]);
    const file = await workbookOf(['会议日期', '会议主题', '会议类别', '会议形式', '应到人数', '实到人数', '所属组织'], rows);
    const result = (await t.api.upload('/api/meetings/import', 'meetings-2500.xlsx', file)).body;
    expect(result).toMatchObject({ rows: 2_500, valid: 2_498, created: 0 });
    // the spreadsheet's own row numbers: the header is row 1
    expect(result.errors.map((error: { row: number; column: string }) => [error.row, error.column])).toEqual([
      [1_502, '实到人数'],
      [2_402, '会议类别'],
    ]);
    expect(Number((await t.api.get('/api/meetings', { range: [0, 0], filter: { q: '分批出错的会议' } })).headers['x-total-count'])).toBe(0);
    expect(await auditEntries()).toBe(before);
  }, 120_000);

  it('finds a record twice in one file whichever batches the two rows are in', async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => {
      const n = i === 1_100 ? 3 : i;
      return [`分批查重的论文 ${n}`, `作者${n}、合作者`, 2020, '促发展', '未获奖', '学术工作委员会'];
    });
    const file = await workbookOf(['论文题目', '作者', '征集年度', '维度', '获奖情况', '所属组织'], rows);
    const result = (await t.api.upload('/api/papers/import', 'papers-1200.xlsx', file)).body;
    expect(result).toMatchObject({ rows: 1_200, valid: 1_199, created: 0, errors: [{ row: 1_102, column: '论文题目', message: '与第 5 行重复' }] });
    expect(Number((await t.api.get('/api/papers', { range: [0, 0], filter: { q: '分批查重的论文' } })).headers['x-total-count'])).toBe(0);
  }, 120_000);

  it('keeps prepared the statements that come again, not the last, shorter batch of each import', async () => {
    const imported = async (rows: number, label: string) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('会议');
      sheet.addRow(['会议日期', '会议主题', '会议类别', '会议形式', '应到人数', '实到人数', '所属组织']);
      for (let i = 0; i < rows; i++) sheet.addRow([new Date(Date.UTC(2018, 0, 1 + (i % 365))), `${label} ${i + 1}`, '党小组会', '现场', 8, 7, '第一党小组']);
      return (await t.api.upload('/api/meetings/import', `${label}.xlsx`, Buffer.from(await workbook.xlsx.writeBuffer()))).body;
    };
    expect(await imported(1_300, '分批导入甲')).toMatchObject({ created: 1_300, errors: [] });
    expect(await imported(1_700, '分批导入乙')).toMatchObject({ created: 1_700, errors: [] });
    // what every pooled MariaDB connection keeps prepared (SQLite keeps no statements between calls)
    const driver = t.app.get(DataSource).driver as unknown as { pool?: { _allConnections: { toArray(): { _statements: { keys(): Iterable<string> } }[] } } };
    const kept = (driver.pool?._allConnections.toArray() ?? []).flatMap((connection) => [...connection._statements.keys()]);
    const rowsOfInsert = (key: string, table: string) => (key.includes(`INSERT INTO \`${table}\``) ? key.split('), (').length : 0);
    // a thousand meetings and their thousand audit entries per statement: kept; the 300 and 700 left over: not
    const sizes = (table: string) => [...new Set(kept.map((key) => rowsOfInsert(key, table)).filter((rows) => rows > 0))];
    if (t.database.kind === 'mysql') {
      expect(sizes('meetings')).toEqual([1_000]);
      expect(sizes('audit_logs')).toEqual(expect.arrayContaining([1_000]));
      expect(sizes('audit_logs').filter((rows) => rows > 20)).toEqual([1_000]);
    } else expect(kept).toEqual([]);
  }, 120_000);
});
