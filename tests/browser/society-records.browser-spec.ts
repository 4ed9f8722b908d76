import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support/browser';
import { useProduct } from './support/product';
import { DEMO, signIn } from './support/session';

jest.setTimeout(120_000);

/** A phone's width: staff often log a post or a call with a writer away from their desk. */
const PHONE = { width: 375, height: 812 };

/** Staff keep the society's journal posts and writer contacts on a phone, and a writer's page sums them up. */
describe('admin in Chromium: journal posts and grassroots writers, on a phone', () => {
  const product = useProduct();

  const choose = async (page: Page, label: string, option: string) => {
    await page.getByLabel(label).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  /** The page's width against the window's: wider means the phone scrolls sideways. */
  const sideways = (page: Page) => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));

  const phone = async () => {
    const page = await product.open(PHONE.width, PHONE.height);
    await signIn(page, product.url, DEMO.staff);
    return page;
  };

  /**
   * Saves the open form and answers the API's reply, once a saved form has left for the list (a new
   * record) or the record's page (an edit): a page opened before that would be replaced by it.
   */
  const save = async (page: Page, resource: string, method: 'POST' | 'PUT') => {
    const saved = page.waitForResponse((r) => new URL(r.url()).pathname.startsWith(`/api/${resource}`) && r.request().method() === method);
    await page.getByRole('button', { name: '保存' }).click();
    const response = await saved;
    if (response.ok()) {
      const left = method === 'POST' ? (hash: string) => hash.split('?')[0] === `#/${resource}` : (hash: string) => hash.endsWith('/show');
      await page.waitForURL((url) => left(url.hash));
    }
    return response;
  };

  const enterContact = async (page: Page, writer: string, date: string, mode: string, topic: string) => {
    await page.goto(`${product.url}/#/writer-contacts/create`);
    await page.locator('input[name="date"]').fill(date);
    await page.locator('input[name="writer"]').fill(writer);
    await page.locator('input[name="unit"]').fill('郊县分公司');
    await choose(page, '方式', mode);
    await page.locator('input[name="topic"]').fill(topic);
    const response = await save(page, 'writer-contacts', 'POST');
    expect(response.status()).toBe(201);
    return response.json();
  };

  it('records a 回应关切 post from a contact with its writer, finds it in the list, opens and edits it', async () => {
    const page = await phone();
    const contact = await enterContact(page, '郑雨桐', '2021-07-02', '线上', '约写防疫一线稿件');

    const title = '关于卷烟零售许可办理时限的回应';
    await page.goto(`${product.url}/#/journal-posts/create`);
    await page.locator('input[name="title"]').fill(title);
    await choose(page, '渠道', '外部网站');
    await page.locator('input[name="issue"]').fill('2021年第7期');
    await page.locator('input[name="publishedDate"]').fill('2021-07-20');
    await choose(page, '类型', '回应关切');
    await page.getByLabel('来自联系记录').fill('郑雨桐');
    await page.getByRole('option', { name: /^郑雨桐 · 2021-07-02/ }).click();
    await page.screenshot({ path: join(SCREENSHOTS, 'journal-post-create-phone.png'), fullPage: true });
    const created = await save(page, 'journal-posts', 'POST');
    expect(created.status()).toBe(201);
    const post = await created.json();
    expect(post).toMatchObject({ title, channel: 'website', kind: 'public_response', writerContactId: contact.id });

    // the list: found by its words, shown in Chinese on the phone's three lines
    await page.goto(`${product.url}/#/journal-posts`);
    await page.locator('input[name="q"]').fill('卷烟零售许可办理时限');
    const entry = page.getByRole('main').getByText(title);
    await entry.waitFor();
    await expect(page.getByRole('main').getByText(/ · 外部网站$/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('main').getByText('回应关切', { exact: true }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'journal-post-list-phone.png'), fullPage: true });

    // its page
    await entry.click();
    await page.waitForURL(`**/#/journal-posts/${post.id}/show`);
    const main = page.getByRole('main');
    await main.getByText(title).waitFor();
    await main.getByText('回应关切', { exact: true }).waitFor();
    await main.getByText('外部网站', { exact: true }).waitFor();
    await main.getByText('郑雨桐 · 2021-07-02').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'journal-post-show-phone.png'), fullPage: true });

    // edited: another channel and issue, saved with the version read, back on its page
    await main.getByRole('link', { name: '编辑' }).click();
    await page.waitForURL(`**/#/journal-posts/${post.id}`);
    await choose(page, '渠道', '新媒体');
    await page.locator('input[name="issue"]').fill('2021年第8期');
    const updated = await save(page, 'journal-posts', 'PUT');
    expect(updated.status()).toBe(200);
    expect(await updated.json()).toMatchObject({ id: post.id, channel: 'new_media', issue: '2021年第8期', kind: 'public_response', version: post.version + 1 });
    await main.getByText('新媒体', { exact: true }).waitFor();
    await main.getByText('2021年第8期', { exact: true }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'journal-post-edited-phone.png'), fullPage: true });
    expect(product.problems).toEqual([]);
  });

  it('records contacts with a writer, and the writer\'s page says how often they were contacted and what they published', async () => {
    const page = await phone();
    const writer = '吕思远';
    await enterContact(page, writer, '2021-03-09', '线下', '交流稿件内容和写作技巧');
    const latest = await enterContact(page, writer, '2021-05-11', '线上', '征集摄影作品');
    // published by name, without a contact behind it
    const title = '分拣车间里的青年突击队';
    await page.goto(`${product.url}/#/journal-posts/create`);
    await page.locator('input[name="title"]').fill(title);
    await choose(page, '渠道', '内部期刊');
    await page.locator('input[name="publishedDate"]').fill('2021-06-01');
    await page.locator('input[name="author"]').fill(writer);
    expect((await save(page, 'journal-posts', 'POST')).status()).toBe(201);

    // reached from a contact: the list, the contact's page, its 撰稿人 tab
    await page.goto(`${product.url}/#/writer-contacts`);
    await page.locator('input[name="q"]').fill(writer);
    // newest first: the second contact
    await page.getByRole('main').getByText('征集摄影作品', { exact: true }).click();
    await page.waitForURL(`**/#/writer-contacts/${latest.id}/show`);
    await page.getByRole('tab', { name: '撰稿人' }).click();
    await page.waitForURL(`**/#/writer-contacts/${latest.id}/show/writer`);
    const tab = page.locator('.RaTabbedShowLayout-content');
    await tab.getByText(`${writer}：共联系 2 次，发表 1 篇`).waitFor();
    await tab.getByText('联系记录', { exact: true }).waitFor();
    await tab.getByText('交流稿件内容和写作技巧').waitFor();
    await tab.getByText('征集摄影作品').waitFor();
    await tab.getByText('发表的稿件', { exact: true }).waitFor();
    await tab.getByText(title).waitFor();
    await expect(sideways(page)).resolves.toEqual({ scroll: PHONE.width, inner: PHONE.width });
    await page.screenshot({ path: join(SCREENSHOTS, 'writer-page-phone.png'), fullPage: true });
    expect(product.problems).toEqual([]);
  });

  it('opens the society\'s four lists on a phone in Chinese, without sideways scrolling', async () => {
    const page = await phone();
    const lists = [
      { resource: 'papers', title: '学术论文' },
      { resource: 'outreach-activities', title: '科普活动' },
      { resource: 'journal-posts', title: '期刊与网站信息' },
      { resource: 'writer-contacts', title: '联系基层撰稿人' },
    ];
    for (const { resource, title } of lists) {
      await page.goto(`${product.url}/#/${resource}`);
      // the demo data's records, listed under the Chinese name with the Chinese search box
      await page.getByRole('main').getByRole('listitem').first().waitFor();
      await expect(page.getByRole('banner').getByText(title, { exact: true }).isVisible()).resolves.toBe(true);
      await expect(page.locator('input[name="q"]').getAttribute('placeholder')).resolves.toBe('搜索');
      const widths = await sideways(page);
      expect({ resource, fits: widths.scroll <= widths.inner, inner: widths.inner }).toEqual({ resource, fits: true, inner: PHONE.width });
      await page.screenshot({ path: join(SCREENSHOTS, `${resource}-list-phone.png`), fullPage: true });
    }
    expect(product.problems).toEqual([]);
  });
});
