import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support/browser';
import { useProduct } from './support/product';

jest.setTimeout(120_000);

/** A branch secretary's first day: the demo accounts on the sign-in page, attendance filled from the branch, dates read the Chinese way. */
describe('admin in Chromium: a secretary\'s first day', () => {
  const product = useProduct();
  const problems = product.problems;

  const bearer = async (page: Page) =>
    String(await page.evaluate(() => Object.entries(localStorage).find(([key]) => /access/i.test(key))?.[1])).replace(/^"|"$/g, '');

  it('signs in on a phone by tapping a demo account, logs a meeting with attendance filled from the branch', async () => {
    const page = await product.open(390, 844);
    await page.goto(`${product.url}/#/login`);
    await page.getByTestId('demo-accounts').getByText('支部书记 · secretary').click();
    await page.screenshot({ path: join(SCREENSHOTS, 'login-demo-accounts-phone.png'), fullPage: true });
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.locator('input[name="password"]').waitFor({ state: 'detached' });

    await page.goto(`${product.url}/#/meetings/create`);
    const topic = `主题党日：走访慰问 ${Date.now()}`;
    await page.locator('input[name="topic"]').fill(topic);
    await page.getByLabel('会议类别').click();
    await page.getByRole('option', { name: '主题党日' }).click();
    await page.locator('input[name="date"]').fill('2021-07-01');
    await page.getByLabel('会议形式').click();
    await page.getByRole('option', { name: '现场', exact: true }).click();
    // a secretary's record starts in their own branch
    await expect(page.getByLabel('所属组织').inputValue()).resolves.toBe('学会党支部');

    await page.getByRole('button', { name: '从组织成员填充' }).click();
    await page.getByText(/已填入 \d+ 名成员/).waitFor();
    const rows = page.locator('.RaSimpleFormIterator-line');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(5);
    await expect(page.locator('input[name="expectedCount"]').inputValue()).resolves.toBe(String(count));
    await expect(page.locator('input[name="attendedCount"]').inputValue()).resolves.toBe(String(count));

    // the second person was on leave, on business
    await rows.nth(1).getByLabel('出席状态').click();
    await page.getByRole('option', { name: '请假' }).click();
    await rows.nth(1).locator('input[name$=".reason"]').fill('因公出差');
    await expect(page.locator('input[name="attendedCount"]').inputValue()).resolves.toBe(String(count - 1));
    await page.screenshot({ path: join(SCREENSHOTS, 'meeting-attendance-phone.png'), fullPage: true });

    const saved = page.waitForResponse((r) => r.url().endsWith('/api/meetings') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '保存' }).click();
    const response = await saved;
    expect(response.status()).toBe(201);
    const meeting = await response.json();
    expect(meeting).toMatchObject({ topic, expectedCount: count, attendedCount: count - 1 });
    expect(meeting.attendance.filter((row: { status: string; reason: string | null }) => row.status === 'leave')).toEqual([
      expect.objectContaining({ reason: '因公出差' }),
    ]);

    // the show page reads dates the Chinese way
    await page.goto(`${product.url}/#/meetings/${meeting.id}/show`);
    await page.getByText('2021-07-01').first().waitFor();
    const body = await page.locator('main').innerText();
    expect(body).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(body).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}|[AP]M/);
    await page.screenshot({ path: join(SCREENSHOTS, 'meeting-show-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('saves an edit of a record as read (the form sends it back whole) and shows the change in its history', async () => {
    const page = await product.open(1280, 900);
    await page.goto(`${product.url}/#/login`);
    await page.getByTestId('demo-accounts').getByText('支部书记 · secretary').click();
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.locator('input[name="password"]').waitFor({ state: 'detached' });
    const list = await (await fetch(`${product.url}/api/meetings?range=[0,0]`, { headers: { authorization: `Bearer ${await bearer(page)}` } })).json();
    const id = list[0].id;

    await page.goto(`${product.url}/#/meetings/${id}`);
    const topic = page.locator('input[name="topic"]');
    await topic.fill(`${await topic.inputValue()}（已补充）`);
    const saved = page.waitForResponse((r) => r.url().endsWith(`/api/meetings/${id}`) && r.request().method() === 'PUT');
    await page.getByRole('button', { name: '保存' }).click();
    const response = await saved;
    expect(response.status()).toBe(200);
    const sent = response.request().postDataJSON();
    expect(sent).toMatchObject({ id, version: expect.any(Number), createdAt: expect.any(String) });

    await page.getByRole('tab', { name: '操作记录' }).click();
    // the newest entry: who changed what, when (written the Chinese way)
    await page.getByRole('columnheader', { name: '修改后' }).first().waitFor();
    await page.getByText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/).first().waitFor();
    await expect(page.getByRole('cell', { name: /（已补充）$/ }).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'meeting-history.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('sends the admin\'s scripts compressed as the build wrote them (a phone fetches a third of the bytes)', async () => {
    const html = await (await fetch(`${product.url}/`)).text();
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)![1];
    for (const [accepted, encoding] of [['br', 'br'], ['gzip', 'gzip'], ['identity', null]] as const) {
      const response = await fetch(`${product.url}${script}`, { headers: { 'accept-encoding': accepted } });
      expect([accepted, response.status, response.headers.get('content-encoding')]).toEqual([accepted, 200, encoding]);
      // whatever travelled, the script arrives whole
      expect((await response.text()).length).toBeGreaterThan(100_000);
    }
  });
});
