import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { addDays, addMonths, dueState, todayInChina } from '@wb/contracts';
import { SCREENSHOTS } from './support/browser';
import { useProduct } from './support/product';
import { DEMO, signIn } from './support/session';

jest.setTimeout(180_000);

/** A small phone. */
const PHONE = { width: 375, height: 812 };

type Json = Record<string, unknown>;

/** The API as the signed-in page calls it, with the token the admin keeps. */
async function apiOf(page: Page, baseUrl: string) {
  const stored = await page.evaluate(() => Object.entries(localStorage).find(([key]) => /access/i.test(key))?.[1]);
  const token = String(stored).replace(/^"|"$/g, '');
  return async (method: string, path: string, body?: Json) => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/** The page is no wider than the screen: nothing to scroll sideways. */
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The rows of a phone list (react-admin's SimpleList), by their text. */
const phoneRows = (page: Page) => page.locator('main ul.MuiList-root > li');

/** Waits for an input labelled exactly so (a required one carries a trailing *), and fails if none comes; a select's label is a div. */
async function expectLabels(scope: Locator, names: string[]) {
  for (const name of names) {
    const exactly = new RegExp(`^${name.replace(/[()（）]/g, '\\$&')}(\\s*\\*)?$`);
    await scope.locator('.MuiInputLabel-root').filter({ hasText: exactly }).first().waitFor({ timeout: 10_000 });
  }
}

/** Waits until the phone list shows exactly these members, in any order. */
async function expectListed(page: Page, names: string[]) {
  const want = [...names].sort();
  await page
    .waitForFunction(
      (expected) => {
        const shown = Array.from(document.querySelectorAll<HTMLElement>('main ul.MuiList-root > li .MuiListItemText-primary')).map((primary) => primary.innerText.split('\n')[0]);
        return JSON.stringify(shown.sort()) === JSON.stringify(expected);
      },
      want,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  // the first line is the member; the due chip shares the primary text
  const shown = (await phoneRows(page).locator('.MuiListItemText-primary').allInnerTexts()).map((text) => text.split('\n')[0]);
  expect(shown.sort()).toEqual(want);
}

/** Reads until the value is the wanted one (the UI catches up after a fill or a load), then asserts it. */
async function eventually<T>(read: () => Promise<T>, want: T) {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(want) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  expect(value).toEqual(want);
}

/** r, g, b of a computed CSS colour. */
const rgb = (css: string) => (css.match(/\d+/g) ?? []).slice(0, 3).map(Number);

describe('admin in Chromium: 发展党员 and the member\'s page', () => {
  const product = useProduct();
  let page: Page;
  let api: Awaited<ReturnType<typeof apiOf>>;
  const today = todayInChina();
  /** Names of the members whose record the secretary's list holds, by due state (as the contracts compute it). */
  let overdue: string[];
  let soon: string[];
  let han: { id: number; orgId: number };
  let branchId: number;

  beforeAll(async () => {
    page = await product.open(PHONE.width, PHONE.height);
    await signIn(page, product.url, DEMO.secretary);
    api = await apiOf(page, product.url);
    // 赵丽's record is in the secretary's branch; a new member of her group gets one due in ten days
    const [zhao] = await api('GET', `/members?filter=${encodeURIComponent(JSON.stringify({ q: '赵丽' }))}`);
    const [zhaoRecord] = await api('GET', `/development-records?filter=${encodeURIComponent(JSON.stringify({ memberId: zhao.id }))}`);
    branchId = zhaoRecord.orgId;
    han = await api('POST', '/members', { orgId: zhao.orgId, name: '韩梅', gender: 'female', politicalStatus: 'masses' });
    // the talk is due a month after the application
    await api('POST', '/development-records', { orgId: branchId, memberId: han.id, applicationDate: addMonths(addDays(today, 10), -1), note: '浏览器测试：30天内到期' });
    await api('POST', '/recruitments', { orgId: branchId, memberId: han.id, date: '2021-09-01', category: 'scientist', sourceUnit: '城区分公司技术中心' });

    const records: { memberId: number; dueDate: string | null }[] = await api('GET', '/development-records?range=%5B0%2C499%5D');
    const names = new Map<number, string>();
    for (const record of records) names.set(record.memberId, (await api('GET', `/members/${record.memberId}`)).name);
    const inState = (state: string) => records.filter((r) => dueState(r.dueDate, today) === state).map((r) => names.get(r.memberId)!);
    overdue = inState('overdue');
    soon = inState('soon');
  });

  it('lists the records on a phone with their due chips, red when overdue', async () => {
    // the server has no clock to set: the demo's deadlines (2021-22) are all past, the one due soon is ours
    expect(overdue).toEqual(expect.arrayContaining(['赵丽', '郑雪', '邓婧']));
    expect(soon).toEqual(['韩梅']);
    await page.goto(`${product.url}/#/development-records?filter=%7B%7D`);
    await phoneRows(page).filter({ hasText: '韩梅' }).waitFor();
    await expect(page.locator('table').count()).resolves.toBe(0);
    expect(await noSidewaysScroll(page)).toBe(true);

    const chipOf = (name: string) => phoneRows(page).filter({ hasText: name }).locator('.MuiChip-root');
    const late = chipOf('赵丽');
    await expect(late.innerText()).resolves.toBe('2022-01-20 · 已逾期');
    await expect(late.getAttribute('class')).resolves.toContain('MuiChip-colorError');
    const [r, g, b] = rgb(await late.evaluate((chip) => getComputedStyle(chip).backgroundColor));
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(100);
    expect(b).toBeLessThan(100);
    const due = chipOf('韩梅');
    await expect(due.innerText()).resolves.toContain('30天内到期');
    await expect(due.getAttribute('class')).resolves.toContain('MuiChip-colorWarning');
    // no deadline: the application date instead of a chip
    await expect(phoneRows(page).filter({ hasText: '郭鹏' }).innerText()).resolves.toContain('入党申请人 → 确定入党积极分子');
    await expect(phoneRows(page).filter({ hasText: '郭鹏' }).locator('.MuiChip-root').count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'development-list-phone.png'), fullPage: true });
    expect(product.problems).toEqual([]);
  });

  it('narrows the list by 到期情况 and by the application dates', async () => {
    await page.goto(`${product.url}/#/development-records?filter=%7B%7D`);
    await phoneRows(page).filter({ hasText: '郭鹏' }).waitFor();

    await page.getByLabel('到期情况').click();
    await page.getByRole('option', { name: '已逾期', exact: true }).click();
    await expectListed(page, overdue);
    await page.screenshot({ path: join(SCREENSHOTS, 'development-list-overdue-phone.png'), fullPage: true });
    await page.getByLabel('到期情况').click();
    await page.getByRole('option', { name: '30天内到期', exact: true }).click();
    await expectListed(page, ['韩梅']);

    // 申请日期起 / 申请日期止 are added from the filter menu; the demo has one application in the first half of 2021
    await page.goto(`${product.url}/#/development-records?filter=%7B%7D`);
    await phoneRows(page).filter({ hasText: '郭鹏' }).waitFor();
    await page.getByRole('button', { name: '添加筛选' }).click();
    await page.getByRole('menuitemcheckbox', { name: '申请日期起' }).click();
    await page.locator('input[name="applicationDate_gte"]').fill('2021-01-01');
    await expectListed(page, ['郭鹏', '邓婧', '韩梅']);
    await page.getByRole('button', { name: '添加筛选' }).click();
    await page.getByRole('menuitemcheckbox', { name: '申请日期止' }).click();
    await page.locator('input[name="applicationDate_lte"]').fill('2021-06-30');
    await expectListed(page, ['郭鹏']);
    await expectLabels(page.locator('form').first(), ['到期情况', '申请日期起', '申请日期止']);
    await page.screenshot({ path: join(SCREENSHOTS, 'development-list-dates-phone.png'), fullPage: true });
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(product.problems).toEqual([]);
  });

  it('shows the stage and next step as the dates are typed, and refuses a date out of order next to its field', async () => {
    const feng = await api('POST', '/members', { orgId: han.orgId, name: '冯晓', gender: 'male', politicalStatus: 'masses' });
    const box = page.locator('.MuiAlert-root');
    const submitByKeyboard = () => page.locator('input[name="introducers"]').press('Enter');
    /** The error shown under a date input. */
    const errorOf = (name: string) => page.locator('.MuiFormControl-root', { has: page.locator(`input[name="${name}"]`) }).locator('.MuiFormHelperText-root.Mui-error');

    await page.goto(`${product.url}/#/development-records/create`);
    // a secretary's record starts in their own branch
    await eventually(() => page.getByLabel('所属组织').inputValue(), '学会党支部');
    await page.getByLabel('人员').fill('冯晓');
    await page.getByRole('option', { name: '冯晓' }).click();
    await page.locator('input[name="applicationDate"]').fill('2021-03-10');
    await eventually(() => box.innerText(), '当前阶段：入党申请人 · 下一步：派人谈话 · 期限：2021-04-10');

    // a talk before the application: refused before anything is sent, under 谈话日期
    await page.locator('input[name="talkDate"]').fill('2021-03-01');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(errorOf('talkDate').innerText()).resolves.toBe('谈话日期不能早于申请日期');
    await page.locator('input[name="talkDate"]').fill('2021-03-25');
    await eventually(() => box.innerText(), '当前阶段：入党申请人 · 下一步：确定入党积极分子');
    await expect(errorOf('talkDate').count()).resolves.toBe(0);

    // an activist before the talk, under 确定积极分子日期
    await page.locator('input[name="activistDate"]').fill('2021-03-20');
    // on a phone a notice lies over the save button, and stays while the pointer rests on it: submit from the keyboard
    await submitByKeyboard();
    await expect(errorOf('activistDate').innerText()).resolves.toBe('确定为积极分子的日期不能早于谈话日期');
    await page.screenshot({ path: join(SCREENSHOTS, 'development-create-phone.png'), fullPage: true });
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.locator('input[name="activistDate"]').fill('2021-05-20');
    await eventually(() => box.innerText(), '当前阶段：入党积极分子 · 下一步：半年考察 · 期限：2021-11-20');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/development-records') && r.request().method() === 'POST');
    await submitByKeyboard();
    const response = await saved;
    expect(response.status()).toBe(201);
    expect(await response.json()).toMatchObject({ memberId: feng.id, orgId: branchId, stage: 'activist', nextStep: 'review', dueDate: '2021-11-20' });

    // the edit form reads the stored dates the same way; confirmation before a year of probation is refused
    const [zhao] = await api('GET', `/members?filter=${encodeURIComponent(JSON.stringify({ q: '赵丽' }))}`);
    const [record] = await api('GET', `/development-records?filter=${encodeURIComponent(JSON.stringify({ memberId: zhao.id }))}`);
    await page.goto(`${product.url}/#/development-records/${record.id}`);
    await eventually(() => box.innerText(), '当前阶段：预备党员 · 下一步：预备期满转正 · 期限：2022-01-20');
    await page.locator('input[name="fullMemberDate"]').fill('2021-12-01');
    await submitByKeyboard();
    await expect(errorOf('fullMemberDate').innerText()).resolves.toContain('预备期满一年（及延长的期限）后方可转正');
    await eventually(() => box.innerText(), '当前阶段：正式党员');
    await page.screenshot({ path: join(SCREENSHOTS, 'development-edit-phone.png'), fullPage: true });
    expect((await api('GET', `/development-records/${record.id}`)).fullMemberDate).toBeNull();
    expect(product.problems).toEqual([]);
  });

  it('shows a member\'s recruitment and development record on their page', async () => {
    await page.goto(`${product.url}/#/members/${han.id}/show`);
    await page.getByRole('tab', { name: '工作记录' }).click();
    const section = (title: string) => page.locator('div', { has: page.getByText(title, { exact: true }) }).filter({ has: page.locator('table') }).last();
    const recruitment = section('吸纳为人才');
    await recruitment.getByText('城区分公司技术中心').waitFor();
    await expect(recruitment.locator('tbody tr').innerText()).resolves.toMatch(/2021-09-01\s+科技工作者\s+城区分公司技术中心/);
    const development = section('发展党员');
    await development.getByText('派人谈话').waitFor();
    await expect(development.locator('tbody tr').innerText()).resolves.toContain('入党申请人');
    await expect(development.locator('.MuiChip-root').innerText()).resolves.toContain('30天内到期');
    await page.screenshot({ path: join(SCREENSHOTS, 'member-work-phone.png'), fullPage: true });
    // the development table is wider than a phone: it scrolls inside its section, the page does not
    await expect(noSidewaysScroll(page)).resolves.toBe(true);
    expect(product.problems).toEqual([]);
  });

  it.each([
    { resource: 'recruitments', title: '吸纳人才', filters: ['所属组织'], inputs: ['所属组织', '人员', '吸纳日期', '人才类别', '来源单位', '备注'] },
    { resource: 'volunteer-services', title: '党员志愿服务', filters: ['所属组织'], inputs: ['所属组织', '服务内容', '日期', '地点', '参加人数', '参加的党员', '每人时长（小时）', '情况说明'] },
  ])('shows the $resource list and form on a 375 px phone without sideways scrolling, in Chinese', async ({ resource, title, filters, inputs }) => {
    await page.goto(`${product.url}/#/${resource}?filter=%7B%7D`);
    await phoneRows(page).first().waitFor();
    await expect(page.locator('header').innerText()).resolves.toContain(title);
    await expect(page.locator('table').count()).resolves.toBe(0);
    await expect(page.locator('input[name="q"]').getAttribute('placeholder')).resolves.toBe('搜索');
    await expectLabels(page.locator('form').first(), filters);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, `${resource}-list-phone.png`), fullPage: true });

    await page.goto(`${product.url}/#/${resource}/create`);
    await page.getByRole('button', { name: '保存' }).waitFor();
    await expectLabels(page.locator('main form'), inputs);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, `${resource}-create-phone.png`), fullPage: true });
    expect(product.problems).toEqual([]);
  });
});
