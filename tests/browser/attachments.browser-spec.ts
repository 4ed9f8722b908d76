import { join } from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support/browser';
import { useProduct } from './support/product';
import { DEMO, signIn } from './support/session';

jest.setTimeout(120_000);

const MEETING = '2021年度组织生活会和民主评议党员';

/** A phone photo of a sign-in sheet: a 1600×1200 JPEG. */
const photo = () =>
  sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .jpeg()
    .toBuffer();

/** The smallest PDF a browser opens. */
const pdf = () => Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** Whether a gallery's picture of this name has loaded (it comes through the API with the token). */
const imageLoaded = (page: Page, name: string, gallery = '[data-testid="attachment-gallery"]') =>
  page.waitForFunction(
    ([alt, where]) => {
      const img = [...document.querySelectorAll<HTMLImageElement>(`${where} img`)].find((i) => i.alt === alt);
      return img !== undefined && img.complete && img.naturalWidth > 0;
    },
    [name, gallery] as const,
  );

describe('admin in Chromium: attachments', () => {
  const product = useProduct();
  const problems = product.problems;

  it('a secretary on a phone attaches the sign-in sheet to a meeting and sees its thumbnail; a leader opens it', async () => {
    const phone = await product.open(390, 844);
    await signIn(phone, product.url, DEMO.secretary);
    await phone.goto(`${product.url}/#/meetings`);
    await phone.getByText(MEETING).click();
    await phone.getByRole('tab', { name: '附件' }).click();
    await phone.getByText('还没有附件').waitFor();

    // 拍照 opens the phone's camera: an image input that asks for it
    await phone.getByRole('button', { name: '拍照' }).waitFor();
    await expect(phone.getByTestId('attachment-camera').getAttribute('capture')).resolves.toBe('environment');
    const uploaded = phone.waitForResponse((r) => /\/api\/meetings\/\d+\/attachments$/.test(r.url()) && r.request().method() === 'POST');
    await phone.getByTestId('attachment-camera').setInputFiles({ name: '签到表.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    expect((await uploaded).status()).toBe(201);
    await imageLoaded(phone, '签到表.jpg');
    // the gallery shows the thumbnail, not the 1600-pixel original
    const thumbnailWidth = await phone.locator('[data-testid="attachment-gallery"] img').first().evaluate((img: HTMLImageElement) => img.naturalWidth);
    expect(thumbnailWidth).toBeLessThanOrEqual(400);

    // a PDF joins the documents list; something that is not a document is refused with its reason
    await phone.getByTestId('attachment-input').setInputFiles({ name: '会议纪要.pdf', mimeType: 'application/pdf', buffer: pdf() });
    await phone.getByText('会议纪要.pdf').waitFor();
    await phone.getByTestId('attachment-input').setInputFiles({ name: '照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('MZ\x90\x00 not a photo at all') });
    await phone.getByTestId('attachment-problems').waitFor();
    await expect(phone.getByTestId('attachment-problems').innerText()).resolves.toContain('照片.jpg');

    // chosen for the year-end report
    await phone.getByRole('button', { name: '放入年度报告' }).click();
    await phone.getByRole('button', { name: '放入年度报告', pressed: true }).waitFor();
    await phone.screenshot({ path: join(SCREENSHOTS, 'attachments-phone.png'), fullPage: true });

    // the leader: the list's paperclip counts both files; the photo opens full size; nothing to change
    const desk = await product.open(1280, 900);
    await signIn(desk, product.url, DEMO.leader);
    await desk.goto(`${product.url}/#/meetings?filter=${encodeURIComponent(JSON.stringify({ q: MEETING }))}`);
    const row = desk.locator('tbody tr', { hasText: MEETING }).first();
    await row.getByLabel('2 个附件').waitFor();
    await row.click();
    await desk.getByRole('tab', { name: '附件' }).click();
    await imageLoaded(desk, '签到表.jpg');
    await expect(desk.getByRole('button', { name: '拍照' }).count()).resolves.toBe(0);
    await expect(desk.getByRole('button', { name: '删除' }).count()).resolves.toBe(0);
    await desk.getByRole('button', { name: '签到表.jpg' }).click();
    const viewer = desk.getByRole('dialog');
    await viewer.getByText('签到表.jpg').waitFor();
    await desk.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[role="dialog"] img');
      return img !== null && img.complete && img.naturalWidth === 1600;
    });
    await desk.screenshot({ path: join(SCREENSHOTS, 'attachments-viewer.png') });
    await desk.keyboard.press('Escape');

    // the year-end report shows the chosen photo under its meeting, as Word will print it
    await desk.goto(`${product.url}/#/reports/annual`);
    const photos = desk.getByRole('region', { name: '活动照片' });
    await photos.getByRole('link', { name: `2021-12-28 · 会议：${MEETING}` }).waitFor();
    await imageLoaded(desk, '签到表.jpg', '[data-testid="report-photos"]');
    await photos.screenshot({ path: join(SCREENSHOTS, 'report-photos.png') });
    expect(problems).toEqual([]);
  });

  it('a secretary deletes a file after confirming; an admin restores it', async () => {
    const phone = await product.open(390, 844);
    await signIn(phone, product.url, DEMO.secretary);
    await phone.goto(`${product.url}/#/meetings`);
    await phone.getByText(MEETING).click();
    await phone.getByRole('tab', { name: '附件' }).click();
    await phone.getByText('会议纪要.pdf').waitFor();
    await phone.locator('li', { hasText: '会议纪要.pdf' }).getByRole('button', { name: '删除' }).click();
    await phone.getByRole('dialog').getByText('删除「会议纪要.pdf」').waitFor();
    const deleted = phone.waitForResponse((r) => /\/api\/attachments\/\d+$/.test(r.url()) && r.request().method() === 'DELETE');
    await phone.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    expect((await deleted).status()).toBe(200);
    await phone.getByText('会议纪要.pdf').waitFor({ state: 'detached' });

    const admin = await product.open(1280, 900);
    await signIn(admin, product.url, DEMO.admin);
    await admin.goto(phone.url());
    await admin.getByTestId('attachment-deleted').getByText('会议纪要.pdf').waitFor();
    await admin.getByTestId('attachment-deleted').getByRole('button', { name: '恢复' }).click();
    await admin.getByTestId('attachment-deleted').waitFor({ state: 'detached' });
    await admin.getByRole('button', { name: /会议纪要\.pdf/ }).waitFor();
    expect(problems).toEqual([]);
  });
});
