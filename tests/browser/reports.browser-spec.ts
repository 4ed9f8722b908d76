import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page, Response } from 'playwright-core';
import { complianceCells, type AnnualReport, type ComplianceCell, type ComplianceRule } from '@wb/contracts';
import { SCREENSHOTS } from './support/browser';
import { useProduct } from './support/product';
import { DEMO, signIn } from './support/session';

jest.setTimeout(120_000);

/** The dashboard and the year-end report on the demo data, which retells the seed's 2021. */
describe('admin in Chromium: dashboard and annual report', () => {
  const product = useProduct();

  /** The list answer a drill-down opens (GET /api/<resource> with a filter), and its total. */
  const listAnswer = (page: Page, resource: string, has: (filter: Record<string, unknown>) => boolean) =>
    page.waitForResponse((response) => {
      const url = new URL(response.url());
      if (url.pathname !== `/api/${resource}` || response.request().method() !== 'GET') return false;
      return has(JSON.parse(url.searchParams.get('filter') ?? '{}'));
    });
  const total = (response: Response) => Number(response.headers()['x-total-count']);
  /** The filter react-admin shows in the address (`#/papers?filter=…`). */
  const addressFilter = (page: Page) => JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter') ?? '{}');
  const reportAnswer = (page: Page, query: RegExp) =>
    page.waitForResponse((response) => new URL(response.url()).pathname === '/api/reports/annual' && query.test(new URL(response.url()).search));
  /** An API session of its own (for records the leader may not write). */
  const apiLogin = async ([username, password]: readonly [string, string]) => {
    const response = await fetch(`${product.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    return String(((await response.json()) as { accessToken: string }).accessToken);
  };

  it("opens on the society's 2021 figures with charts; a card or a bar opens its records; year and org follow the address", async () => {
    const page = await product.open(1280, 900);
    // what the browser fetched, in order: scripts, and the report's figures
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') fetched.push(new URL(request.url()).pathname);
    });
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/reports/annual') fetched.push('report');
    });
    const annual = reportAnswer(page, /year=2021(?!\d)/);
    await signIn(page, product.url, DEMO.leader);
    const report = (await (await annual).json()) as AnnualReport;
    expect(report).toMatchObject({ year: 2021, orgName: '市行业学会' });

    await page.getByRole('heading', { name: '市行业学会 · 2021年' }).waitFor();
    await expect(page.title()).resolves.toContain('工作台');

    // the seed's figures, each with last year beside it
    for (const [key, label, figure] of [
      ['papers', '征集论文', '160'],
      ['researchTrips', '基层调研', '13'],
      ['journalPosts', '期刊与网站信息', '718'],
    ] as const) {
      const card = (await page.locator(`[data-kpi="${key}"]`).innerText()).split('\n').map((line) => line.trim()).filter(Boolean);
      expect(card.slice(0, 2)).toEqual([label, figure]);
      expect(card[2]).toMatch(/^比上年 [+−]\d+（上年 \d+）$|^与上年持平/);
    }
    const cards = await page.locator('[data-kpi]').allInnerTexts();
    expect(cards).toHaveLength(12);
    for (const card of cards) expect(card).toMatch(/比上年|与上年持平/);
    await expect(page.locator('[data-kpi="papers"]').innerText()).resolves.toContain(`比上年 +${160 - report.previous.totals.papers}（上年 ${report.previous.totals.papers}）`);

    // the charts draw; their code is a chunk of its own, fetched once there is a chart to draw
    await page.locator('[data-chart="meetingsByCategory"] svg.recharts-surface').waitFor();
    await page.locator('[data-chart="monthly"] svg.recharts-surface').waitFor();
    const index = await (await fetch(`${product.url}/`)).text();
    const chartChunk = fetched.findIndex((url) => /\/ChartView-[\w-]+\.js$/.test(url));
    expect(chartChunk).toBeGreaterThan(fetched.indexOf('report'));
    expect(fetched.indexOf('report')).toBeGreaterThan(0);
    expect(index).not.toContain(fetched[chartChunk]);
    // recharts itself comes with that chunk, in none of the scripts the first page loads
    const code = async (path: string) => (await fetch(product.url + path)).text();
    expect(await code(fetched[chartChunk])).toContain('recharts-surface');
    for (const early of fetched.slice(0, fetched.indexOf('report')).filter((path) => path.endsWith('.js'))) {
      expect([early, (await code(early)).includes('recharts-surface')]).toEqual([early, false]);
    }
    // a leader has nothing 待办
    await expect(page.getByRole('region', { name: '待办' }).count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-desktop.png'), fullPage: true });

    // one click on 征集论文: the papers of 2021 in the society's subtree
    const papers = listAnswer(page, 'papers', (filter) => filter.year === 2021 && filter.orgId === report.orgId);
    await page.locator('[data-kpi="papers"]').click();
    expect(total(await papers)).toBe(160);
    // react-admin's pagination: "第 1-10 条，共 160 条"
    await page.getByText(/^第 1-\d+ 条，共 160 条$/).waitFor();
    expect(page.url()).toContain('#/papers?');
    expect(addressFilter(page)).toEqual({ orgId: report.orgId, year: 2021 });

    // back on the dashboard, one click on the first bar of 会议类别
    await page.goBack();
    const bars = page.locator('[data-chart="meetingsByCategory"] .recharts-bar-rectangle path.recharts-rectangle');
    await bars.first().waitFor();
    const firstLabel = (await page.locator('[data-chart="meetingsByCategory"] .recharts-label-list text').first().textContent())?.trim();
    const meetings = listAnswer(page, 'meetings', (filter) => typeof filter.category === 'string');
    await bars.first().click();
    const answer = await meetings;
    await page.waitForURL(/#\/meetings\?/);
    const filter = addressFilter(page);
    expect(filter).toMatchObject({ orgId: report.orgId, date_gte: '2021-01-01', date_lte: '2021-12-31', category: expect.any(String) });
    const entry = report.breakdowns.meetingsByCategory.find((candidate) => candidate.key === filter.category)!;
    expect(entry).toBeDefined();
    expect(entry.key).toBe(report.breakdowns.meetingsByCategory.find((candidate) => candidate.count > 0)!.key);
    expect(total(answer)).toBe(entry.count);
    expect(firstLabel).toBe(String(entry.count));
    await page.getByText(new RegExp(`^第 1-\\d+ 条，共 ${entry.count} 条$`)).waitFor();

    // 年度 → 2020: the address and the figures follow
    await page.goBack();
    await page.locator('[data-kpi="papers"]').waitFor();
    const earlier = reportAnswer(page, /year=2020(?!\d)/);
    await page.getByLabel('年度', { exact: true }).click();
    await page.getByRole('option', { name: '2020年' }).click();
    await page.waitForURL(/[?&]year=2020(&|$)/);
    const report2020 = (await (await earlier).json()) as AnnualReport;
    await page.getByRole('heading', { name: '市行业学会 · 2020年' }).waitFor();
    await page.locator('[data-kpi="papers"]').getByText(String(report2020.totals.papers), { exact: true }).waitFor();
    expect(report2020.totals.papers).not.toBe(160);
    await expect(page.locator('[data-kpi="papers"]').innerText()).resolves.toContain(`（上年 ${report2020.previous.totals.papers}）`);

    // 组织 → 学会党支部: its id in the address, its figures on the page
    const branch = reportAnswer(page, /year=2020&orgId=\d+/);
    await page.getByLabel('组织', { exact: true }).click();
    await page.getByRole('option', { name: /^\s*学会党支部$/ }).click();
    const branchReport = (await (await branch).json()) as AnnualReport;
    expect(branchReport.orgName).toBe('学会党支部');
    await page.waitForURL(new RegExp(`[?&]orgId=${branchReport.orgId}(&|$)`));
    expect(page.url()).toMatch(/[?&]year=2020(&|$)/);
    await page.getByRole('heading', { name: '学会党支部 · 2020年' }).waitFor();
    await page.locator('[data-kpi="meetings"]').getByText(String(branchReport.totals.meetings), { exact: true }).waitFor();
    expect(product.problems).toEqual([]);
  });

  it('shows a secretary what is due (待办); a meeting still owed opens a pre-filled form', async () => {
    const page = await product.open(1280, 900);
    await signIn(page, product.url, DEMO.secretary);
    const todo = page.getByRole('region', { name: '待办' });
    await todo.waitFor();
    for (const title of ['本期还未开够的会', '发展党员到期事项', '超过计划完成日期的实事']) {
      await todo.getByRole('heading', { name: title }).waitFor();
    }
    const owed = todo.getByRole('link', { name: /点击登记/ }).first();
    await owed.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-secretary.png') });
    // "党小组会 · 第一党小组" over "2026年11月已开 0 次，应开 1 次 · 点击登记"
    const [kind, org] = (await owed.locator('.MuiListItemText-primary').innerText()).split(' · ');
    await owed.click();
    await page.waitForURL(/#\/meetings\/create\?source=/);
    const source = JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('source')!);
    expect(source).toEqual({ orgId: expect.any(Number), category: expect.any(String) });
    await expect(page.getByLabel('会议类别').innerText()).resolves.toBe(kind);
    await expect(page.getByLabel('所属组织').inputValue()).resolves.toBe(org);
    expect(product.problems).toEqual([]);
  });

  it.each([['secretary'], ['staff'], ['leader']] as const)('opens the %s\'s dashboard without asking for anything the role may not read', async (role) => {
    const page = await product.open(1280, 900);
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/') && [401, 403].includes(response.status())) refused.push(`${response.status()} ${response.url()}`);
    });
    await signIn(page, product.url, DEMO[role]);
    await page.locator('[data-kpi]').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(refused).toEqual([]);
    expect(product.problems).toEqual([]);
  });

  it('edits and saves the drafted summary, and downloads the report as Word and Excel', async () => {
    const page = await product.open(1280, 900);
    await signIn(page, product.url, DEMO.leader);
    await page.locator('[data-kpi="papers"]').waitFor();
    await page.getByRole('link', { name: '年度报告' }).first().click();
    await page.waitForURL(/#\/reports\/annual\?year=2021/);
    await page.getByRole('heading', { name: '市行业学会2021年度工作报告' }).waitFor();

    const summary = page.getByRole('textbox', { name: '工作总结' });
    await page.getByText('以下是根据本年度数据自动起草的总结，可直接修改后保存').waitFor();
    const drafted = await summary.inputValue();
    expect(drafted).toContain('深入基层开展调研13次');
    const added = `（浏览器测试补充：全年工作扎实推进 ${Date.now()}）`;
    const edited = `${drafted}\n\n${added}`;
    await summary.fill(edited);
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/reports/annual/summary') && r.request().method() === 'PUT');
    await page.getByRole('button', { name: '保存总结' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText('总结已保存').waitFor();
    await page.reload();
    await page.getByText(/于 .+ 修改并保存/).waitFor();
    await expect(summary.inputValue()).resolves.toBe(edited);
    await page.locator('[data-chart="meetingsByCategory"] svg.recharts-surface').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'report.png'), fullPage: true });

    const word = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Word' }).click();
    const docx = await word;
    expect(docx.suggestedFilename()).toContain('2021年度工作报告');
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await readFile((await docx.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain(added);
    expect(text).toContain('深入基层开展调研13次');
    await page.getByRole('button', { name: '下载 Word' }).waitFor();

    const excel = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Excel' }).click();
    const xlsx = await excel;
    expect(xlsx.suggestedFilename()).toMatch(/2021年度工作报告\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('主要数据');
    expect(product.problems).toEqual([]);
  });

  it('fits a phone: no sideways scroll, the figures readable', async () => {
    const page = await product.open(390, 844);
    await signIn(page, product.url, DEMO.leader);
    await page.locator('[data-kpi="papers"]').getByText('160', { exact: true }).waitFor();
    await page.locator('[data-chart="meetingsByCategory"] svg.recharts-surface').waitFor();
    await page.locator('[data-chart="monthly"] svg.recharts-surface').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const key of ['papers', 'researchTrips', 'journalPosts', 'meetings']) {
      const card = page.locator(`[data-kpi="${key}"]`);
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.width).toBeGreaterThanOrEqual(140);
      // the figure in large type, the name not cut off
      const [name, figure] = [card.locator('p').nth(0), card.locator('p').nth(1)];
      expect(parseFloat(await figure.evaluate((node) => getComputedStyle(node).fontSize))).toBeGreaterThanOrEqual(20);
      expect(parseFloat(await name.evaluate((node) => getComputedStyle(node).fontSize))).toBeGreaterThanOrEqual(12);
      expect(await name.evaluate((node) => node.scrollWidth <= node.clientWidth)).toBe(true);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-phone.png'), fullPage: true });
    expect(product.problems).toEqual([]);
  });

  it('定稿 keeps the year as it was; a meeting added later shows as a change', async () => {
    const page = await product.open(1280, 900);
    await signIn(page, product.url, DEMO.leader);
    await page.goto(`${product.url}/#/reports/annual`);
    const panel = page.getByRole('region', { name: '定稿', exact: true });
    await panel.getByText('本年度尚未定稿').waitFor();
    await panel.getByRole('button', { name: '定稿', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('市行业学会2021年度报告定稿').waitFor();
    const finalized = page.waitForResponse((r) => r.url().endsWith('/api/reports/snapshots') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: '确认' }).click();
    expect((await finalized).status()).toBe(201);
    await dialog.waitFor({ state: 'detached' });
    await panel.getByText(/^现行定稿：.+，/).waitFor();
    await panel.getByText('当前数据与最近一次定稿一致').waitFor();
    await panel.getByRole('button', { name: '重新定稿' }).waitFor();

    // a meeting of 2021 recorded afterwards (by the admin, through the API)
    const token = await apiLogin(DEMO.admin);
    const orgs = (await (await fetch(`${product.url}/api/orgs`, { headers: { authorization: `Bearer ${token}` } })).json()) as { id: number; name: string }[];
    const branchId = orgs.find((org) => org.name === '学会党支部')!.id;
    const before = (await (await fetch(`${product.url}/api/reports/annual?year=2021`, { headers: { authorization: `Bearer ${token}` } })).json()) as AnnualReport;
    const created = await fetch(`${product.url}/api/meetings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ orgId: branchId, category: 'theme_day', topic: '定稿后补录的主题党日', date: '2021-12-20', format: 'in_person', expectedCount: 10, attendedCount: 9, minutes: '补录。' }),
    });
    expect(created.status).toBe(201);

    await page.reload();
    await panel.getByText(/^定稿后数据有 \d+ 处变化/).waitFor();
    const changes = page.getByRole('table', { name: '定稿后的变化' });
    const rows = (await changes.locator('tbody tr').allInnerTexts()).map((row) => row.split('\t').map((cell) => cell.trim()));
    expect(rows).toContainEqual(['会议', String(before.totals.meetings), String(before.totals.meetings + 1)]);
    const themeDays = before.breakdowns.meetingsByCategory.find((entry) => entry.key === 'theme_day')!.count;
    expect(rows).toContainEqual([expect.stringMatching(/主题党日$/), String(themeDays), String(themeDays + 1)]);
    await panel.getByText(/^现行定稿：/).waitFor();
    await panel.screenshot({ path: join(SCREENSHOTS, 'report-snapshot-changes.png') });
    expect(product.problems).toEqual([]);
  });

  it('三会一课 colours each cell by its status: 未开展 red, 不足 yellow, 达标 green', async () => {
    // every demo rule asks one meeting a period, so nothing is 不足: the admin asks two 支部委员会 a month
    const token = await apiLogin(DEMO.admin);
    const rulesUrl = `${product.url}/api/reports/compliance-rules`;
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const rules = (await (await fetch(rulesUrl, { headers: auth })).json()) as ComplianceRule[];
    const twice = rules.map((rule) => (rule.category === 'branch_committee' ? { ...rule, required: 2 } : rule));
    expect((await fetch(rulesUrl, { method: 'PUT', headers: auth, body: JSON.stringify({ rules: twice }) })).status).toBe(200);
    try {
      const page = await product.open(1280, 900);
      const annual = reportAnswer(page, /year=2021(?!\d)/);
      await signIn(page, product.url, DEMO.leader);
      const report = (await (await annual).json()) as AnnualReport;
      const first = (status: ComplianceCell['status']) => complianceCells(report.year, report.compliance).find((cell) => cell.status === status)!;
      const cells = { missing: first('missing'), partial: first('partial'), met: first('met') };
      expect(cells.partial).toMatchObject({ category: 'branch_committee', required: 2, held: 1 });

      const grid = page.getByRole('region', { name: '三会一课落实情况' });
      const cellOf = (cell: ComplianceCell) => grid.locator('td', { has: page.locator(`[data-compliance="${cell.orgId}-${cell.category}-${cell.period}"]`) });
      const background = (cell: ComplianceCell) => cellOf(cell).evaluate((node) => getComputedStyle(node).backgroundColor);
      await cellOf(cells.met).waitFor();
      // STATUS_COLOR: #ffcdd2, #fff59d, #c8e6c9
      expect({ missing: await background(cells.missing), partial: await background(cells.partial), met: await background(cells.met) }).toEqual({
        missing: 'rgb(255, 205, 210)',
        partial: 'rgb(255, 245, 157)',
        met: 'rgb(200, 230, 201)',
      });
      await expect(cellOf(cells.partial).innerText()).resolves.toBe('1/2');
      // the tooltip names the status in words, for those who do not tell the colours apart
      await cellOf(cells.partial).locator('a').hover();
      await expect(page.getByRole('tooltip').innerText()).resolves.toMatch(new RegExp(`^${cells.partial.orgName} 支部委员会 ${cells.partial.period}：不足$`));
      await grid.screenshot({ path: join(SCREENSHOTS, 'compliance-grid.png') });
    } finally {
      await fetch(rulesUrl, { method: 'PUT', headers: auth, body: JSON.stringify({ rules }) });
    }
    expect(product.problems).toEqual([]);
  });

  it('lists the data checks; a month without any meeting opens the new-meeting form with that branch and day', async () => {
    const page = await product.open(1280, 900);
    await signIn(page, product.url, DEMO.admin);
    await page.goto(`${product.url}/#/reports/annual?year=2021`);
    const checks = page.getByRole('region', { name: '定稿前数据检查' });
    const found = Number((await checks.getByText(/^发现 \d+ 处需要核对/).innerText()).match(/\d+/)![0]);
    expect(found).toBeGreaterThan(0);
    await expect(checks.locator('[data-check]').count()).resolves.toBe(found);

    // "郊县分公司党支部 2021年1月没有召开任何会议"
    const month = checks.locator('[data-check="month_without_meeting"]').first();
    const [, org, year, m] = (await month.locator('.MuiListItemText-primary').innerText()).match(/^(.+) (\d{4})年(\d{1,2})月没有召开任何会议$/)!;
    await expect(month.locator('.MuiListItemText-secondary').innerText()).resolves.toBe('整月没有开会');
    const date = `${year}-${m.padStart(2, '0')}-01`;
    await month.click();
    await page.waitForURL(/#\/meetings\/create\?source=/);
    const source = JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('source')!);
    expect(source).toEqual({ orgId: expect.any(Number), date });
    // the form starts in the org the link names: the first org it shows is that one, never the user's own
    const orgInput = page.getByLabel('所属组织');
    await page.waitForFunction((input) => (input as HTMLInputElement).value !== '', await orgInput.elementHandle());
    await expect(orgInput.inputValue()).resolves.toBe(org);
    await expect(page.locator('input[name="date"]').inputValue()).resolves.toBe(date);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-check-new-meeting.png') });
    expect(product.problems).toEqual([]);
  });

  it('prints the report alone: no app bar or menu, the tables, summary and 三会一课 kept', async () => {
    const page = await product.open(1280, 900);
    await signIn(page, product.url, DEMO.leader);
    await page.goto(`${product.url}/#/reports/annual?year=2021`);
    const heading = page.getByRole('heading', { name: '市行业学会2021年度工作报告' });
    await heading.waitFor();
    const compliance = page.getByRole('region', { name: '三会一课落实情况' });
    await compliance.locator('[data-compliance]').first().waitFor();
    const navigation = [page.locator('header.MuiAppBar-root'), page.locator('.RaSidebar-paper')];
    const printed = [heading, page.getByRole('region', { name: '统计表' }), compliance];
    const left = [page.getByRole('region', { name: '定稿前数据检查' }), page.getByRole('button', { name: '打印' }), page.getByRole('textbox', { name: '工作总结' })];
    const shown = (locators: typeof printed) => Promise.all(locators.map((locator) => locator.first().isVisible()));
    // on screen everything shows, so what print hides is print's doing
    await expect(shown([...navigation, ...printed, ...left])).resolves.toEqual([true, true, true, true, true, true, true, true]);

    await page.emulateMedia({ media: 'print' });
    await expect(shown(navigation)).resolves.toEqual([false, false]);
    await expect(shown(printed)).resolves.toEqual([true, true, true]);
    await expect(shown(left)).resolves.toEqual([false, false, false]);
    // the summary prints as paragraphs in place of the box
    await page.locator('p', { hasText: '深入基层开展调研13次' }).waitFor();
    // the content starts at the page's left edge, where the menu was
    expect((await heading.boundingBox())!.x).toBeLessThan(40);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-print.png'), fullPage: true });
    expect(product.problems).toEqual([]);
  });
});
