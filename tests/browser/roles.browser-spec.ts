import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support/browser';
import { useProduct } from './support/product';
import { DEMO, signIn } from './support/session';

jest.setTimeout(120_000);

describe('admin in Chromium: what each role sees', () => {
  const product = useProduct();

  const menu = async (page: Page) => (await page.getByRole('menuitem').allInnerTexts()).map((text) => text.trim()).filter(Boolean);

  it('asks for a login first, in Chinese', async () => {
    const page = await product.open(390, 844);
    await page.goto(`${product.url}/`);
    await page.locator('input[name="password"]').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'login-phone.png'), fullPage: true });
    await page.locator('input[name="username"]').fill('secretary');
    await page.locator('input[name="password"]').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('用户名或密码错误').first().waitFor();
  });

  it('a branch secretary sees their branch only, and no admin pages', async () => {
    const page = await product.open();
    await signIn(page, product.url, DEMO.secretary);
    await page.getByRole('menuitem', { name: '会议' }).waitFor();
    const items = await menu(page);
    expect(items).toEqual(expect.arrayContaining(['会议', '人员', '组织']));
    expect(items).not.toContain('用户');
    expect(items).not.toContain('操作日志');

    await page.getByRole('menuitem', { name: '会议' }).click();
    await page.getByText('2021年度组织生活会和民主评议党员').waitFor();
    expect(await page.getByText('城区分公司党支部').count()).toBe(0);
    await expect(page.getByText(/共\s*60\s*条|of 60/).count()).resolves.toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'secretary-meetings.png'), fullPage: true });

    // the admin pages are not reachable by URL either
    await page.goto(`${product.url}/#/users`);
    await page.waitForTimeout(500);
    expect(await page.locator('tbody tr').count()).toBe(0);
  });

  it('a leader reads everything but has nothing to create, and sees the audit log', async () => {
    const page = await product.open();
    await signIn(page, product.url, DEMO.leader);
    await page.getByRole('menuitem', { name: '操作日志' }).waitFor();
    const items = await menu(page);
    expect(items).toEqual(expect.arrayContaining(['会议', '操作日志']));
    expect(items).not.toContain('用户');
    await page.getByRole('menuitem', { name: '会议' }).click();
    await page.getByText('2021年度组织生活会和民主评议党员').waitFor();
    await expect(page.getByText(/共\s*75\s*条|of 75/).count()).resolves.toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'leader-meetings.png'), fullPage: true });
  });

  it('an administrator manages users', async () => {
    const page = await product.open();
    await signIn(page, product.url, DEMO.admin);
    await page.getByRole('menuitem', { name: '用户' }).click();
    await page.getByText('urban-secretary').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-users.png'), fullPage: true });
  });
});
