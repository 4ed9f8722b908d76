import { join } from 'node:path';
import { SCREENSHOTS } from './support/browser';
import { useProduct } from './support/product';
import { DEMO, signIn } from './support/session';

jest.setTimeout(120_000);

describe('admin in Chromium: meetings', () => {
  const product = useProduct();
  const problems = product.problems;

  it('creates a meeting through the form and finds it through the list search', async () => {
    const topic = `浏览器测试：学史力行专题会 ${Date.now()}`;
    const page = await product.open(1280, 900);
    await signIn(page, product.url, DEMO.secretary);

    await page.getByRole('menuitem', { name: '会议' }).click();
    await page.getByRole('link', { name: '新建' }).click();
    await page.locator('input[name="topic"]').fill(topic);
    await page.getByLabel('会议类别').click();
    await page.getByRole('option', { name: '党课' }).click();
    await page.locator('input[name="date"]').fill('2021-11-18');
    await page.getByLabel('会议形式').click();
    await page.getByRole('option', { name: '视频' }).click();
    // a secretary's record starts in their own branch
    await expect(page.getByLabel('所属组织').inputValue()).resolves.toBe('学会党支部');
    await page.locator('input[name="expectedCount"]').fill('10');

    // attended above expected: the form refuses before anything is sent
    await page.locator('input[name="attendedCount"]').fill('12');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(/实到人数不能(大于|超过)应到人数/).first().waitFor();

    await page.locator('input[name="attendedCount"]').fill('9');
    await page.screenshot({ path: join(SCREENSHOTS, 'meeting-create.png'), fullPage: true });
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/meetings') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '保存' }).click();
    expect((await saved).status()).toBe(201);

    // back on the list: search for it
    await page.locator('input[name="q"]').fill('学史力行专题会');
    await page.getByText(topic).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'meeting-list-filtered.png'), fullPage: true });
    // the search applies after a short debounce: wait until the list holds just this meeting
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);

    const token = await page.evaluate(() => Object.entries(localStorage).find(([key]) => /access/i.test(key))?.[1]);
    expect(token).toBeTruthy();
    const stored = await (
      await fetch(`${product.url}/api/meetings?filter=${encodeURIComponent(JSON.stringify({ q: topic }))}`, { headers: { authorization: `Bearer ${String(token).replace(/^"|"$/g, '')}` } })
    ).json();
    expect(stored).toEqual([
      expect.objectContaining({ topic, category: 'party_lecture', format: 'video', date: '2021-11-18', expectedCount: 10, attendedCount: 9 }),
    ]);

    // its show page
    await page.getByText(topic).click();
    await page.getByText('学会党支部').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'meeting-show.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('keeps a notice clear of the Save button on a phone', async () => {
    const page = await product.open(390, 844);
    await signIn(page, product.url, DEMO.secretary);
    await page.goto(`${product.url}/#/meetings/create`);
    const save = page.getByRole('button', { name: '保存' });
    // only a topic: refused before anything is sent, with a notice
    await page.locator('input[name="topic"]').fill('只写了主题');
    await save.click();
    const notice = page.locator('.MuiSnackbar-root');
    await notice.waitFor();
    const [noticeBox, saveBox] = [await notice.boundingBox(), await save.boundingBox()];
    const overlaps = (a: typeof noticeBox, b: typeof noticeBox) => !!a && !!b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(saveBox!.y).toBeGreaterThan(844 / 2);
    expect(overlaps(noticeBox, saveBox)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'meeting-create-phone-notice.png') });
    // the button is there to press while the notice shows
    await save.click({ trial: true });
    expect(problems).toEqual([]);
  });

  it('shows a compact list on a phone', async () => {
    const page = await product.open(390, 844);
    await signIn(page, product.url, DEMO.secretary);
    await page.goto(`${product.url}/#/meetings`);
    await page.getByText('2021年度组织生活会和民主评议党员').waitFor();
    await expect(page.locator('table').count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'meeting-list-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
