import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support/browser';
import { useProduct } from './support/product';
import { DEMO, signIn } from './support/session';

jest.setTimeout(120_000);

/** The seed's own loop: a research trip's finding becomes a practical deed, listed on the trip. */
describe('admin in Chromium: from a research trip to a practical deed', () => {
  const product = useProduct();

  const choose = async (page: Page, label: string, option: string) => {
    await page.getByLabel(label).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  it('records a trip, starts a deed from its page, and finds the deed listed on the trip', async () => {
    const page = await product.open(1280, 900);
    await signIn(page, product.url, DEMO.secretary);
    const topic = `走访城区零售终端了解信用体系建设 ${Date.now()}`;

    await page.goto(`${product.url}/#/research-trips/create`);
    await page.locator('input[name="topic"]').fill(topic);
    await page.locator('input[name="startDate"]').fill('2021-04-08');
    await page.locator('input[name="endDate"]').fill('2021-04-07');
    await page.locator('input[name="destination"]').fill('城区零售终端');
    await choose(page, '调研方式', '走访');
    await choose(page, '服务方面', '客户');
    await page.getByRole('button', { name: '保存' }).click();
    // the end before the start is refused next to the field, as the API would
    await page.getByText('结束日期不能早于开始日期').first().waitFor();
    await page.locator('input[name="endDate"]').fill('2021-04-09');
    await page.locator('textarea[name="findings"]').fill('零售客户对信用评价规则了解不多');
    const tripSaved = page.waitForResponse((r) => r.url().endsWith('/api/research-trips') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '保存' }).click();
    const trip = await (await tripSaved).json();

    // the trip's page: its deeds, and the button that starts one
    await page.getByRole('tab', { name: '办实事' }).click();
    await page.getByText('这次调研还没有立项办实事').waitFor();
    await page.getByRole('link', { name: '立项办实事' }).click();
    await expect(page.locator('input[name="title"]').inputValue()).resolves.toBe(topic);
    await page.locator('input[name="title"]').fill('为零售客户讲解信用评价规则');
    await page.locator('input[name="plannedStart"]').fill('2021-04-20');
    await choose(page, '进展状态', '已完成');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('状态为已完成时必须填写完成日期').first().waitFor();
    await page.locator('input[name="completedDate"]').fill('2021-06-30');
    await page.screenshot({ path: join(SCREENSHOTS, 'deed-from-trip.png'), fullPage: true });
    const deedSaved = page.waitForResponse((r) => r.url().endsWith('/api/deeds') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '保存' }).click();
    const deedResponse = await deedSaved;
    expect(deedResponse.status()).toBe(201);
    expect(await deedResponse.json()).toMatchObject({ source: 'research', sourceTripId: trip.id, serviceArea: 'customers', status: 'completed', orgId: trip.orgId });

    // back on the trip: the deed is listed under 办实事
    await page.goto(`${product.url}/#/research-trips/${trip.id}/show/deeds`);
    await page.getByText('为零售客户讲解信用评价规则').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'trip-deeds.png'), fullPage: true });

    // and on a phone
    const phone = await product.open(390, 844);
    await signIn(phone, product.url, DEMO.secretary);
    await phone.goto(`${product.url}/#/research-trips/${trip.id}/show/deeds`);
    await phone.getByText('为零售客户讲解信用评价规则').waitFor();
    await phone.screenshot({ path: join(SCREENSHOTS, 'trip-deeds-phone.png'), fullPage: true });
    expect(product.problems).toEqual([]);
  });
});
