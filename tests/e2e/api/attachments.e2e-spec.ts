import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import exifReader from 'exif-reader';
import S3rver from 's3rver';
import sharp from 'sharp';
import { Attachment, MAX_ATTACHMENT_BYTES, ReportPhotoGroup } from '@wb/contracts';
import { FilesConfig } from '../../../apps/api/src/config/config';
import { ApiClient } from '../support/api-client';
import { createOrgTree, createUser, meetingBody, USER_PASSWORD } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/** A photo as a phone takes it: sideways on the sensor (EXIF orientation 6), with where it was taken. */
async function phonePhoto(red = 200): Promise<Buffer> {
  return sharp({ create: { width: 60, height: 30, channels: 3, background: { r: red, g: 30, b: 30 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 27/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 23/1 50/1' },
    })
    .toBuffer();
}

const png = () => sharp({ create: { width: 10, height: 10, channels: 4, background: '#1565c0' } }).png().toBuffer();
const pdf = () => Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('签到表').addRow(['姓名', '签到']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The storage a run uses: files in a temporary data directory, or a local S3-compatible server. */
interface Storage {
  name: string;
  start(): Promise<FilesConfig>;
  stop(): Promise<void>;
}

const local: Storage = {
  name: 'the data directory',
  start: async () => ({ kind: 'local', dir: mkdtempSync(join(tmpdir(), 'wb-attachments-')) }),
  stop: async () => undefined,
};

function s3(): Storage {
  let server: S3rver | undefined;
  return {
    name: 'S3-compatible storage',
    async start() {
      server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: mkdtempSync(join(tmpdir(), 'wb-s3rver-')) });
      const { port } = await server.run();
      const endpoint = `http://127.0.0.1:${port}`;
      const settings = { endpoint, bucket: 'workbench-files', region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
      const client = new S3Client({ endpoint, region: settings.region, forcePathStyle: true, credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } });
      await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
      client.destroy();
      return { kind: 's3', ...settings };
    },
    stop: async () => {
      await server?.close();
    },
  };
}

describe.each([local, s3()])('attachments in $name', (storage) => {
  let t: TestApp;
  let secretary: ApiClient;
  let otherSecretary: ApiClient;
  let staff: ApiClient;
  let leader: ApiClient;
  let meetingId: number;
  let foreignMeetingId: number;
  let orgs: Awaited<ReturnType<typeof createOrgTree>>;

  beforeAll(async () => {
    t = await startTestApp({ files: await storage.start() });
    orgs = await createOrgTree(t.api);
    await createUser(t.api, 'secretary', 'secretary', orgs.branch.id);
    await createUser(t.api, 'other-secretary', 'secretary', orgs.unitBranch.id);
    await createUser(t.api, 'staff', 'staff', orgs.society.id);
    await createUser(t.api, 'leader', 'leader', null);
    [secretary, otherSecretary, staff, leader] = await Promise.all(['secretary', 'other-secretary', 'staff', 'leader'].map((name) => t.login(name, USER_PASSWORD)));
    meetingId = (await secretary.post('/api/meetings', meetingBody(orgs.branch.id))).body.id;
    foreignMeetingId = (await otherSecretary.post('/api/meetings', meetingBody(orgs.unitBranch.id))).body.id;
  });
  afterAll(async () => {
    await t.close();
    await storage.stop();
  });

  it('takes a sign-in sheet photo, a PDF and a workbook in one upload, named as the user named them', async () => {
    const response = await secretary.uploadFiles(`/api/meetings/${meetingId}/attachments`, 'files', [
      { name: '签到表.jpg', content: await phonePhoto() },
      { name: '会议记录.pdf', content: pdf() },
      { name: '签到统计.xlsx', content: await xlsx() },
    ]);
    expect(response.status).toBe(201);
    const saved = response.body as Attachment[];
    expect(saved.map((a) => [a.fileName, a.kind, a.mediaType])).toEqual([
      ['签到表.jpg', 'image', 'image/jpeg'],
      ['会议记录.pdf', 'pdf', 'application/pdf'],
      ['签到统计.xlsx', 'excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    expect(saved[0]).toMatchObject({ resource: 'meetings', recordId: meetingId, createdByName: 'secretary', inReport: false });

    const listed = (await leader.get(`/api/meetings/${meetingId}/attachments`)).body as Attachment[];
    expect(listed.map((a) => a.id)).toEqual(saved.map((a) => a.id));
    const list = (await secretary.get('/api/meetings')).body as { id: number; attachmentCount: number }[];
    expect(list.find((m) => m.id === meetingId)!.attachmentCount).toBe(3);
    expect(list.find((m) => m.id === foreignMeetingId)).toBeUndefined();

    const audit = (await t.api.get('/api/audit-logs', { filter: { resource: 'attachments' } })).body;
    expect(audit.map((entry: { action: string; recordId: number }) => [entry.action, entry.recordId])).toEqual(expect.arrayContaining(saved.map((a) => ['create', a.id])));
  });

  it('stores a photo upright and without where it was taken; a thumbnail comes with it', async () => {
    const original = await sharp(await phonePhoto()).metadata();
    expect(original).toMatchObject({ width: 60, height: 30, orientation: 6 });
    expect(exifReader(original.exif!).GPSInfo).toMatchObject({ GPSLatitudeRef: 'N', GPSLongitudeRef: 'E' });

    const [photo] = (await secretary.uploadFiles(`/api/meetings/${meetingId}/attachments`, 'files', [{ name: '现场.jpg', content: await phonePhoto() }])).body as Attachment[];
    expect(photo).toMatchObject({ width: 30, height: 60 });
    const content = await leader.get(`/api/attachments/${photo.id}/content`);
    expect(content.status).toBe(200);
    expect(content.headers['content-type']).toBe('image/jpeg');
    expect(String(content.headers['content-disposition'])).toBe(`inline; filename="__.jpg"; filename*=UTF-8''${encodeURIComponent('现场.jpg')}`);
    const stored = await sharp(content.raw).metadata();
    expect(stored).toMatchObject({ width: 30, height: 60 });
    expect(stored.orientation).toBeUndefined();
    expect(stored.exif).toBeUndefined();
    expect(content.raw.includes(Buffer.from('PhoneMaker'))).toBe(false);

    const thumbnail = await secretary.get(`/api/attachments/${photo.id}/thumbnail`);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    expect((await sharp(thumbnail.raw).metadata()).format).toBe('webp');
    expect((await secretary.get(`/api/attachments/${(await secretary.get(`/api/meetings/${meetingId}/attachments`)).body[1].id}/thumbnail`)).status).toBe(404);
  });

  it('keeps identical content once, however often it is attached', async () => {
    const first = (await secretary.uploadFiles(`/api/meetings/${meetingId}/attachments`, 'files', [{ name: 'a.png', content: await png() }])).body[0] as Attachment;
    const second = (await secretary.uploadFiles(`/api/meetings/${meetingId}/attachments`, 'files', [{ name: 'b.png', content: await png() }])).body[0] as Attachment;
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    const downloaded = await secretary.get(`/api/attachments/${second.id}/content`);
    expect(downloaded.raw.length).toBe(first.size);
  });

  it('tells a file by its bytes: a renamed program, a zip or text named .jpg is refused with what it is, and nothing is saved', async () => {
    const before = (await secretary.get(`/api/meetings/${meetingId}/attachments`)).body.length;
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const refused = await secretary.uploadFiles(`/api/meetings/${meetingId}/attachments`, 'files', [
      { name: '照片.jpg', content: program },
      { name: 'ok.png', content: await png() },
      { name: 'notes.pdf', content: Buffer.from('just some text, not a PDF') },
    ]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'files.0', code: 'unsupported_type', message: expect.stringContaining('Windows 可执行程序') }),
      expect.objectContaining({ field: 'files.2', code: 'unsupported_type', message: expect.stringContaining('纯文本文件') }),
    ]);
    expect((await secretary.get(`/api/meetings/${meetingId}/attachments`)).body).toHaveLength(before);
    const broken = await secretary.uploadFiles(`/api/meetings/${meetingId}/attachments`, 'files', [{ name: 'broken.jpg', content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) }]);
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0]).toMatchObject({ field: 'files.0', code: 'unreadable' });
  });

  it('refuses a file over 20 MiB (413) and an upload without files (400)', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 0x20)]);
    const tooBig = await secretary.uploadFiles(`/api/meetings/${meetingId}/attachments`, 'files', [{ name: '扫描件.pdf', content: big }]);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.message).toContain('扫描件.pdf');
    expect((await secretary.post(`/api/meetings/${meetingId}/attachments`, {})).status).toBe(400);
    expect((await secretary.uploadFiles(`/api/meetings/${meetingId}/attachments`, 'other', [{ name: 'a.png', content: await png() }])).status).toBe(400);
  });

  it('answers a malformed upload (no boundary, another boundary, cut off) with 400, and saves nothing', async () => {
    const url = `/api/meetings/${meetingId}/attachments`;
    const before = (await secretary.get(url)).body.length;
    const part = `--b1\r\nContent-Disposition: form-data; name="files"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n${(await png()).toString('latin1')}\r\n--b1--\r\n`;
    for (const [contentType, body] of [
      ['multipart/form-data', part],
      ['multipart/form-data; boundary=another', part],
      ['multipart/form-data; boundary=b1', part.slice(0, 90)],
    ]) {
      const response = await secretary.request('POST', url, body, {}, { 'content-type': contentType });
      expect([contentType, response.status, response.body.errors?.[0]?.field]).toEqual([contentType, 400, 'files']);
    }
    expect((await secretary.get(url)).body).toHaveLength(before);
  });

  it("keeps another branch's files out of reach, by record and by id, and lets only writers change them", async () => {
    const [theirs] = (await otherSecretary.uploadFiles(`/api/meetings/${foreignMeetingId}/attachments`, 'files', [{ name: '他们的.png', content: await png() }])).body as Attachment[];
    expect((await secretary.get(`/api/meetings/${foreignMeetingId}/attachments`)).status).toBe(403);
    expect((await secretary.uploadFiles(`/api/meetings/${foreignMeetingId}/attachments`, 'files', [{ name: 'x.png', content: await png() }])).status).toBe(403);
    for (const path of ['content', 'thumbnail']) expect((await secretary.get(`/api/attachments/${theirs.id}/${path}`)).status).toBe(403);
    expect((await secretary.delete(`/api/attachments/${theirs.id}`)).status).toBe(403);
    expect((await secretary.put(`/api/attachments/${theirs.id}`, { inReport: true, version: theirs.version })).status).toBe(403);
    // staff read party work but do not write it; leaders read everything
    expect((await staff.get(`/api/attachments/${theirs.id}/content`)).status).toBe(200);
    expect((await staff.uploadFiles(`/api/meetings/${meetingId}/attachments`, 'files', [{ name: 'x.png', content: await png() }])).status).toBe(403);
    expect((await leader.delete(`/api/attachments/${theirs.id}`)).status).toBe(403);
    expect((await secretary.get('/api/attachments/999999/content')).status).toBe(404);
    expect((await secretary.get(`/api/members/${meetingId}/attachments`)).status).toBe(404);
  });

  it('renames, marks for the report and deletes softly; an admin restores; every change is audited', async () => {
    const [file] = (await secretary.uploadFiles(`/api/meetings/${meetingId}/attachments`, 'files', [{ name: 'IMG_0001.png', content: await png() }])).body as Attachment[];
    const renamed = await secretary.put(`/api/attachments/${file.id}`, { fileName: '../../etc/签到表.png', inReport: true, version: file.version });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ fileName: '签到表.png', inReport: true, version: file.version + 1 });
    expect((await secretary.put(`/api/attachments/${file.id}`, { inReport: false, version: file.version })).status).toBe(409);
    expect((await secretary.put(`/api/attachments/${file.id}`, { inReport: 'yes', version: file.version + 1 })).status).toBe(400);
    // null is neither a name nor a yes/no (found by the fuzzer: it was a 500)
    for (const change of [{ fileName: null }, { inReport: null }]) {
      const refused = await secretary.put(`/api/attachments/${file.id}`, { ...change, version: file.version + 1 });
      expect([refused.status, refused.body.errors?.[0]?.field]).toEqual([400, Object.keys(change)[0]]);
    }

    expect((await secretary.delete(`/api/attachments/${file.id}`)).status).toBe(200);
    expect((await secretary.get(`/api/attachments/${file.id}/content`)).status).toBe(404);
    expect(((await secretary.get(`/api/meetings/${meetingId}/attachments`)).body as Attachment[]).map((a) => a.id)).not.toContain(file.id);
    // the deleted files of a record: an admin sees them to restore, a secretary may not ask
    const deletedOnes = (await t.api.get(`/api/meetings/${meetingId}/attachments`, { deleted: 'true' })).body as Attachment[];
    expect(deletedOnes.map((a) => [a.id, a.fileName])).toEqual([[file.id, '签到表.png']]);
    expect((await secretary.get(`/api/meetings/${meetingId}/attachments`, { deleted: 'true' })).status).toBe(403);
    expect((await t.api.get(`/api/meetings/${meetingId}/attachments`, { deleted: 'maybe' })).status).toBe(400);
    expect((await secretary.post(`/api/attachments/${file.id}/restore`)).status).toBe(403);
    expect((await t.api.post(`/api/attachments/${file.id}/restore`)).status).toBe(200);
    expect(((await t.api.get(`/api/meetings/${meetingId}/attachments`, { deleted: 'true' })).body as Attachment[]).map((a) => a.id)).not.toContain(file.id);
    expect((await secretary.get(`/api/attachments/${file.id}/content`)).status).toBe(200);

    const trail = (await t.api.get('/api/audit-logs', { filter: { resource: 'attachments', recordId: file.id } })).body;
    expect(trail.map((entry: { action: string }) => entry.action)).toEqual(['restore', 'delete', 'update', 'create']);
    expect(trail[2].after).toMatchObject({ fileName: '签到表.png', inReport: true });
  });

  it('gives a Word or Excel file as a download, with the Chinese name intact', async () => {
    const [sheet] = (await secretary.uploadFiles(`/api/meetings/${meetingId}/attachments`, 'files', [{ name: '2021年 签到统计.xlsx', content: await xlsx() }])).body as Attachment[];
    const download = await secretary.get(`/api/attachments/${sheet.id}/content`);
    expect(String(download.headers['content-disposition'])).toMatch(/^attachment; /);
    expect(String(download.headers['content-disposition'])).toContain(encodeURIComponent('2021年 签到统计.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.raw as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].name).toBe('签到表');
  });

  it('puts the photos chosen for the report into it, under their activity of the year, within the reader\'s scope', async () => {
    const meeting = (topic: string, date: string, client = secretary, orgId = orgs.branch.id) => client.post('/api/meetings', meetingBody(orgId, { topic, date })).then((r) => r.body.id as number);
    const may = await meeting('五月主题党日：植树', '2021-05-12');
    const lastYear = await meeting('上年的支部大会', '2020-11-20');
    const theirs = await meeting('城区支部的党课', '2021-07-01', otherSecretary, orgs.unitBranch.id);
    // each a different picture (Word keeps identical ones once)
    let red = 100;
    const attach = async (client: ApiClient, recordId: number, name: string, inReport: boolean) => {
      const [file] = (await client.uploadFiles(`/api/meetings/${recordId}/attachments`, 'files', [{ name, content: await phonePhoto((red += 20)) }])).body as Attachment[];
      if (inReport) expect((await client.put(`/api/attachments/${file.id}`, { inReport: true, version: file.version })).status).toBe(200);
      return file;
    };
    const chosen = await attach(secretary, may, '植树合影.jpg', true);
    await attach(secretary, may, '未选的照片.jpg', false);
    await attach(secretary, lastYear, '上年的照片.jpg', true);
    const foreign = await attach(otherSecretary, theirs, '城区党课.jpg', true);
    const photosOf = async (client: ApiClient, query: Record<string, string>) => {
      const response = await client.get('/api/reports/annual/photos', query);
      expect(response.status).toBe(200);
      return (response.body as ReportPhotoGroup[]).filter((group) => [may, lastYear, theirs].includes(group.recordId));
    };

    // the whole society for the leader, in date order; the branch alone for its secretary
    const all = await photosOf(leader, { year: '2021' });
    expect(all.map((g) => [g.resource, g.title, g.date, g.photos.map((p) => p.fileName)])).toEqual([
      ['meetings', '五月主题党日：植树', '2021-05-12', ['植树合影.jpg']],
      ['meetings', '城区支部的党课', '2021-07-01', ['城区党课.jpg']],
    ]);
    expect(all[0].photos[0]).toMatchObject({ id: chosen.id, width: 30, height: 60 });
    expect((await photosOf(secretary, { year: '2021' })).map((g) => g.recordId)).toEqual([may]);
    expect((await secretary.get('/api/reports/annual/photos', { year: '2021', orgId: String(orgs.unitBranch.id) })).status).toBe(403);

    // Word: a last section with each photo under its activity, a JPEG of print size each
    const docx = await leader.get('/api/reports/annual/docx', { year: '2021' });
    expect(docx.status).toBe(200);
    const zip = await JSZip.loadAsync(docx.raw);
    const text = [...(await zip.file('word/document.xml')!.async('string')).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(text).toContain('五、活动照片');
    // numbered in date order (an earlier test's chosen photo comes first)
    const headings = text.filter((line) => /^（[一二三四五六七八九十]+）\d{4}年/.test(line));
    expect(headings.slice(-2)).toEqual(['（二）2021年5月12日　会议：五月主题党日：植树', '（三）2021年7月1日　会议：城区支部的党课']);
    expect(text.filter((line) => /^照片\d+　/.test(line)).slice(-2)).toEqual(['照片2　植树合影.jpg', '照片3　城区党课.jpg']);
    expect(text.join('')).not.toContain('未选的照片');
    expect(text.join('')).not.toContain('上年的照片');
    const jpegs = Object.keys(zip.files).filter((name) => /^word\/media\/.+\.jpe?g$/.test(name));
    const groups = (await leader.get('/api/reports/annual/photos', { year: '2021' })).body as ReportPhotoGroup[];
    expect(jpegs).toHaveLength(groups.flatMap((g) => g.photos).length);
    const embedded = await sharp(await zip.file(jpegs[0])!.async('nodebuffer')).metadata();
    expect(embedded.format).toBe('jpeg');

    // a photo taken out of the report, or deleted, leaves it
    expect((await otherSecretary.delete(`/api/attachments/${foreign.id}`)).status).toBe(200);
    expect((await photosOf(leader, { year: '2021' })).map((g) => g.recordId)).toEqual([may]);
  });
});
