import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support/browser';
import { useProduct } from './support/product';
import { DEMO, signIn } from './support/session';

jest.setTimeout(120_000);

/** Staff keep the society's work: papers (a duplicate is refused next to its title), 科普 with suggested aspects. */
describe('admin in Chromium: the society\'s work, kept by staff', () => {
  const product = useProduct();

  const choose = async (page: Page, label: string, option: string) => {
    await page.getByLabel(label).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  const enterPaper = async (page: Page, title: string, authors: string) => {
    await page.goto(`${product.url}/#/papers/create`);
    await page.locator('input[name="title"]').fill(title);
    await page.locator('input[name="authors"]').fill(authors);
    await choose(page, '维度', '提能力');
    await choose(page, '获奖情况', '全国行业学会年度优秀论文');
  };

  it('records a paper on a phone, and is told next to the title when it is a duplicate', async () => {
    const page = await product.open(390, 844);
    await signIn(page, product.url, DEMO.staff);
    const title = `青年员工学术写作能力培养路径研究 ${Date.now()}`;
    await enterPaper(page, title, '周敏、李强');
    await expect(page.locator('input[name="year"]').inputValue()).resolves.toBe(String(new Date().getFullYear()));
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/papers') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '保存' }).click();
    expect((await saved).status()).toBe(201);
    // the form goes on to the list; leaving before it does would have that navigation land on the next form
    await page.waitForFunction(() => window.location.hash.replace(/\?.*/, '') === '#/papers');

    // the same title by the same first author in the same year
    await enterPaper(page, title, '周敏');
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/papers') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '保存' }).click();
    expect((await refused).status()).toBe(409);
    await page.getByText(/已有第一作者为“周敏”的同名论文/).first().waitFor();
    await expect(page.getByText('记录已被他人修改').count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'paper-duplicate-phone.png'), fullPage: true });
    expect(product.problems).toEqual([]);
  });

  it('records a 科普 activity with an aspect already in use offered', async () => {
    const page = await product.open(1280, 900);
    await signIn(page, product.url, DEMO.staff);
    await page.goto(`${product.url}/#/outreach-activities/create`);
    await page.locator('datalist#outreach-aspects option').first().waitFor({ state: 'attached' });
    const suggestions = await page.locator('datalist#outreach-aspects option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(suggestions.length).toBeGreaterThan(0);
    await page.locator('input[name="title"]').fill('法律明白纸进终端');
    await page.locator('input[name="date"]').fill('2021-09-15');
    await choose(page, '场所', '进终端');
    await page.locator('input[name="aspect"]').fill(suggestions[0]);
    await choose(page, '对象', '零售客户');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/outreach-activities') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '保存' }).click();
    const response = await saved;
    expect(response.status()).toBe(201);
    expect(await response.json()).toMatchObject({ aspect: suggestions[0], items: 1, venue: 'terminals' });
    expect(product.problems).toEqual([]);
  });
});
