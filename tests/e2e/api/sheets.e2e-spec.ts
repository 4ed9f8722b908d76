import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { IMPORTABLE } from '@wb/contracts';
import { MEETING_SHEET } from '../../../apps/api/src/meetings/meeting.sheet';
import { ApiClient } from '../support/api-client';
import { listRoutes } from '../support/routes';
import { createMember, createOrgTree, createUser, meetingBody, USER_PASSWORD } from '../support/fixtures';
import { expectFactsInStep } from '../support/report-facts';
import { startTestApp, TestApp } from '../support/test-app';

/** A workbook's first sheet as rows of plain values (header row first). */
async function rowsOf(xlsx: Buffer, sheet = 0): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[sheet].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** An .xlsx from rows (the first is the header). */
async function xlsxOf(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const count = async (client: ApiClient, resource: string, filter: object = {}) =>
  Number((await client.get(`/api/${resource}`, { range: [0, 0], filter })).headers['x-total-count']);

describe('spreadsheets: export, template, import', () => {
  let t: TestApp;
  let orgs: Awaited<ReturnType<typeof createOrgTree>>;
  let secretary: ApiClient;
  let foreignSecretary: ApiClient;
  let liu: { id: number };
  let wang: { id: number };

  beforeAll(async () => {
    t = await startTestApp();
    orgs = await createOrgTree(t.api);
    await createUser(t.api, 'sec', 'secretary', orgs.branch.id);
    await createUser(t.api, 'urban-sec', 'secretary', orgs.unitBranch.id);
    secretary = await t.login('sec', USER_PASSWORD);
    foreignSecretary = await t.login('urban-sec', USER_PASSWORD);
    liu = await createMember(t.api, orgs.branch.id, '刘泽');
    wang = await createMember(t.api, orgs.group.id, '王静');
    await createMember(t.api, orgs.unitBranch.id, '梁燕');
  });
  afterAll(() => t.close());

  describe('export', () => {
    beforeAll(async () => {
      for (let i = 0; i < 30; i++) {
        await t.api.post('/api/meetings', meetingBody(i % 3 === 2 ? orgs.unitBranch.id : orgs.branch.id, { topic: `第${i + 1}次会议`, date: `2021-${String((i % 12) + 1).padStart(2, '0')}-15`, format: i % 2 ? 'video' : 'in_person' }));
      }
    });

    it('writes every matching row of the scope as Excel: Chinese headers, labels, names, real dates, a frozen header', async () => {
      const response = await secretary.get('/api/meetings/export', { format: 'xlsx', filter: { format: 'video' }, sort: ['date', 'ASC'] });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      expect(String(response.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('会议')}`);
      const rows = await rowsOf(response.raw);
      expect(rows[0]).toEqual(expect.arrayContaining(['编号', '会议日期', '会议主题', '会议类别', '会议形式', '所属组织', '创建时间']));
      const header = rows[0] as string[];
      const data = rows.slice(1);
      // 15 video meetings, 10 of them in the secretary's branch
      expect(data).toHaveLength(10);
      const cell = (row: unknown[], name: string) => row[header.indexOf(name)];
      expect(data.every((row) => cell(row, '会议形式') === '视频' && cell(row, '所属组织') === '学会党支部' && cell(row, '会议类别') === '支部党员大会')).toBe(true);
      expect(cell(data[0], '会议日期')).toBeInstanceOf(Date);
      expect((cell(data[0], '会议日期') as Date).toISOString().slice(0, 10)).toBe('2021-02-15');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw as unknown as ArrayBuffer);
      expect(workbook.worksheets[0].views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    });

    it('gives each column the width its sheet declares', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await secretary.get('/api/meetings/export', { format: 'xlsx' })).raw as unknown as ArrayBuffer);
      const widths = workbook.worksheets[0].columns.map((column) => column.width);
      // every meeting column declares one, so none is left to the header-length guess
      expect(MEETING_SHEET.columns.every((column) => typeof column.width === 'number')).toBe(true);
      expect(widths).toEqual(MEETING_SHEET.columns.map((column) => column.width));
    });

    it('writes member names, not ids, for member columns', async () => {
      expect((await t.api.post('/api/recruitments', { orgId: orgs.branch.id, memberId: liu.id, date: '2021-04-15', category: 'scientist' })).status).toBe(201);
      const service = { orgId: orgs.branch.id, title: '支援分拣', date: '2021-02-03', participants: 2, memberIds: [liu.id, wang.id], hours: 4 };
      expect((await t.api.post('/api/volunteer-services', service)).status).toBe(201);
      const cell = (rows: unknown[][], name: string) => rows[1][(rows[0] as string[]).indexOf(name)];

      const recruitments = await rowsOf((await secretary.get('/api/recruitments/export', { format: 'xlsx' })).raw);
      expect(recruitments).toHaveLength(2);
      expect(cell(recruitments, '人员')).toBe('刘泽');
      const services = await rowsOf((await secretary.get('/api/volunteer-services/export', { format: 'xlsx' })).raw);
      expect(services).toHaveLength(2);
      expect(cell(services, '参加的党员')).toBe('刘泽、王静');
    });

    it('writes CSV with a BOM, and more than one page of rows', async () => {
      const response = await t.api.get('/api/meetings/export', { format: 'csv' });
      expect(response.status).toBe(200);
      expect(response.raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const lines = response.raw.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toMatch(/^编号,会议日期,会议主题,会议类别/);
      expect(lines).toHaveLength(31);
    });

    it('refuses a bad filter before writing anything (400), and keeps leaders read-only but exporting', async () => {
      expect((await secretary.get('/api/meetings/export', { filter: { colour: 'red' } })).status).toBe(400);
      expect((await secretary.get('/api/meetings/export', { format: 'pdf' })).status).toBe(400);
      // checked before the download starts, not when its first page is read (found by the fuzzer: the download broke off)
      for (const format of ['xlsx', 'csv']) expect((await secretary.get('/api/meetings/export', { format, sort: '["id"]' })).status).toBe(400);
      await createUser(t.api, 'lead', 'leader', null);
      const leader = await t.login('lead', USER_PASSWORD);
      expect((await leader.get('/api/meetings/export')).status).toBe(200);
      expect((await leader.get('/api/meetings/import-template')).status).toBe(403);
    });
  });

  describe('export of society work', () => {
    let contactId: number;
    beforeAll(async () => {
      const create = async (resource: string, body: object) => {
        const response = await t.api.post(`/api/${resource}`, body);
        if (response.status !== 201) throw new Error(`${resource}: ${response.status} ${JSON.stringify(response.body)}`);
        return response.body as { id: number };
      };
      // two records in the secretary's branch and one in another branch, of each kind
      for (const [i, orgId] of [orgs.branch.id, orgs.group.id, orgs.unitBranch.id].entries()) {
        const contact = await create('writer-contacts', { orgId, date: '2021-03-09', writer: `撰稿人${i + 1}`, unit: '城区分公司', mode: 'offline', topic: '交流稿件内容和写作技巧' });
        if (i === 0) contactId = contact.id;
        await create('papers', { orgId, title: `论文${i + 1}`, authors: '刘泽、王静', year: 2021, dimension: 'capability', award: 'national_excellent' });
        await create('outreach-activities', { orgId, title: `科普${i + 1}`, date: '2021-05-18', venue: 'communities', aspect: '真假商品鉴别', items: 2, audience: 'students' });
        await create('journal-posts', { orgId, title: `稿件${i + 1}`, channel: 'new_media', publishedDate: '2021-03-20', kind: 'public_response', writerContactId: orgId === orgs.unitBranch.id ? undefined : contact.id });
      }
    });

    it('writes writer contacts as Excel: Chinese headers, labels, real dates, the scope\'s rows', async () => {
      const response = await secretary.get('/api/writer-contacts/export', { format: 'xlsx', sort: ['writer', 'ASC'] });
      expect(response.status).toBe(200);
      expect(String(response.headers['content-disposition'])).toContain(encodeURIComponent('联系基层撰稿人'));
      const [header, ...data] = await rowsOf(response.raw);
      expect(header).toEqual(['编号', '日期', '撰稿人', '单位', '方式', '交流内容', '所属组织', '创建时间', '更新时间']);
      expect(data).toHaveLength(2);
      const cell = (row: unknown[], name: string) => row[(header as string[]).indexOf(name)];
      expect(data.map((row) => [cell(row, '撰稿人'), cell(row, '方式'), cell(row, '所属组织')])).toEqual([
        ['撰稿人1', '线下', '学会党支部'],
        ['撰稿人2', '线下', '第一党小组'],
      ]);
      expect((cell(data[0], '日期') as Date).toISOString().slice(0, 10)).toBe('2021-03-09');
    });

    it.each([
      ['papers', '编号,论文题目,作者,作者单位,征集年度,提交日期,维度,获奖情况,学会人员作者,所属组织,创建时间,更新时间', { 维度: '提能力', 获奖情况: '全国行业学会年度优秀论文', 征集年度: '2021' }],
      ['outreach-activities', '编号,日期,活动名称,场所,方面,科普项数,对象,参加人数,材料,所属组织,创建时间,更新时间', { 场所: '进社区', 对象: '青少年', 日期: '2021-05-18' }],
      ['journal-posts', '编号,刊发日期,标题,渠道,期号,类型,作者,来自联系记录,所属组织,创建时间,更新时间', { 渠道: '新媒体', 类型: '回应关切' }],
      ['writer-contacts', '编号,日期,撰稿人,单位,方式,交流内容,所属组织,创建时间,更新时间', { 方式: '线下', 日期: '2021-03-09' }],
    ])('writes %s as CSV: Chinese headers, labels, the scope\'s rows', async (resource, headerLine, labels: Record<string, string>) => {
      const response = await secretary.get(`/api/${resource}/export`, { format: 'csv' });
      expect(response.status).toBe(200);
      const [first, ...lines] = response.raw.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(first).toBe(headerLine);
      expect(lines).toHaveLength(2);
      const header = first.split(',');
      for (const line of lines) {
        const fields = line.split(',');
        const shown = Object.fromEntries(Object.keys(labels).map((name) => [name, fields[header.indexOf(name)]]));
        expect(shown).toEqual(labels);
        expect(['学会党支部', '第一党小组']).toContain(fields[header.indexOf('所属组织')]);
      }
    });

    it('names the writer contact a journal post came from, not its id', async () => {
      const lines = (await secretary.get('/api/journal-posts/export', { format: 'csv', filter: { writerContactId: contactId } })).raw.toString('utf8').trim().split('\r\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(',撰稿人1（2021-03-09）,');
    });
  });

  it('exports the audit log too, to admins and leaders', async () => {
    const response = await t.api.get('/api/audit-logs/export', { format: 'csv', filter: { resource: 'meetings', action: 'create' } });
    expect(response.status).toBe(200);
    const lines = response.raw.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('时间,操作人,操作,记录类型,记录编号,客户端地址');
    expect(lines.slice(1).every((line) => line.includes(',新建,会议,'))).toBe(true);
    expect((await secretary.get('/api/audit-logs/export')).status).toBe(403);
  });

  it('takes imports for exactly the resources the admin offers to import', () => {
    const importing = listRoutes(t.app).filter((route) => route.method === 'POST' && route.path.endsWith('/import')).map((route) => route.path.split('/')[2]);
    expect(importing.sort()).toEqual([...IMPORTABLE].sort());
  });

  describe('the import template', () => {
    it('has the Chinese headers, an example row, drop-downs for codes and a sheet explaining each column', async () => {
      const response = await secretary.get('/api/meetings/import-template');
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw as unknown as ArrayBuffer);
      const [sheet] = workbook.worksheets;
      const header = (sheet.getRow(1).values as string[]).slice(1);
      expect(header).toEqual(['会议日期*', '会议主题*', '会议类别*', '届次', '会议形式*', '主持人', '记录人', '应到人数*', '实到人数*', '会议记录', '会议决议', '所属组织*']);
      expect(sheet.getCell('C2').value).toBe('支部党员大会');
      expect(sheet.getCell('C3').dataValidation).toMatchObject({ type: 'list' });
      expect(workbook.getWorksheet('填写说明')!.getCell('A2').value).toBe('会议日期');
    });

    it('imports back as it is (the example row)', async () => {
      const template = (await secretary.get('/api/meetings/import-template')).raw;
      const result = await secretary.upload('/api/meetings/import', '会议-导入模板.xlsx', template, { dryRun: true });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ rows: 1, valid: 1, created: 0, errors: [] });
    });

    it.each([
      ['research-trips', '调研主题', '走访零售终端了解信用体系建设'],
      ['writer-contacts', '撰稿人', '肖雨涵'],
    ])('%s: its own template imports back as it is (the example row)', async (resource, column, example) => {
      const template = (await secretary.get(`/api/${resource}/import-template`)).raw;
      const result = await secretary.upload(`/api/${resource}/import`, 'template.xlsx', template, { dryRun: true });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ rows: 1, valid: 1, created: 0, errors: [] });
      expect(result.body.preview).toEqual([{ row: 2, values: expect.objectContaining({ [`${column}*`]: example }) }]);
    });
  });

  describe('import', () => {
    const header = ['会议日期', '会议主题', '会议类别', '会议形式', '应到人数', '实到人数', '所属组织'];

    it('checks a ledger row by row, names every wrong cell by row and column, and writes nothing', async () => {
      const before = await count(t.api, 'meetings');
      const file = await xlsxOf([
        header,
        ['2021-03-26', '支部党员大会', '支部党员大会', '现场', 10, 9, '学会党支部'],
        ['2021-02-30', '日期错了', '党课', '现场', 10, 9, '学会党支部'],
        ['2021-04-01', '类别错了', '茶话会', '线上', 10, 12, '学会党支部'],
        ['2021-05-01', '别的支部', '党课', '视频', 10, 9, '城区分公司党支部'],
      ]);
      const result = await secretary.upload('/api/meetings/import', '台账.xlsx', file);
      expect(result.status).toBe(200);
      expect(result.body.created).toBe(0);
      expect(result.body).toMatchObject({ rows: 4, valid: 1 });
      const where = result.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`).sort();
      expect(where).toEqual(['3:会议日期', '4:会议形式', '4:会议类别', '4:实到人数', '5:所属组织'].sort());
      expect(result.body.errors.find((e: { row: number; column: string }) => e.row === 5).message).toContain('不在您的组织范围内');
      expect(result.body.preview[1]).toEqual({ row: 3, values: expect.objectContaining({ 会议日期: '2021-02-30', 会议主题: '日期错了' }) });
      expect(await count(t.api, 'meetings')).toBe(before);
      await expectFactsInStep(t);
    });

    it('writes all rows in one go when all are right, with an audit entry each, and labels, English headers and codes all read', async () => {
      const file = await xlsxOf([
        ['Date', 'Topic', 'Category', 'Format', 'Expected', 'Attended', 'Organisation'],
        [new Date('2021-06-30T00:00:00Z'), '七一主题党日', 'theme_day', 'Video', 8, 8, ''],
        ['2021/7/15', '党课：学习党的十九届六中全会精神', '党课', '线上线下', 9, 8, '第一党小组'],
      ]);
      const result = await secretary.upload('/api/meetings/import', 'ledger.xlsx', file);
      expect(result.body).toMatchObject({ rows: 2, valid: 2, created: 2, errors: [] });
      const imported = (await secretary.get('/api/meetings', { filter: { q: '七一主题党日' } })).body[0];
      expect(imported).toMatchObject({ date: '2021-06-30', category: 'theme_day', format: 'video', orgId: orgs.branch.id });
      const lecture = (await secretary.get('/api/meetings', { filter: { q: '六中全会' } })).body[0];
      expect(lecture).toMatchObject({ date: '2021-07-15', format: 'hybrid', orgId: orgs.group.id });
      const audit = await t.api.get('/api/audit-logs', { filter: { resource: 'meetings', recordId: imported.id } });
      expect(audit.body).toEqual([expect.objectContaining({ action: 'create', actorName: 'sec' })]);
      await expectFactsInStep(t);
    });

    it('reads CSV in GBK, as Excel on a Chinese Windows saves it', async () => {
      const csv = ['姓名,性别,政治面貌,民族,所属组织', '马晓东,男,正式党员,回族,学会党支部', '赵敏,女,群众,汉族,第一党小组'].join('\r\n');
      const result = await secretary.upload('/api/members/import', '人员.csv', iconv.encode(csv, 'gbk'));
      expect(result.body).toMatchObject({ rows: 2, valid: 2, created: 2, errors: [] });
      const created = (await secretary.get('/api/members', { filter: { q: '马晓东' } })).body[0];
      expect(created).toMatchObject({ gender: 'male', politicalStatus: 'full', ethnicity: '回族', orgId: orgs.branch.id });
      // and UTF-8 with a BOM
      const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('姓名,性别,政治面貌\r\n周华,女,群众\r\n')]);
      expect((await secretary.upload('/api/members/import', 'members.csv', utf8)).body).toMatchObject({ created: 1 });
    });

    it('resolves members by name in the importer\'s scope, and refuses an ambiguous or foreign one', async () => {
      await createMember(t.api, orgs.group.id, '刘泽'); // a second 刘泽 in the branch
      const file = await xlsxOf([
        ['日期', '服务内容', '参加人数', '参加的党员', '每人时长（小时）'],
        ['2021-02-03', '支援分拣', 4, '王静', 4.5],
        ['2021-02-04', '支援分拣', 4, '刘泽、王静', 4],
        ['2021-02-05', '支援分拣', 4, '梁燕', 3],
      ]);
      const result = await secretary.upload('/api/volunteer-services/import', 'x.xlsx', file, { dryRun: true });
      expect(result.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual(['3:参加的党员', '4:参加的党员']);
      expect(result.body.errors[0].message).toContain('多条记录');
    });

    it.each([
      [
        'research-trips',
        [
          ['调研主题', '开始日期', '结束日期', '调研地点', '调研方式', '服务方面'],
          ['零售终端走访', '2021-04-08', '2021-04-09', '城区零售终端', '走访', '客户'],
          ['方式错了', '2021-04-08', '2021-04-09', '城区零售终端', '座谈会', '客户'],
          ['日期错了', '2021-04-31', '2021-05-01', '城区零售终端', '座谈', '职工'],
        ],
        ['3:调研方式', '4:开始日期'],
      ],
      [
        'writer-contacts',
        [
          ['日期', '撰稿人', '单位', '方式', '交流内容'],
          ['2021-03-09', '肖雨涵', '城区分公司', '线上', '交流稿件内容'],
          ['2021-03-10', '', '城区分公司', '线下', '交流写作技巧'],
          ['2021-03-11', '林芳', '郊县分公司', '电话', '交流写作技巧'],
        ],
        ['3:撰稿人', '4:方式'],
      ],
    ])('%s: names each wrong cell by the sheet\'s row and column, and writes nothing', async (resource, rows, wrong) => {
      const before = await count(t.api, resource);
      const result = await secretary.upload(`/api/${resource}/import`, 'x.xlsx', await xlsxOf(rows), { dryRun: true });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ rows: 3, valid: 1, created: 0 });
      // a cell may break several checks (an empty 撰稿人 is 必填 and not text): each cell once here
      expect([...new Set(result.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`))].sort()).toEqual(wrong);
      // and the same file for real: one wrong row keeps the right one out too
      expect((await secretary.upload(`/api/${resource}/import`, 'x.xlsx', await xlsxOf(rows))).body).toMatchObject({ created: 0, valid: 1 });
      expect(await count(t.api, resource)).toBe(before);
    });

    it('refuses the same record twice in one file', async () => {
      const file = await xlsxOf([
        ['论文题目', '作者', '征集年度', '维度', '获奖情况'],
        ['基层党建与业务融合的路径', '刘泽、王静', 2021, '促发展', '未获奖'],
        ['基层党建与业务融合的路径', '刘泽', 2021, '强团队', '市级'],
      ]);
      const result = await secretary.upload('/api/papers/import', 'papers.xlsx', file);
      expect(result.body.created).toBe(0);
      expect(result.body.errors).toEqual([{ row: 3, column: '论文题目', message: '与第 2 行重复' }]);
    });

    it.each([
      ['an empty file', Buffer.alloc(0), /空/],
      ['a picture', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /不是表格文件/],
      ['a broken workbook', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]), /损坏/],
      ['a password-protected workbook', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), /加密/],
    ])('refuses %s with a reason (400)', async (_what, content, reason) => {
      const result = await secretary.upload('/api/meetings/import', 'file.xlsx', content);
      expect(result.status).toBe(400);
      expect(result.body.message).toMatch(reason);
    });

    it('refuses a workbook with a cell past the last column Excel has, at once (found by the fuzzer: it hung)', async () => {
      const zip = await JSZip.loadAsync(await xlsxOf([header, ['2021-03-26', '学习', '党课', '现场', 10, 9, '学会党支部']]));
      const sheet = Object.keys(zip.files).find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))!;
      zip.file(sheet, (await zip.file(sheet)!.async('string')).replace('</row>', '<c r="ZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row>'));
      const result = await secretary.upload('/api/meetings/import', 'wide.xlsx', await zip.generateAsync({ type: 'nodebuffer' }));
      expect(result.status).toBe(400);
      expect(result.body.message).toMatch(/损坏/);
    });

    it('refuses more than 50,000 rows in one file (400), asking for several files', async () => {
      const rows = Array.from({ length: 50_001 }, (_, i) => `2021-03-26,会议${i},党课,现场,1,1,学会党支部`);
      const csv = Buffer.from(['会议日期,会议主题,会议类别,会议形式,应到人数,实到人数,所属组织', ...rows].join('\n'));
      const result = await secretary.upload('/api/meetings/import', 'many.csv', csv);
      expect(result.status).toBe(400);
      expect(result.body.message).toMatch(/最多导入 50000 行/);
    });

    it('refuses a sheet without the required columns, naming them', async () => {
      const result = await secretary.upload('/api/meetings/import', 'x.xlsx', await xlsxOf([['会议主题'], ['学习']]));
      expect(result.status).toBe(400);
      expect(result.body.message).toContain('会议日期');
    });

    it('refuses a file over 20 MiB (413) and a request without a file (400)', async () => {
      const big = Buffer.alloc(21 * 1024 * 1024, 0x41);
      const result = await secretary.upload('/api/meetings/import', 'big.csv', big);
      expect(result.status).toBe(413);
      expect(result.body.message).toMatch(/20 MB/);
      expect((await secretary.post('/api/meetings/import', {})).status).toBe(400);
    });

    it('keeps scope: a secretary imports nothing into another branch', async () => {
      const file = await xlsxOf([header, ['2021-03-26', '越界', '党课', '现场', 10, 9, '学会党支部']]);
      const result = await foreignSecretary.upload('/api/meetings/import', 'x.xlsx', file);
      expect(result.body.created).toBe(0);
      expect(result.body.errors[0]).toMatchObject({ row: 2, column: '所属组织' });
    });
  });
});
