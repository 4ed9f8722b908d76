import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AnnualReport, BREAKDOWN_KEYS, breakdownLink, complianceCells, complianceLink, ReportSnapshot, TOTAL_KEYS, totalLink } from '@wb/contracts';
import { loadDemoDataIfEmpty } from '../../../apps/api/src/database/demo/load-demo-data';
import { ApiClient } from '../support/api-client';
import { createMember, meetingBody } from '../support/fixtures';
import { rewriteSnapshotCompliance } from '../../../apps/api/src/database/migrations/compliance-rows';
import { startTestApp, TestApp } from '../support/test-app';

/** The year-end report on the demo data, which retells the seed document's 2021. */
describe('annual report', () => {
  let t: TestApp;
  let secretary: ApiClient;
  let leader: ApiClient;
  let staff: ApiClient;
  let orgs: Record<string, number>;
  const total = (response: { headers: Record<string, unknown> }) => Number(response.headers['x-total-count']);

  beforeAll(async () => {
    t = await startTestApp();
    await t.reset();
    await loadDemoDataIfEmpty(t.dataSource);
    secretary = await t.login('secretary', 'demo-secretary-2021');
    leader = await t.login('leader', 'demo-leader-2021');
    staff = await t.login('staff', 'demo-staff-2021');
    const all = (await t.api.get('/api/orgs', { range: [0, 99] })).body as { id: number; name: string }[];
    orgs = Object.fromEntries(all.map((org) => [org.name, org.id]));
  });
  afterAll(() => t.close());

  const annual = async (client: ApiClient, query: Record<string, string>) => {
    const response = await client.get('/api/reports/annual', query);
    expect([response.status, response.body?.message]).toEqual([200, undefined]);
    return response.body as AnnualReport;
  };

  it("shows the seed document's figures for 2021, counted from the records", async () => {
    const report = await annual(leader, { year: '2021' });
    expect(report.orgName).toBe('市行业学会');
    expect(report.sinceFounding.recruitments).toBe(21);
    expect(report.totals).toMatchObject({ researchTrips: 13, deeds: 11, papers: 160, excellentPapers: 13, outreachItems: 19, journalPosts: 718, publicResponses: 64, writerContacts: 195 });
    expect(report.outreachAspects).toBe(5);
    expect(report.breakdowns.tripsByServiceArea.filter((entry) => entry.count > 0).map((entry) => entry.key).sort()).toEqual(['customers', 'development', 'employees', 'grassroots', 'society']);
    expect(report.breakdowns.papersByDimension.filter((entry) => entry.count > 0)).toHaveLength(3);
    for (const venue of ['teams', 'terminals', 'communities']) expect(report.breakdowns.outreachByVenue.find((entry) => entry.key === venue)!.count).toBeGreaterThan(0);
    expect(report.breakdowns.meetingsByFormat.find((entry) => entry.key === 'video')!.count).toBeGreaterThanOrEqual(3);
    expect(report.totals.volunteerServices).toBeGreaterThan(0);
    // last year is there to compare with
    expect(report.previous.totals.papers).toBeGreaterThan(0);
    expect(report.previous.totals.papers).toBeLessThan(160);
    // months add up to the year
    expect(report.breakdowns.meetingsByMonth.reduce((sum, entry) => sum + entry.count, 0)).toBe(report.totals.meetings);
  });

  it('drafts a summary that reads like the seed, a paragraph per area with the real figures', async () => {
    const response = await leader.get('/api/reports/annual/summary', { year: '2021' });
    expect(response.status).toBe(200);
    const { summary, generated, draft } = response.body as { summary: string; generated: string; draft: unknown };
    expect(draft).toBeNull();
    expect(summary).toBe(generated);
    for (const phrase of ['累计吸纳优秀科技工作者等各类人才21名', '深入基层开展调研13次', '开展了11项为群众办实事', '共征集论文160篇，其中13篇', '5个方面19项', '718篇', '回应', '64', '195']) {
      expect([phrase, summary.includes(phrase)]).toEqual([phrase, true]);
    }
    expect(summary.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('opens every figure of the report on the list of the records it counts', async () => {
    for (const orgName of ['市行业学会', '学会党支部']) {
      const report = await annual(leader, { year: '2021', orgId: String(orgs[orgName]) });
      const scope = { year: 2021, orgId: report.orgId };
      for (const key of TOTAL_KEYS.filter((key) => key !== 'outreachItems')) {
        const link = totalLink(key, scope);
        expect([orgName, key, total(await leader.get(`/api/${link.resource}`, { filter: link.filter, range: [0, 0] }))]).toEqual([orgName, key, report.totals[key]]);
      }
      for (const cell of complianceCells(report.year, report.compliance)) {
        const link = complianceLink(cell);
        expect([orgName, cell.orgName, cell.category, cell.period, total(await leader.get('/api/meetings', { filter: link.filter, range: [0, 0] }))]).toEqual([orgName, cell.orgName, cell.category, cell.period, cell.held]);
      }
      for (const key of BREAKDOWN_KEYS.filter((key) => key !== 'outreachItemsByVenue' && key !== 'byOrg')) {
        for (const entry of report.breakdowns[key].filter((entry) => entry.count > 0 || key === 'meetingsByCategory')) {
          const link = breakdownLink(key, entry.key, scope)!;
          expect([orgName, key, entry.key, total(await leader.get(`/api/${link.resource}`, { filter: link.filter, range: [0, 0] }))]).toEqual([orgName, key, entry.key, entry.count]);
        }
      }
    }
  });

  it('counts an org with its whole subtree, and sums the children into their own rows', async () => {
    const society = await annual(leader, { year: '2021' });
    const branch = await annual(leader, { year: '2021', orgId: String(orgs['学会党支部']) });
    const group = await annual(leader, { year: '2021', orgId: String(orgs['第一党小组']) });
    expect(branch.totals.meetings).toBeGreaterThan(group.totals.meetings);
    expect(society.totals.meetings).toBeGreaterThanOrEqual(branch.totals.meetings);
    const branchRow = society.byOrg.find((row) => row.orgId === orgs['学会党支部'])!;
    expect(branchRow.totals).toEqual(branch.totals);
    for (const key of TOTAL_KEYS) {
      // nothing is counted twice: the children hold at most what the whole society holds
      const childSum = society.byOrg.reduce((sum, row) => sum + row.totals[key], 0);
      expect([key, childSum <= society.totals[key]]).toEqual([key, true]);
    }
  });

  it('counts a report in one statement per table and a few more, the same number for the whole society as for one group', async () => {
    const statements = async (orgId: number) => (await t.queriesOf(() => leader.get('/api/reports/annual', { year: '2021', orgId: String(orgId) }))).filter((sql) => /^\s*SELECT/i.test(sql));
    const society = await statements(orgs['市行业学会']);
    const group = await statements(orgs['第一党小组']);
    // sign-in check, the org, its subtree, a pass per table this year, one for last year, the development table, recruitments since founding, 三会一课 rules
    expect(society.length).toBeLessThanOrEqual(17);
    expect(society.length).toBe(group.length);
  });

  it("keeps each reader to their scope: a secretary gets their branch, not the society's", async () => {
    const own = await annual(secretary, { year: '2021' });
    expect(own.orgId).toBe(orgs['学会党支部']);
    expect((await secretary.get('/api/reports/annual', { year: '2021', orgId: String(orgs['市行业学会']) })).status).toBe(403);
    expect((await secretary.get('/api/reports/annual/docx', { year: '2021', orgId: String(orgs['市行业学会']) })).status).toBe(403);
    expect((await secretary.get('/api/reports/annual/checks', { year: '2021', orgId: String(orgs['城区分公司']) })).status).toBe(403);
    expect((await secretary.get('/api/reports/years', { orgId: String(orgs['市行业学会']) })).status).toBe(403);
    expect((await annual(secretary, { year: '2021', orgId: String(orgs['第一党小组']) })).orgName).toBe('第一党小组');
    expect((await leader.get('/api/reports/annual', { year: '2021', orgId: '999999' })).status).toBe(404);
    const years = (await secretary.get('/api/reports/years')).body as number[];
    expect(years).toContain(2021);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('answers bad questions with 400 and the field at fault', async () => {
    for (const query of [{}, { year: '21' }, { year: '2021', orgId: '0' }, { year: '2021', orgId: 'x' }, { year: '2021', extra: '1' }]) {
      const response = await leader.get('/api/reports/annual', query);
      expect([JSON.stringify(query), response.status]).toEqual([JSON.stringify(query), 400]);
      expect(response.body.errors?.length).toBeGreaterThan(0);
    }
  });

  it('saves the edited summary for the year and org, with who and when; bad input changes nothing', async () => {
    const branchId = orgs['学会党支部'];
    const text = '一、基本情况\n\n全年深入基层开展调研13次。\n\n二、下一步打算\n\n继续做好各项工作。';
    const saved = await secretary.put('/api/reports/annual/summary', { year: 2021, orgId: branchId, summary: text });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ summary: text, draft: { updatedByName: '刘泽（支部书记）' } });
    expect((await secretary.get('/api/reports/annual/summary', { year: '2021' })).body.summary).toBe(text);

    const bad = await secretary.put('/api/reports/annual/summary', { year: 2021, orgId: branchId, summary: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('summary');
    expect((await secretary.put('/api/reports/annual/summary', { year: 2021, orgId: orgs['市行业学会'], summary: 'x' })).status).toBe(403);
    expect((await staff.put('/api/reports/annual/summary', { year: 2021, orgId: branchId, summary: 'x' })).status).toBe(403);
    expect((await secretary.get('/api/reports/annual/summary', { year: '2021' })).body.summary).toBe(text);

    const audit = await t.api.get('/api/audit-logs', { filter: { resource: 'reports' } });
    expect(audit.body[0]).toMatchObject({ action: 'create', actorName: '刘泽（支部书记）' });
  });

  it('writes the report as a Word document with its headings, text, tables and charts as images', async () => {
    const response = await leader.get('/api/reports/annual/docx', { year: '2021' });
    expect(response.status).toBe(200);
    expect(String(response.headers['content-type'])).toContain('wordprocessingml');
    expect(String(response.headers['content-disposition'])).toContain(encodeURIComponent('市行业学会2021年度工作报告'));
    const zip = await JSZip.loadAsync(response.raw);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const phrase of ['市行业学会', '2021', '深入基层开展调研13次', '主要数据', '发展党员情况', '三会一课']) expect([phrase, text.includes(phrase)]).toEqual([phrase, true]);
    for (const figure of ['160', '718', '195']) expect(text).toContain(figure);
    const images = Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
    expect(images.length).toBeGreaterThanOrEqual(6);
    const png = await zip.file(images[0])!.async('nodebuffer');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Chinese fonts named for the text
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/宋体|SimSun/);
  });

  it('writes the report as an Excel workbook, one sheet per table, holding the figures and the text', async () => {
    const response = await leader.get('/api/reports/annual/xlsx', { year: '2021' });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.raw as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    for (const name of ['主要数据', '三会一课', '发展党员']) expect(names).toContain(name);
    const values = (name: string) => workbook.getWorksheet(name)!.getSheetValues().flat().map((value) => (value && typeof value === 'object' && 'richText' in value ? '' : String(value ?? '')));
    const main = values('主要数据');
    expect(main).toContain('征集论文');
    expect(main).toContain('160');
    expect(main).toContain('718');
    const all = workbook.worksheets.flatMap((sheet) => values(sheet.name)).join('\n');
    expect(all).toContain('深入基层开展调研13次');
  });

  it('lists what to check before finalising, each with the record it concerns', async () => {
    const branchId = orgs['学会党支部'];
    const odd = await t.api.post('/api/meetings', meetingBody(branchId, { date: '2021-06-15', topic: '人数有误的会', expectedCount: 5, attendedCount: 5, minutes: null }));
    expect(odd.status).toBe(201);
    // what the API refuses is written straight into the database: records imported or edited before the rules
    await t.dataSource.query('UPDATE meetings SET attendedCount = ? WHERE id = ?', [7, odd.body.id]);
    const deed = async (title: string, body: Record<string, unknown>) => {
      const response = await t.api.post('/api/deeds', { orgId: branchId, title, serviceArea: 'employees', source: 'public', plannedStart: '2021-03-01', ...body });
      expect(response.status).toBe(201);
      return response.body.id as number;
    };
    const undated = await deed('完成日期漏填的实事', { status: 'completed', completedDate: '2021-05-01' });
    await t.dataSource.query('UPDATE deeds SET completedDate = NULL WHERE id = ?', [undated]);
    const stalled = await deed('停滞的实事', { status: 'in_progress', milestones: [{ date: '2021-04-01', progress: 30 }] });
    const moving = await deed('年底仍在推进的实事', { status: 'in_progress', milestones: [{ date: '2021-04-01', progress: 30 }, { date: '2021-12-01', progress: 60 }] });
    const member = await createMember(t.api, branchId, '日期颠倒');
    const pipeline = await t.api.post('/api/development-records', { orgId: branchId, memberId: member.id, applicationDate: '2021-03-01', talkDate: '2021-03-20' });
    expect(pipeline.status).toBe(201);
    await t.dataSource.query('UPDATE development_records SET talkDate = ? WHERE id = ?', ['2021-02-01', pipeline.body.id]);
    const group = await t.api.post('/api/orgs', { name: '只在三月开会的党小组', type: 'party_group', parentId: branchId });
    expect(group.status).toBe(201);
    const march = await t.api.post('/api/meetings', meetingBody(group.body.id, { category: 'party_group', date: '2021-03-26' }));
    expect(march.status).toBe(201);

    const checks = (await secretary.get('/api/reports/annual/checks', { year: '2021' })).body as { kind: string; resource: string | null; recordId: number | null; orgId: number; message: string; date?: string }[];
    const kindsOf = (recordId: number) => checks.filter((check) => check.recordId === recordId).map((check) => check.kind).sort();
    expect(checks).toContainEqual(expect.objectContaining({ kind: 'meeting_without_minutes', resource: 'meetings', recordId: odd.body.id }));
    expect(checks).toContainEqual(expect.objectContaining({ kind: 'attended_above_expected', resource: 'meetings', recordId: odd.body.id, message: expect.stringContaining('实到 7 人，多于应到 5 人') }));
    expect(checks.find((check) => check.recordId === odd.body.id)!.message).toContain('人数有误的会');
    expect(kindsOf(undated)).toEqual(['completed_without_date']);
    expect(checks).toContainEqual(expect.objectContaining({ kind: 'completed_without_date', resource: 'deeds', recordId: undated, message: expect.stringContaining('完成日期漏填的实事') }));
    // stalled counts from the last milestone: one on 1 December is recent at the year's end
    expect(checks).toContainEqual(expect.objectContaining({ kind: 'deed_stalled', resource: 'deeds', recordId: stalled, message: expect.stringContaining('自 2021-04-01 以来') }));
    expect(kindsOf(moving)).toEqual([]);
    expect(checks).toContainEqual(
      expect.objectContaining({ kind: 'development_out_of_order', resource: 'development-records', recordId: pipeline.body.id, message: expect.stringContaining('日期颠倒') }),
    );
    // a month without a meeting points at no record: the day to date the missing one instead
    const emptyMonths = checks.filter((check) => check.kind === 'month_without_meeting' && check.orgId === group.body.id);
    expect(emptyMonths.map((check) => check.date)).toEqual(['01', '02', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((month) => `2021-${month}-01`));
    for (const check of emptyMonths) expect(check).toMatchObject({ resource: 'meetings', recordId: null, message: expect.stringContaining('只在三月开会的党小组') });

    // the demo pipeline has one step overdue as of the end of 2021, in the city branch: the society's report lists it
    const societyChecks = (await leader.get('/api/reports/annual/checks', { year: '2021' })).body as typeof checks;
    expect(societyChecks.filter((check) => check.kind === 'development_overdue')).toHaveLength(1);
    expect(checks.filter((check) => check.kind === 'development_overdue')).toHaveLength(0);
    for (const check of checks.filter((check) => check.resource && check.recordId)) {
      expect((await secretary.get(`/api/${check.resource}/${check.recordId}`)).status).toBe(200);
    }
    for (const path of [`meetings/${odd.body.id}`, `meetings/${march.body.id}`, `orgs/${group.body.id}`, `deeds/${undated}`, `deeds/${stalled}`, `deeds/${moving}`, `development-records/${pipeline.body.id}`, `members/${member.id}`]) {
      expect((await t.api.delete(`/api/${path}`)).status).toBe(200);
    }
  });

  it('定稿 keeps the figures and text as they were; later edits change today\'s report, not the snapshot; a new one supersedes', async () => {
    const branchId = orgs['学会党支部'];
    expect((await secretary.post('/api/reports/snapshots', { year: 2021, orgId: branchId })).status).toBe(403);
    const before = await annual(leader, { year: '2021', orgId: String(branchId) });
    const first = await leader.post('/api/reports/snapshots', { year: 2021, orgId: branchId });
    expect(first.status).toBe(201);
    const snapshot = first.body as ReportSnapshot;
    expect(snapshot).toMatchObject({ year: 2021, orgId: branchId, createdByName: '冯志远（领导）', supersedes: null });
    expect(snapshot.report.totals).toEqual(before.totals);

    const added = await t.api.post('/api/meetings', meetingBody(branchId, { date: '2021-11-11', topic: '定稿后补录的会' }));
    await secretary.put('/api/reports/annual/summary', { year: 2021, orgId: branchId, summary: '改过的总结' });
    const after = await annual(leader, { year: '2021', orgId: String(branchId) });
    expect(after.totals.meetings).toBe(before.totals.meetings + 1);
    const kept = (await secretary.get(`/api/reports/snapshots/${snapshot.id}`)).body as ReportSnapshot;
    expect(kept.report).toEqual(snapshot.report);
    expect(kept.summary).toBe(snapshot.summary);
    expect(kept.summary).not.toBe('改过的总结');

    const second = (await t.api.post('/api/reports/snapshots', { year: 2021, orgId: branchId })).body as ReportSnapshot;
    expect(second.supersedes).toBe(snapshot.id);
    expect(second.report.totals.meetings).toBe(before.totals.meetings + 1);
    expect(second.summary).toBe('改过的总结');
    const listed = (await secretary.get('/api/reports/snapshots', { year: '2021' })).body as ReportSnapshot[];
    expect(listed.map((s) => s.id)).toEqual([second.id, snapshot.id]);
    expect((await secretary.get(`/api/reports/snapshots/${snapshot.id}`)).body.report).toEqual(snapshot.report);

    const docx = await secretary.get(`/api/reports/snapshots/${snapshot.id}/docx`);
    expect(docx.status).toBe(200);
    expect(String(docx.headers['content-disposition'])).toContain(encodeURIComponent('（定稿）'));

    const audit = (await t.api.get('/api/audit-logs', { filter: { action: 'finalize' } })).body;
    expect(audit.map((entry: { recordId: number }) => entry.recordId)).toEqual([second.id, snapshot.id]);
    await t.api.delete(`/api/meetings/${added.body.id}`);
  });

  it('reads a report finalised before 三会一课 went as rows (one cell per period) as rows: its migration rewrites it, and back', async () => {
    const branchId = orgs['学会党支部'];
    const snapshot = (await leader.post('/api/reports/snapshots', { year: 2021, orgId: branchId })).body as ReportSnapshot;
    const stored = async () => {
      const [{ report }] = await t.dataSource.query('SELECT report FROM report_snapshots WHERE id = ?', [snapshot.id]);
      return (typeof report === 'string' ? JSON.parse(report) : report) as { compliance: Record<string, unknown>[] };
    };
    const runner = t.dataSource.createQueryRunner();
    try {
      await rewriteSnapshotCompliance(runner, false);
      const cells = (await stored()).compliance;
      expect(cells).toEqual(complianceCells(2021, snapshot.report.compliance));
      expect(cells.length).toBeGreaterThan(snapshot.report.compliance.length);
      await rewriteSnapshotCompliance(runner, true);
    } finally {
      await runner.release();
    }
    expect((await leader.get(`/api/reports/snapshots/${snapshot.id}`)).body.report).toEqual(snapshot.report);
  });

  it('lets an admin set how often each meeting is due; the compliance follows; bad rules are refused whole', async () => {
    const rules = (await staff.get('/api/reports/compliance-rules')).body;
    expect(rules.find((rule: { category: string }) => rule.category === 'branch_assembly')).toMatchObject({ frequency: 'quarterly', required: 1 });
    const quarterly = await annual(leader, { year: '2021', orgId: String(orgs['学会党支部']) });
    // one row per org and kind, with the meetings held in each period: spelt out, a cell per quarter
    const [assembly] = quarterly.compliance.filter((row) => row.category === 'branch_assembly');
    expect(assembly).toMatchObject({ orgId: orgs['学会党支部'], frequency: 'quarterly', required: 1, held: [expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number)] });
    const quarters = complianceCells(2021, [assembly]);
    expect(quarters.map((cell) => cell.period)).toEqual(['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4']);
    expect(quarters.map((cell) => cell.held)).toEqual(assembly.held);

    const changed = rules.map((rule: { category: string }) => (rule.category === 'branch_assembly' ? { ...rule, frequency: 'monthly' } : rule));
    expect((await leader.put('/api/reports/compliance-rules', { rules: changed })).status).toBe(403);
    expect((await t.api.put('/api/reports/compliance-rules', { rules: changed })).status).toBe(200);
    const monthly = await annual(leader, { year: '2021', orgId: String(orgs['学会党支部']) });
    const cells = complianceCells(2021, monthly.compliance).filter((cell) => cell.category === 'branch_assembly');
    expect(cells).toHaveLength(12);
    expect(cells.reduce((sum, cell) => sum + cell.held, 0)).toBe(assembly.held.reduce((sum, held) => sum + held, 0));

    const bad = await t.api.put('/api/reports/compliance-rules', { rules: [{ ...changed[0], frequency: 'weekly', required: 0 }, changed[0]] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['rules.0.frequency', 'rules.0.required']);
    const twice = await t.api.put('/api/reports/compliance-rules', { rules: [changed[0], changed[0]] });
    expect(twice.status).toBe(400);
    expect((await staff.get('/api/reports/compliance-rules')).body).toEqual(changed);
    expect((await t.api.put('/api/reports/compliance-rules', { rules })).status).toBe(200);
  });

  it('lets a secretary of another branch see only theirs', async () => {
    const other = await t.login('urban-secretary', 'demo-secretary-2021');
    const report = await annual(other, { year: '2021' });
    expect(report.orgId).toBe(orgs['城区分公司党支部']);
    expect((await other.get('/api/reports/annual', { year: '2021', orgId: String(orgs['学会党支部']) })).status).toBe(403);
    expect((await other.get('/api/reports/snapshots', { year: '2021', orgId: String(orgs['学会党支部']) })).status).toBe(403);
    const snapshots = (await leader.get('/api/reports/snapshots', { year: '2021', orgId: String(orgs['学会党支部']) })).body as ReportSnapshot[];
    expect((await other.get(`/api/reports/snapshots/${snapshots[0].id}`)).status).toBe(403);
  });
});
